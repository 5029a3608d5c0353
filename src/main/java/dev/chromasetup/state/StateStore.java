package dev.chromasetup.state;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chromasetup.text.TextSanitizer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved state: one small JSON file ({@code $XDG_CONFIG_HOME/chroma-setup/state.json}, by default
 * {@code ~/.config/chroma-setup/state.json}) holding {@link SavedState}. Never throws for a bad or
 * unwritable file: {@link #load()} and {@link #save(SavedState)} return a warning for the user instead.
 *
 * <ul>
 *   <li>Written atomically: a temp file in the same folder (created 0600), flushed to disk, then
 *       renamed over the old file, so a crash leaves the old state or the new one, never half.</li>
 *   <li>Only the user can read it (0600, folder 0700 when created here).</li>
 *   <li>A corrupt, unreadable, oversized or future-version file: a warning, an empty state, and the old
 *       file moved aside to {@code state.json.bak} on the next save (never silently lost).</li>
 *   <li>Holds no secrets: {@link StackRecord} has no field for one.</li>
 * </ul>
 */
public final class StateStore {
    public static final int VERSION = 1;
    /** A real state file is a few KiB; anything this big is not ours. */
    static final long MAX_BYTES = 1024 * 1024;
    private static final int MAX_FIELD = 2048;

    /** What {@link #load()} found, and what to tell the user about it (sanitized, one line). */
    public record Loaded(SavedState state, Optional<String> warning) {
    }

    private final Path file;
    private volatile boolean keepOldFile;

    /**
     * Jackson's mapper, made at its first use: making one loads ~400 classes (~20 ms), which a first run
     * with no state file, and the first frame, never need. Thread-safe once made.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    public StateStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** {@code $XDG_CONFIG_HOME/chroma-setup/state.json} when that is an absolute path, else under {@code home/.config}. */
    public static Path defaultFile(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("chroma-setup").resolve("state.json");
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        keepOldFile = false;
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return fresh("is too large (" + Files.size(file) + " bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(SavedState.empty(), Optional.empty());
        } catch (IOException | SecurityException e) {
            return fresh("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return fresh("is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")"));
        } catch (IOException e) {
            return fresh("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject() || !root.path("version").isInt()) {
            return fresh("is not a chroma-setup state file (no version)");
        }
        int version = root.get("version").asInt();
        if (version > VERSION) {
            return fresh("was written by a newer chroma-setup (format version " + version + ", this one reads "
                    + VERSION + ")");
        }
        if (version < 1) {
            return fresh("has an unknown format version " + version);
        }
        if (!root.path("stacks").isArray() && !root.path("stacks").isMissingNode()) {
            return fresh("has no list of stacks");
        }
        List<StackRecord> stacks = new ArrayList<>();
        int skipped = 0;
        for (JsonNode node : root.path("stacks")) {
            Optional<StackRecord> record = record(node);
            if (record.isPresent()) {
                stacks.add(record.get());
            } else {
                skipped++;
            }
        }
        Optional<String> warning = skipped == 0 ? Optional.empty() : Optional.of(message("has " + skipped
                + " unreadable stack entr" + (skipped == 1 ? "y" : "ies") + "; ignoring " + (skipped == 1 ? "it" : "them")));
        return new Loaded(new SavedState(stacks.subList(0, Math.min(stacks.size(), SavedState.MAX_STACKS))), warning);
    }

    /**
     * Writes {@code state} atomically with 0600 permissions. Returns a warning instead of throwing when
     * the file cannot be written (the deploy itself must not fail because of the state file).
     */
    public Optional<String> save(SavedState state) {
        Path dir = file.getParent();
        Path temp = null;
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, ownerOnly("rwx------"));
            }
            if (keepOldFile && Files.exists(file)) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
                keepOldFile = false;
            }
            temp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp", ownerOnly("rw-------"));
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(java.nio.ByteBuffer.wrap(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(state))));
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return Optional.empty();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.of(TextSanitizer.sanitize("Could not save chroma-setup's state to " + file + " ("
                    + e.getClass().getSimpleName() + "); the deployment itself is not affected"));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    private ObjectNode toJson(SavedState state) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("version", VERSION);
        ArrayNode stacks = root.putArray("stacks");
        for (StackRecord s : state.stacks()) {
            ObjectNode n = stacks.addObject();
            n.put("stackName", s.stackName());
            n.put("region", s.region());
            n.put("stackId", s.stackId());
            n.put("instanceType", s.instanceType());
            n.put("keyName", s.keyName());
            n.put("chromaVersion", s.chromaVersion());
            n.put("otelEndpoint", s.otelEndpoint());
            n.put("otelServiceName", s.otelServiceName());
            if (s.updatedAt() != null) {
                n.put("updatedAt", s.updatedAt().toString());
            }
        }
        return root;
    }

    /** One entry, or empty when it is not usable (missing name/region, not text, control characters). */
    private static Optional<StackRecord> record(JsonNode n) {
        if (!n.isObject()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (String field : List.of("stackName", "region", "stackId", "instanceType", "keyName", "chromaVersion",
                "otelEndpoint", "otelServiceName")) {
            JsonNode v = n.path(field);
            if (v.isMissingNode() || v.isNull()) {
                values.add("");
            } else if (!v.isTextual() || !printable(v.asText())) {
                return Optional.empty();
            } else {
                values.add(v.asText());
            }
        }
        if (values.get(0).isBlank() || values.get(1).isBlank()) {
            return Optional.empty();
        }
        Instant updated = null;
        if (n.path("updatedAt").isTextual()) {
            try {
                updated = Instant.parse(n.get("updatedAt").asText());
            } catch (DateTimeParseException e) {
                updated = null;
            }
        }
        return Optional.of(new StackRecord(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
                values.get(5), values.get(6), values.get(7), updated));
    }

    /** A hand-edited or hostile file must not smuggle escape sequences onto the terminal later. */
    private static boolean printable(String s) {
        if (s.length() > MAX_FIELD) {
            return false;
        }
        return s.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }

    private Loaded fresh(String problem) {
        keepOldFile = true;
        return new Loaded(SavedState.empty(), Optional.of(message(problem + "; starting with no saved state (the "
                + "old file is kept as " + file.getFileName() + ".bak when the state is next saved)")));
    }

    private String message(String problem) {
        return TextSanitizer.sanitize("The saved state " + file + " " + problem);
    }

    private static FileAttribute<?>[] ownerOnly(String perms) {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms))};
        }
        return new FileAttribute<?>[0];
    }
}
