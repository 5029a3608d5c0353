package dev.chromasetup.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * The monthly estimate: instance hours × 730 + root volume (GiB × price per GB-month) + one public IPv4
 * address × 730 hours, each rounded to cents. Volume and address rates come from the bundled table
 * (us-east-1 list prices; other regions differ by a few cents).
 *
 * <p>The template's root volume is 24 GiB with no VolumeType, so it takes the type of the AMI's block
 * device mapping: Chroma's template uses the Amazon Linux 2 "…-x86_64-gp2" images, hence gp2 by
 * default. (The project's moto fixture declares gp3; pass the type explicitly for such a template.)
 */
public final class CostEstimate {
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);
    public static final int ROOT_VOLUME_GIB = 24;
    public static final String ROOT_VOLUME_TYPE = "gp2";

    private final PriceTable table;
    private final int volumeGib;
    private final String volumeType;

    public CostEstimate(PriceTable table, int volumeGib, String volumeType) {
        this.table = Objects.requireNonNull(table);
        if (volumeGib < 0) {
            throw new IllegalArgumentException("volume size " + volumeGib);
        }
        this.volumeGib = volumeGib;
        this.volumeType = volumeType.toLowerCase(Locale.ROOT);
        table.ebsGbMonth(this.volumeType); // fail now for a type the table cannot price
    }

    /** The bundled table, Chroma's template root volume (24 GiB gp2). */
    /** The disk size this estimate counts, in GiB. */
    public int volumeGib() {
        return volumeGib;
    }

    public static CostEstimate standard() {
        return new CostEstimate(PriceTable.bundled(), ROOT_VOLUME_GIB, ROOT_VOLUME_TYPE);
    }

    /**
     * @param hourly      the instance's on-demand price per hour
     * @param source      where it came from (shown with the figure)
     * @param approximate true when it is the table's us-east-1 price rather than the region's
     */
    public MonthlyCost estimate(BigDecimal hourly, String source, boolean approximate) {
        BigDecimal instance = cents(hourly.multiply(HOURS_PER_MONTH));
        BigDecimal volume = cents(table.ebsGbMonth(volumeType).multiply(BigDecimal.valueOf(volumeGib)));
        BigDecimal ipv4 = cents(table.publicIpv4Hourly().multiply(HOURS_PER_MONTH));
        return new MonthlyCost(instance, volume, ipv4, instance.add(volume).add(ipv4), volumeGib, volumeType,
                MonthlyCost.NOTE, source, approximate);
    }

    /** The estimate for a price from the API or the table; approximate when it is the table's. */
    public MonthlyCost estimate(dev.chromasetup.aws.HourlyPrice price) {
        return estimate(price.usdPerHour(), price.source(), table.isFromTable(price));
    }

    private static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_UP);
    }
}
