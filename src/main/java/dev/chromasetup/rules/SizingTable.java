package dev.chromasetup.rules;

import dev.chromasetup.aws.HourlyPrice;
import dev.chromasetup.aws.InstanceTypeInfo;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of the Size screen and the plain list, from the types offered in the region and whatever
 * prices are known. Pure: the caller fetches types and prices (API, else table) and renders.
 *
 * <p>Order: the template's default first, then the types that can be chosen by memory, then price
 * (unknown prices last), then name; refused types (under the minimum memory, arm64) last with their
 * reason from {@link InstanceTypeRule#rowNote}, and no price: they cannot be chosen.
 */
public final class SizingTable {
    /** The types the Size screen offers unless the user types another: t3 first, then m and r families. */
    public static final List<String> CURATED = List.of(
            "t3.micro", "t3.small", "t3.medium", "t3.large", "t3.xlarge", "t3.2xlarge",
            "t3a.small", "t3a.medium", "t3a.large", "t3a.xlarge",
            "m5.large", "m5.xlarge", "m5.2xlarge", "m5.4xlarge",
            "m6i.large", "m6i.xlarge", "m6i.2xlarge",
            "m7i.large", "m7i.xlarge", "m7i.2xlarge",
            "r5.large", "r5.xlarge", "r5.2xlarge",
            "r6i.large", "r6i.xlarge", "r6i.2xlarge",
            "r7i.large", "r7i.xlarge", "r7i.2xlarge");

    /** Graviton types offered too when the template can boot arm64: cheaper for the same memory. */
    public static final List<String> CURATED_ARM = List.of(
            "t4g.small", "t4g.medium", "t4g.large", "t4g.xlarge", "m7g.large", "m7g.xlarge", "r7g.large");

    private SizingTable() {
    }

    /**
     * @param offered     the region's types (from {@code InstanceCatalog.offered})
     * @param prices      known hourly prices by type (API answers, else table prices); a type missing
     *                    here shows "—"
     * @param minimumMib  the smallest memory allowed (setting {@code min-memory-mib})
     * @param defaultType the template's InstanceType default ("t3.small")
     * @param dims        embedding dimensions for the capacity column (1024 as published)
     * @param costs       the monthly estimate (volume and address rates)
     */
    public static List<SizingRow> rows(List<InstanceTypeInfo> offered, Map<String, HourlyPrice> prices,
            long minimumMib, String defaultType, int dims, CostEstimate costs) {
        return rows(offered, prices, minimumMib, defaultType, dims, costs, false);
    }

    /** @param armAllowed true when the template boots arm64 (Graviton) types: they are then choosable */
    public static List<SizingRow> rows(List<InstanceTypeInfo> offered, Map<String, HourlyPrice> prices,
            long minimumMib, String defaultType, int dims, CostEstimate costs, boolean armAllowed) {
        return offered.stream()
                .map(t -> row(t, Optional.ofNullable(prices.get(t.name())), minimumMib, defaultType, dims, costs,
                        armAllowed))
                .sorted(ORDER)
                .toList();
    }

    static SizingRow row(InstanceTypeInfo t, Optional<HourlyPrice> price, long minimumMib, String defaultType, int dims,
            CostEstimate costs) {
        return row(t, price, minimumMib, defaultType, dims, costs, false);
    }

    static SizingRow row(InstanceTypeInfo t, Optional<HourlyPrice> price, long minimumMib, String defaultType, int dims,
            CostEstimate costs, boolean armAllowed) {
        Optional<String> refusal = InstanceTypeRule.rowNote(t, minimumMib, armAllowed);
        Optional<HourlyPrice> shown = refusal.isPresent() ? Optional.empty() : price;
        return new SizingRow(t.name(), t.vcpus(), t.memoryMib(), shown, shown.map(costs::estimate),
                Capacity.maxEmbeddings(t, dims), Capacity.fitsAbout(t, dims), refusal, t.name().equals(defaultType));
    }

    private static final Comparator<SizingRow> ORDER = Comparator
            .comparing((SizingRow r) -> !(r.templateDefault() && r.selectable()))
            .thenComparing(r -> !r.selectable())
            .thenComparingLong(SizingRow::memoryMib)
            .thenComparing(r -> r.hourly().map(HourlyPrice::usdPerHour).orElse(null),
                    Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(SizingRow::type);
}
