package dev.chromasetup.aws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An on-demand Linux hourly price in US dollars, where it came from ("AWS Price List API", or the
 * bundled table's label) and the date it is valid for (the day it was fetched, or the table's date).
 */
public record HourlyPrice(BigDecimal usdPerHour, String source, LocalDate asOf) {
    public static final String PRICE_LIST_API = "AWS Price List API";

    public HourlyPrice {
        Objects.requireNonNull(usdPerHour);
        Objects.requireNonNull(source);
        Objects.requireNonNull(asOf);
        if (usdPerHour.signum() < 0) {
            throw new IllegalArgumentException("negative price " + usdPerHour);
        }
    }
}
