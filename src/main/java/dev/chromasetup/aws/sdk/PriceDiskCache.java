package dev.chromasetup.aws.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chromasetup.aws.HourlyPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Price List answers kept between runs in {@code $XDG_CACHE_HOME/chroma-setup/prices.json} (else
 * {@code ~/.cache/chroma-setup/prices.json}): one entry per (type, region) with the price and the day
 * it was fetched, valid for {@value #VALID_DAYS} days. Written atomically (a 0600 temporary file in the
 * same folder, then a rename) in a 0700 folder. Best effort: a cache that cannot be read or written is
 * ignored (logged at debug), never an error.
 */
final class PriceDiskCache {
    static final int VALID_DAYS = 7;
    private static final Logger LOG = LoggerFactory.getLogger(PriceDiskCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    PriceDiskCache(Path file) {
        this.file = file;
    }

    /** The cache file for this environment: XDG_CACHE_HOME, else HOME/.cache, else user.home/.cache. */
    static PriceDiskCache forEnvironment(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base;
        if (xdg != null && !xdg.isBlank() && Path.of(xdg.strip()).isAbsolute()) {
            base = Path.of(xdg.strip());
        } else {
            String home = env.getOrDefault("HOME", System.getProperty("user.home"));
            base = Path.of(home, ".cache");
        }
        return new PriceDiskCache(base.resolve("chroma-setup").resolve("prices.json"));
    }

    Path file() {
        return file;
    }

    Optional<HourlyPrice> get(String instanceType, String region, LocalDate today) {
        JsonNode entry = read().path(key(instanceType, region));
        if (!entry.isObject()) {
            return Optional.empty();
        }
        try {
            BigDecimal price = new BigDecimal(entry.path("usdPerHour").asText());
            LocalDate fetched = LocalDate.parse(entry.path("fetched").asText());
            if (fetched.isAfter(today) || fetched.plusDays(VALID_DAYS).isBefore(today) || price.signum() <= 0) {
                return Optional.empty();
            }
            return Optional.of(new HourlyPrice(price, HourlyPrice.PRICE_LIST_API, fetched));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    synchronized void put(String instanceType, String region, HourlyPrice price) {
        ObjectNode all = read().deepCopy();
        ObjectNode entry = all.putObject(key(instanceType, region));
        entry.put("usdPerHour", price.usdPerHour().toPlainString());
        entry.put("fetched", price.asOf().toString());
        try {
            Path dir = file.getParent();
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
            FileAttribute<?>[] attrs = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            Path tmp = Files.createTempFile(dir, "prices", ".tmp", attrs);
            try {
                Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Price cache {} not written: {}", file, e.toString());
        }
    }

    private ObjectNode read() {
        try {
            if (Files.isRegularFile(file)) {
                JsonNode node = JSON.readTree(file.toFile());
                if (node instanceof ObjectNode object) {
                    return object;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Price cache {} not readable: {}", file, e.toString());
        }
        return JSON.createObjectNode();
    }

    private static String key(String instanceType, String region) {
        return instanceType + "@" + region;
    }
}
