package dev.chromasetup.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * A month (730 hours) of a Chroma server, in US dollars rounded to cents: the instance, the root
 * volume and the public IPv4 address, and their sum (the sum of the rounded parts, so the breakdown
 * adds up on screen). Data transfer is not included, and {@link #note()} says so.
 *
 * @param volumeGib   size of the root volume priced
 * @param volumeType  its EBS type ("gp2")
 * @param source      where the instance price came from ("AWS Price List API" or the table's label)
 * @param approximate true when the instance price is the bundled us-east-1 table's, not the region's
 */
public record MonthlyCost(
        BigDecimal instance,
        BigDecimal volume,
        BigDecimal publicIpv4,
        BigDecimal total,
        int volumeGib,
        String volumeType,
        String note,
        String source,
        boolean approximate) {
    public static final String NOTE = "data transfer not included";

    public MonthlyCost {
        Objects.requireNonNull(instance);
        Objects.requireNonNull(volume);
        Objects.requireNonNull(publicIpv4);
        Objects.requireNonNull(total);
        Objects.requireNonNull(note);
        Objects.requireNonNull(source);
    }

    /** "$15.18 / month". */
    public static String perMonth(BigDecimal usd) {
        return "$" + money(usd) + " / month";
    }

    /** "15.18", "1,234.50": two decimals, thousands separated, as the tables show dollars. */
    public static String money(BigDecimal usd) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(usd);
    }

    /** The total as the screens say it: "$21.23 / month". */
    public String totalPerMonth() {
        return perMonth(total);
    }

    /** "instance 15.18 + 24 GiB disk 2.40 + public IPv4 3.65; data transfer not included." */
    public String breakdown() {
        return "instance " + money(instance) + " + " + volumeGib + " GiB disk " + money(volume)
                + " + public IPv4 " + money(publicIpv4) + "; " + NOTE + ".";
    }
}
