package dev.chromasetup.rules;

import dev.chromasetup.text.RegionNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.aws.HourlyPrice;
import dev.chromasetup.aws.InstanceTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Price table, monthly estimate, capacity guidance and the Size screen's rows. */
class SizingRulesTest {
    private static final LocalDate TABLE_DATE = LocalDate.of(2026, 11, 1);
    private static final PriceTable TABLE = PriceTable.bundled();
    private static final CostEstimate COSTS = CostEstimate.standard();

    private static InstanceTypeInfo type(String name, int vcpus, long mib, String arch, boolean burstable) {
        return new InstanceTypeInfo(name, vcpus, mib, List.of(arch), mib <= 1024, burstable, true);
    }

    private static final InstanceTypeInfo T3_MICRO = type("t3.micro", 2, 1024, "x86_64", true);
    private static final InstanceTypeInfo T3_SMALL = type("t3.small", 2, 2048, "x86_64", true);
    private static final InstanceTypeInfo T3_MEDIUM = type("t3.medium", 2, 4096, "x86_64", true);
    private static final InstanceTypeInfo T3_LARGE = type("t3.large", 2, 8192, "x86_64", true);
    private static final InstanceTypeInfo M5_LARGE = type("m5.large", 2, 8192, "x86_64", false);
    private static final InstanceTypeInfo T4G_SMALL = type("t4g.small", 2, 2048, "arm64", true);

    // --- price table -------------------------------------------------------------------------

    @Test
    void bundledTableHasTheDatedUsEast1ListPrices() {
        assertThat(TABLE.region()).isEqualTo("us-east-1");
        assertThat(TABLE.asOf()).isEqualTo(TABLE_DATE);
        assertThat(TABLE.label()).isEqualTo("approximate, us-east-1 list price, as of 2026-11-01");
        Map<String, String> expected = Map.of("t3.small", "0.0208", "t3.medium", "0.0416", "t3.large", "0.0832",
                "t3.xlarge", "0.1664", "t3.2xlarge", "0.3328", "m5.large", "0.096", "m5.xlarge", "0.192",
                "m5.4xlarge", "0.768", "r5.large", "0.126", "r7i.2xlarge", "0.5292");
        expected.forEach((t, p) -> assertThat(TABLE.hourly(t)).as(t).get()
                .extracting(HourlyPrice::usdPerHour).isEqualTo(new BigDecimal(p)));
        assertThat(TABLE.hourly("t3.small").orElseThrow().source()).isEqualTo(TABLE.label());
        assertThat(TABLE.hourly("t3.small").orElseThrow().asOf()).isEqualTo(TABLE_DATE);
        assertThat(TABLE.ebsGbMonth("gp2")).isEqualByComparingTo("0.10");
        assertThat(TABLE.ebsGbMonth("GP3")).isEqualByComparingTo("0.08");
        assertThat(TABLE.publicIpv4Hourly()).isEqualByComparingTo("0.005");
        assertThat(TABLE.hourly("x9.huge")).isEmpty();
        assertThat(List.copyOf(TABLE.types())).contains("t3.small", "r7i.2xlarge").isSorted();
    }

    @Test
    void apiPricesWinOverTheTable() {
        HourlyPrice api = new HourlyPrice(new BigDecimal("0.0236"), HourlyPrice.PRICE_LIST_API, LocalDate.of(2026, 11, 26));
        assertThat(TABLE.orTable(Optional.of(api), "t3.small")).contains(api);
        assertThat(TABLE.orTable(Optional.empty(), "t3.small")).get().extracting(HourlyPrice::source).isEqualTo(TABLE.label());
        assertThat(TABLE.isFromTable(api)).isFalse();
    }

    @Test
    void aMalformedTableIsRefused() {
        assertThatThrownBy(() -> PriceTable.parse("region = x")).isInstanceOf(IllegalStateException.class);
        PriceTable custom = PriceTable.parse("region = \"eu-west-1\"\nas-of = \"2026-01-02\"\n"
                + "instance-hourly { \"t3.small\" = \"0.0228\" }\nebs-gb-month { gp2 = \"0.11\" }\npublic-ipv4-hourly = \"0.005\"");
        assertThat(custom.label()).isEqualTo("approximate, eu-west-1 list price, as of 2026-01-02");
        assertThat(custom.hourly("t3.small").orElseThrow().usdPerHour()).isEqualByComparingTo("0.0228");
    }

    // --- monthly estimate --------------------------------------------------------------------

    @Test
    void t3SmallInUsEast1IsAbout21Dollars() {
        MonthlyCost m = COSTS.estimate(new BigDecimal("0.0208"), HourlyPrice.PRICE_LIST_API, false);

        assertThat(m.instance()).isEqualTo(new BigDecimal("15.18"));
        assertThat(m.volume()).isEqualTo(new BigDecimal("2.40"));
        assertThat(m.publicIpv4()).isEqualTo(new BigDecimal("3.65"));
        assertThat(m.total()).isEqualTo(new BigDecimal("21.23"));
        assertThat(m.note()).isEqualTo("data transfer not included");
        assertThat(m.source()).isEqualTo("AWS Price List API");
        assertThat(m.approximate()).isFalse();
        assertThat(m.volumeGib()).isEqualTo(24);
        assertThat(m.volumeType()).isEqualTo("gp2");
        assertThat(m.totalPerMonth()).isEqualTo("$21.23 / month");
        assertThat(MonthlyCost.perMonth(m.instance())).isEqualTo("$15.18 / month");
        assertThat(m.breakdown()).isEqualTo("instance 15.18 + 24 GiB disk 2.40 + public IPv4 3.65; data transfer not included.");
    }

    @ParameterizedTest
    @CsvSource({
            "0.0416, 30.37, 36.42",
            "0.0832, 60.74, 66.79",
            "0.096,  70.08, 76.13",
            "0.5292, 386.32, 392.37",
            "0,      0.00,  6.05"})
    void monthlyArithmeticIsExact(String hourly, String instance, String total) {
        MonthlyCost m = COSTS.estimate(new BigDecimal(hourly), "t", true);
        assertThat(m.instance()).isEqualTo(new BigDecimal(instance));
        assertThat(m.total()).isEqualTo(new BigDecimal(total));
        assertThat(m.total()).isEqualTo(m.instance().add(m.volume()).add(m.publicIpv4()));
    }

    @Test
    void aGp3VolumeAndTablePricesAreAccountedFor() {
        MonthlyCost gp3 = new CostEstimate(TABLE, 24, "gp3").estimate(new BigDecimal("0.0208"), "x", false);
        assertThat(gp3.volume()).isEqualTo(new BigDecimal("1.92"));
        assertThat(gp3.total()).isEqualTo(new BigDecimal("20.75"));

        MonthlyCost fromTable = COSTS.estimate(TABLE.hourly("t3.small").orElseThrow());
        assertThat(fromTable.approximate()).isTrue();
        assertThat(fromTable.source()).isEqualTo("approximate, us-east-1 list price, as of 2026-11-01");
        assertThatThrownBy(() -> new CostEstimate(TABLE, 24, "io2")).isInstanceOf(IllegalArgumentException.class);
        assertThat(MonthlyCost.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(MonthlyCost.money(new BigDecimal("0.005"))).isEqualTo("0.01");
    }

    // --- capacity ----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "t3.small, 2048, 250000",
            "t3.medium, 4096, 700000",
            "t3.large, 8192, 1700000",
            "t3.xlarge, 16384, 3600000",
            "t3.2xlarge, 32768, 7500000",
            "r7i.2xlarge, 65536, 15000000"})
    void publishedFiguresAreUsedForMeasuredTypes(String name, long mib, long expected) {
        assertThat(Capacity.maxEmbeddings(type(name, 2, mib, "x86_64", true), 1024)).isEqualTo(expected);
    }

    @Test
    void otherTypesUseTheRuleOfThumbWithAGigabyteForTheOs() {
        // 0.245 M × (8 − 1) = 1.715 M → 1,700,000 (the figure Chroma publishes for t3.large, same RAM)
        assertThat(Capacity.maxEmbeddings(M5_LARGE, 1024)).isEqualTo(1_700_000);
        assertThat(Capacity.ruleOfThumb(8192)).isEqualByComparingTo("1715000");
        // 16 GiB: 0.245 × 15 = 3.675 M → 3,700,000
        assertThat(Capacity.maxEmbeddings(type("r5.large", 2, 16384, "x86_64", false), 1024)).isEqualTo(3_700_000);
        // 1 GiB leaves nothing once the OS has its gigabyte
        assertThat(Capacity.maxEmbeddings(T3_MICRO, 1024)).isZero();
        assertThat(Capacity.fitsAbout(T3_MICRO, 1024)).isEqualTo("too small for any collection");
    }

    @Test
    void capacityScalesInverselyWithDimensions() {
        assertThat(Capacity.fitsAbout(T3_SMALL, 1024)).isEqualTo("fits about 250,000 embeddings");
        assertThat(Capacity.maxEmbeddings(T3_SMALL, 512)).isEqualTo(500_000);
        // 250,000 × 1024 / 1536 = 166,667 → 170,000
        assertThat(Capacity.fitsAbout(T3_SMALL, 1536)).isEqualTo("fits about 170,000 embeddings");
        assertThat(Capacity.maxEmbeddings(T3_LARGE, 3072)).isEqualTo(570_000);
        assertThatThrownBy(() -> Capacity.maxEmbeddings(T3_SMALL, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recommendsTheSmallestTypeThatFitsWithHeadroom() {
        List<InstanceTypeInfo> offered = List.of(M5_LARGE, T3_LARGE, T3_MEDIUM, T3_SMALL, T3_MICRO, T4G_SMALL);

        // the Size sketch: 100,000 embeddings of 1536 dimensions → t3.small (capacity 170,000)
        assertThat(Capacity.recommend(100_000, 1536, offered)).contains("t3.small");
        // 200,000 × 0.8 headroom: t3.small holds 250,000 × 0.8 = 200,000 exactly
        assertThat(Capacity.recommend(200_000, 1024, offered)).contains("t3.small");
        assertThat(Capacity.recommend(200_001, 1024, offered)).contains("t3.medium");
        // same memory: the burstable t3.large before m5.large
        assertThat(Capacity.recommend(1_000_000, 1024, offered)).contains("t3.large");
        assertThat(Capacity.recommend(5_000_000, 1024, offered)).isEmpty();
        // t3.micro and t4g.small are never recommended, even for a tiny collection
        assertThat(Capacity.recommend(0, 1024, List.of(T3_MICRO, T4G_SMALL))).isEmpty();
    }

    @Test
    void withTheHardenedTemplateACheaperGravitonTypeIsRecommended() {
        InstanceTypeInfo t4gMedium = type("t4g.medium", 2, 4096, "arm64", true);
        List<InstanceTypeInfo> offered = List.of(T3_SMALL, T3_MEDIUM, T4G_SMALL, t4gMedium);
        Map<String, HourlyPrice> prices = Map.of(
                "t3.small", price("0.0208"), "t3.medium", price("0.0416"),
                "t4g.small", price("0.0168"), "t4g.medium", price("0.0336"));

        // x86_64-only template: arm64 never, whatever it costs
        assertThat(Capacity.recommend(100_000, 1536, offered, 2048, false, prices)).contains("t3.small");
        // a template that boots arm64: the Graviton type of the same size, because it is cheaper
        assertThat(Capacity.recommend(100_000, 1536, offered, 2048, true, prices)).contains("t4g.small");
        assertThat(Capacity.recommend(300_000, 1536, offered, 2048, true, prices)).contains("t4g.medium");
    }

    @Test
    void gravitonOnlyWhenItIsKnownToBeCheaperAndNoBigger() {
        List<InstanceTypeInfo> offered = List.of(T3_SMALL, T4G_SMALL);
        // no price for one of them: the usual x86_64 answer
        assertThat(Capacity.recommend(100_000, 1536, offered, 2048, true, Map.of("t4g.small", price("0.0168"))))
                .contains("t3.small");
        // not cheaper: x86_64
        assertThat(Capacity.recommend(100_000, 1536, offered, 2048, true,
                Map.of("t3.small", price("0.0208"), "t4g.small", price("0.0300")))).contains("t3.small");
        // only arm64 fits: arm64, priced or not
        assertThat(Capacity.recommend(100_000, 1536, List.of(T3_MICRO, T4G_SMALL), 2048, true, Map.of()))
                .contains("t4g.small");
    }

    private static HourlyPrice price(String usd) {
        return new HourlyPrice(new BigDecimal(usd), HourlyPrice.PRICE_LIST_API, LocalDate.of(2026, 11, 1));
    }

    // --- rows --------------------------------------------------------------------------------

    @Test
    void rowsPutTheDefaultFirstThenByMemoryAndPriceAndRefusedLast() {
        Map<String, HourlyPrice> prices = Map.of(
                "t3.small", TABLE.hourly("t3.small").orElseThrow(),
                "t3.medium", TABLE.hourly("t3.medium").orElseThrow(),
                "t3.large", TABLE.hourly("t3.large").orElseThrow(),
                "m5.large", TABLE.hourly("m5.large").orElseThrow(),
                "t3.micro", TABLE.hourly("t3.micro").orElseThrow());
        List<InstanceTypeInfo> offered = List.of(T4G_SMALL, M5_LARGE, T3_MICRO, T3_LARGE, T3_MEDIUM, T3_SMALL,
                type("m7i.large", 2, 8192, "x86_64", false));

        List<SizingRow> rows = SizingTable.rows(offered, prices, 2048, "t3.small", 1024, COSTS);

        assertThat(rows).extracting(SizingRow::type).containsExactly(
                "t3.small", "t3.medium", "t3.large", "m5.large", "m7i.large", "t3.micro", "t4g.small");
        SizingRow small = rows.get(0);
        assertThat(small.templateDefault()).isTrue();
        assertThat(small.selectable()).isTrue();
        assertThat(small.vcpus()).isEqualTo(2);
        assertThat(small.memory()).isEqualTo("2 GiB");
        assertThat(small.hourlyText()).isEqualTo("0.0208");
        assertThat(small.monthlyText()).isEqualTo("21.23");
        assertThat(small.monthly().orElseThrow().approximate()).isTrue();
        assertThat(small.note()).isEqualTo("fits about 250,000 embeddings");
        assertThat(rows.get(3).hourlyText()).isEqualTo("0.0960");
        assertThat(rows.get(3).monthlyText()).isEqualTo("76.13");
        assertThat(rows.get(4).hourlyText()).isEqualTo("—"); // m7i.large: no price known
        assertThat(rows.get(4).monthlyText()).isEqualTo("—");
        assertThat(rows.get(4).selectable()).isTrue();

        SizingRow micro = rows.get(5);
        assertThat(micro.selectable()).isFalse();
        assertThat(micro.hourlyText()).isEqualTo("—");
        assertThat(micro.note()).isEqualTo("too small: Chroma needs at least 2 GiB");
        assertThat(rows.get(6).note()).isEqualTo("arm64: Chroma's template image is x86_64 only");
    }

    @Test
    void aRefusedDefaultIsNotPutFirst() {
        List<SizingRow> rows = SizingTable.rows(List.of(T3_SMALL, T3_MICRO), Map.of(), 2048, "t3.micro", 1024, COSTS);
        assertThat(rows).extracting(SizingRow::type).containsExactly("t3.small", "t3.micro");
        assertThat(SizingTable.CURATED).contains("t3.small", "m5.large", "r7i.2xlarge").doesNotHaveDuplicates();
    }

    // --- Price List location names -----------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "ap-south-1, Asia Pacific (Mumbai)",
            "eu-north-1, EU (Stockholm)",
            "eu-west-3, EU (Paris)",
            "eu-west-2, EU (London)",
            "eu-west-1, EU (Ireland)",
            "ap-northeast-3, Asia Pacific (Osaka)",
            "ap-northeast-2, Asia Pacific (Seoul)",
            "ap-northeast-1, Asia Pacific (Tokyo)",
            "ca-central-1, Canada (Central)",
            "sa-east-1, South America (Sao Paulo)",
            "ap-southeast-1, Asia Pacific (Singapore)",
            "ap-southeast-2, Asia Pacific (Sydney)",
            "eu-central-1, EU (Frankfurt)",
            "us-east-1, US East (N. Virginia)",
            "us-east-2, US East (Ohio)",
            "us-west-1, US West (N. California)",
            "us-west-2, US West (Oregon)"})
    void everyRegionOfTheTemplateHasItsPriceListLocationName(String region, String location) {
        assertThat(RegionNames.displayName(region)).contains(location);
    }
}
