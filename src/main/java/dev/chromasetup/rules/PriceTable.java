package dev.chromasetup.rules;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import dev.chromasetup.aws.HourlyPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bundled, dated price table ({@code prices/us-east-1.conf}): us-east-1 on-demand Linux list
 * prices of the curated instance types, EBS per GB-month and the public IPv4 hourly charge. It is the
 * fallback when the Price List API gives nothing, and always the source of the volume and address
 * rates. Prices from it are labelled "approximate, us-east-1 list price, as of DATE".
 */
public final class PriceTable {
    static final String RESOURCE = "prices/us-east-1.conf";

    private final String region;
    private final LocalDate asOf;
    private final Map<String, BigDecimal> instanceHourly;
    private final Map<String, BigDecimal> ebsGbMonth;
    private final BigDecimal publicIpv4Hourly;

    private PriceTable(String region, LocalDate asOf, Map<String, BigDecimal> instanceHourly,
            Map<String, BigDecimal> ebsGbMonth, BigDecimal publicIpv4Hourly) {
        this.region = region;
        this.asOf = asOf;
        this.instanceHourly = Collections.unmodifiableMap(new TreeMap<>(instanceHourly));
        this.ebsGbMonth = Map.copyOf(ebsGbMonth);
        this.publicIpv4Hourly = publicIpv4Hourly;
    }

    /** The table shipped in the jar (loaded once). */
    public static PriceTable bundled() {
        return Bundled.TABLE;
    }

    /** Parsed once, on first use (the holder class loads then): immutable, so safely shared. */
    private static final class Bundled {
        static final PriceTable TABLE = from(ConfigFactory.parseResources(PriceTable.class.getClassLoader(), RESOURCE,
                ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF)));
    }

    /** A table from HOCON text in the bundled file's format (tests, or a future user override). */
    public static PriceTable parse(String hocon) {
        return from(ConfigFactory.parseString(hocon));
    }

    private static PriceTable from(Config c) {
        try {
            return new PriceTable(c.getString("region"), LocalDate.parse(c.getString("as-of")),
                    amounts(c.getConfig("instance-hourly")), amounts(c.getConfig("ebs-gb-month")),
                    amount(c.getString("public-ipv4-hourly")));
        } catch (ConfigException | DateTimeParseException e) {
            throw new IllegalStateException("price table is malformed: " + e.getMessage(), e);
        }
    }

    private static Map<String, BigDecimal> amounts(Config section) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> e : section.root().entrySet()) {
            out.put(e.getKey(), amount(String.valueOf(e.getValue().unwrapped())));
        }
        return out;
    }

    private static BigDecimal amount(String text) {
        BigDecimal v = new BigDecimal(text.strip());
        if (v.signum() < 0) {
            throw new IllegalStateException("negative price " + text);
        }
        return v;
    }

    /** "approximate, us-east-1 list price, as of 2026-11-01": the source shown next to table prices. */
    public String label() {
        return "approximate, " + region + " list price, as of " + asOf;
    }

    public String region() {
        return region;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The instance types the table has a price for, sorted by name. */
    public Set<String> types() {
        return instanceHourly.keySet();
    }

    /** The table's price of a type, labelled and dated; empty for a type not in the table. */
    public Optional<HourlyPrice> hourly(String instanceType) {
        return Optional.ofNullable(instanceType == null ? null : instanceHourly.get(instanceType))
                .map(p -> new HourlyPrice(p, label(), asOf));
    }

    /** The API's answer when there is one, else the table's (which may be empty too). */
    public Optional<HourlyPrice> orTable(Optional<HourlyPrice> fromApi, String instanceType) {
        return fromApi.isPresent() ? fromApi : hourly(instanceType);
    }

    /** True when the price came from this table (so it is an approximation for other regions). */
    public boolean isFromTable(HourlyPrice price) {
        return price.source().equals(label());
    }

    /** EBS price per GB-month of a volume type ("gp2", "gp3"). */
    public BigDecimal ebsGbMonth(String volumeType) {
        BigDecimal v = ebsGbMonth.get(volumeType == null ? "" : volumeType.toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new IllegalArgumentException("no EBS price for volume type " + volumeType);
        }
        return v;
    }

    public BigDecimal publicIpv4Hourly() {
        return publicIpv4Hourly;
    }
}
