package dev.chromasetup.rules;

import dev.chromasetup.aws.HourlyPrice;
import java.util.Optional;

/**
 * One line of the Size screen and of the plain list: the type, its vCPUs and memory, its price per
 * hour and month (empty when unknown or when the type is refused), its capacity line, and the reason
 * it is refused (empty when it can be chosen).
 */
public record SizingRow(
        String type,
        int vcpus,
        long memoryMib,
        Optional<HourlyPrice> hourly,
        Optional<MonthlyCost> monthly,
        long fitsAbout,
        String fitsAboutText,
        Optional<String> refusal,
        boolean templateDefault) {
    static final String UNKNOWN = "—";

    public boolean selectable() {
        return refusal.isEmpty();
    }

    /** "2 GiB". */
    public String memory() {
        return InstanceTypeRule.gib(memoryMib);
    }

    /** "0.0208" (at least four decimals), or "—". */
    public String hourlyText() {
        return hourly.map(p -> p.usdPerHour().scale() < 4 ? p.usdPerHour().setScale(4).toPlainString()
                : p.usdPerHour().stripTrailingZeros().toPlainString()).orElse(UNKNOWN);
    }

    /** "21.23" (the monthly total), or "—". */
    public String monthlyText() {
        return monthly.map(m -> MonthlyCost.money(m.total())).orElse(UNKNOWN);
    }

    /** What the last column says: the refusal reason for a refused type, else the capacity line. */
    public String note() {
        return refusal.orElse(fitsAboutText);
    }
}
