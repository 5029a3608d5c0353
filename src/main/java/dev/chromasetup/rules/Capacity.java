package dev.chromasetup.rules;

import dev.chromasetup.aws.HourlyPrice;
import dev.chromasetup.aws.InstanceTypeInfo;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How many embeddings an instance type holds, from Chroma's single-node performance page
 * (1024-dimension embeddings, small documents, three metadata fields).
 *
 * <p>Types the page measured use its published figure. Any other type uses the page's rule of thumb,
 * "maximum collection size in millions ≈ 0.245 × RAM in GB, plus at least 1 GB for the OS": the 1 GB
 * for the OS is set aside first, so the collection gets the rest, i.e. {@code 0.245 million × (RAM GB
 * − 1)}. That reading is the one that reproduces the published table (t3.small 2 GB → 0.245 M ≈
 * 250,000; t3.medium 4 GB → 0.735 M ≈ 700,000; t3.large 8 GB → 1.7 M; t3.xlarge 16 GB → 3.7 M vs 3.6 M
 * published; r7i.2xlarge 64 GB → 15.4 M vs 15 M), whereas 0.245 × RAM would double t3.small's figure.
 * RAM is taken as the type's memory in GiB (AWS lists memory in MiB).
 *
 * <p>Memory per embedding grows with its dimension, so other dimensions scale linearly: capacity ×
 * 1024 / dimensions. All figures are rounded to two significant digits: they are orders of magnitude,
 * not promises.
 */
public final class Capacity {
    public static final int REFERENCE_DIMENSIONS = 1024;
    /** Millions of 1024-dimension embeddings per GB of RAM left after the OS's share. */
    static final BigDecimal MILLIONS_PER_GB = new BigDecimal("0.245");
    static final BigDecimal OS_GB = BigDecimal.ONE;
    /** A recommendation keeps the expected size within 80% of the capacity (20% headroom). */
    static final BigDecimal HEADROOM = new BigDecimal("0.8");
    /** Chroma's published figures at 1024 dimensions. */
    static final Map<String, Long> PUBLISHED = Map.of(
            "t3.small", 250_000L,
            "t3.medium", 700_000L,
            "t3.large", 1_700_000L,
            "t3.xlarge", 3_600_000L,
            "t3.2xlarge", 7_500_000L,
            "r7i.2xlarge", 15_000_000L);
    private static final long DEFAULT_MINIMUM_MIB = 2048;

    private Capacity() {
    }

    /** Approximate maximum collection size of {@code type} at {@code dims} dimensions (0: none fits). */
    public static long maxEmbeddings(InstanceTypeInfo type, int dims) {
        requireDims(dims);
        BigDecimal at1024 = Optional.ofNullable(PUBLISHED.get(type.name())).map(BigDecimal::valueOf)
                .orElseGet(() -> ruleOfThumb(type.memoryMib()));
        if (at1024.signum() <= 0) {
            return 0;
        }
        BigDecimal scaled = at1024.multiply(BigDecimal.valueOf(REFERENCE_DIMENSIONS))
                .divide(BigDecimal.valueOf(dims), MathContext.DECIMAL64);
        return scaled.round(new MathContext(2, RoundingMode.HALF_UP)).longValue();
    }

    /** 0.245 million × (memory in GB − 1 GB for the OS), at 1024 dimensions, not rounded. */
    static BigDecimal ruleOfThumb(long memoryMib) {
        BigDecimal gb = BigDecimal.valueOf(memoryMib).divide(BigDecimal.valueOf(1024), MathContext.DECIMAL64);
        BigDecimal forData = gb.subtract(OS_GB);
        if (forData.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return forData.multiply(MILLIONS_PER_GB).multiply(BigDecimal.valueOf(1_000_000));
    }

    /** "fits about 250,000 embeddings" (at {@code dims} dimensions), or "too small for any collection". */
    public static String fitsAbout(InstanceTypeInfo type, int dims) {
        long max = maxEmbeddings(type, dims);
        return max <= 0 ? "too small for any collection" : "fits about " + count(max) + " embeddings";
    }

    /** 1,700,000 */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    /**
     * The smallest usable type (x86_64, at least 2 GiB) whose capacity at {@code dims} holds
     * {@code expectedEmbeddings} with 20% headroom; empty when none of {@code offered} does. Smallest
     * means least memory, then burstable (t3: cheaper) first, then fewer vCPUs, then name.
     */
    public static Optional<String> recommend(long expectedEmbeddings, int dims, List<InstanceTypeInfo> offered) {
        return recommend(expectedEmbeddings, dims, offered, DEFAULT_MINIMUM_MIB);
    }

    public static Optional<String> recommend(long expectedEmbeddings, int dims, List<InstanceTypeInfo> offered,
            long minimumMib) {
        return smallestFitting(expectedEmbeddings, dims, offered, minimumMib, false).map(InstanceTypeInfo::name);
    }

    /**
     * With a template that boots arm64 too (the hardened one): the x86_64 recommendation, unless the
     * smallest Graviton type that fits has no more memory and costs less by the hour (both prices
     * known). The same rule as without arm64 otherwise, so the default t3.small stays the usual answer
     * when a Graviton type is not actually cheaper.
     */
    public static Optional<String> recommend(long expectedEmbeddings, int dims, List<InstanceTypeInfo> offered,
            long minimumMib, boolean armAllowed, Map<String, HourlyPrice> prices) {
        return recommendation(expectedEmbeddings, dims, offered, minimumMib, armAllowed, prices)
                .map(Recommendation::type);
    }

    /**
     * A recommended type; when a Graviton type was preferred, the x86_64 type it replaces and what it
     * saves by the hour, so the line can say why the answer is not the usual one.
     */
    public record Recommendation(String type, Optional<String> insteadOf, BigDecimal savedPerHour) {
    }

    /** {@link #recommend(long, int, List, long, boolean, Map)}, with what a Graviton answer replaces. */
    public static Optional<Recommendation> recommendation(long expectedEmbeddings, int dims,
            List<InstanceTypeInfo> offered, long minimumMib, boolean armAllowed, Map<String, HourlyPrice> prices) {
        Optional<InstanceTypeInfo> x86 = smallestFitting(expectedEmbeddings, dims,
                offered.stream().filter(InstanceTypeInfo::supportsX86).toList(), minimumMib, false);
        Optional<InstanceTypeInfo> arm = armAllowed ? smallestFitting(expectedEmbeddings, dims,
                offered.stream().filter(t -> !t.supportsX86()).toList(), minimumMib, true) : Optional.empty();
        if (arm.isEmpty() || x86.isEmpty()) {
            return x86.or(() -> arm).map(t -> new Recommendation(t.name(), Optional.empty(), BigDecimal.ZERO));
        }
        HourlyPrice armPrice = prices.get(arm.get().name());
        HourlyPrice x86Price = prices.get(x86.get().name());
        boolean armCheaper = armPrice != null && x86Price != null
                && armPrice.usdPerHour().compareTo(x86Price.usdPerHour()) < 0
                && arm.get().memoryMib() <= x86.get().memoryMib();
        return Optional.of(armCheaper
                ? new Recommendation(arm.get().name(), Optional.of(x86.get().name()),
                        x86Price.usdPerHour().subtract(armPrice.usdPerHour()))
                : new Recommendation(x86.get().name(), Optional.empty(), BigDecimal.ZERO));
    }

    private static Optional<InstanceTypeInfo> smallestFitting(long expectedEmbeddings, int dims,
            List<InstanceTypeInfo> offered, long minimumMib, boolean armAllowed) {
        requireDims(dims);
        if (expectedEmbeddings < 0) {
            throw new IllegalArgumentException("expected size must not be negative: " + expectedEmbeddings);
        }
        return offered.stream()
                .filter(t -> InstanceTypeRule.rowNote(t, minimumMib, armAllowed).isEmpty())
                .filter(t -> HEADROOM.multiply(BigDecimal.valueOf(maxEmbeddings(t, dims)))
                        .compareTo(BigDecimal.valueOf(expectedEmbeddings)) >= 0)
                .min(SMALLEST);
    }

    static final Comparator<InstanceTypeInfo> SMALLEST = Comparator.comparingLong(InstanceTypeInfo::memoryMib)
            .thenComparing(t -> !t.burstable())
            .thenComparingInt(InstanceTypeInfo::vcpus)
            .thenComparing(InstanceTypeInfo::name);

    private static void requireDims(int dims) {
        if (dims <= 0 || dims > 65_536) {
            throw new IllegalArgumentException("embedding dimensions must be between 1 and 65536: " + dims);
        }
    }
}
