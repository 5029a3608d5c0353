package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.aws.InstanceCatalog;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.rules.InstanceTypeRule;
import dev.chromasetup.testing.MotoExtension;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog list for the Size screen against moto's real instance-type data. */
@ExtendWith(MotoExtension.class)
class SdkInstanceCatalogIT {
    private static SdkAwsConnector aws;

    @BeforeAll
    static void connect(SdkAwsConnector connector) {
        aws = connector; // closed by MotoExtension after the class
    }

    @Test
    void offeredListsExactNamesWithMemoryAndArchitecture() {
        InstanceCatalog catalog = aws.forRegion("us-east-1").instances();

        Map<String, InstanceTypeInfo> byName = byName(catalog.offered(
                List.of("t3.micro", "t3.small", "t4g.small", "nonsense.type")));

        assertThat(byName).containsOnlyKeys("t3.micro", "t3.small", "t4g.small");
        assertThat(byName.get("t3.micro").memoryMib()).isEqualTo(1024);
        assertThat(byName.get("t3.micro").freeTierEligible()).isTrue();
        assertThat(byName.get("t3.small").memoryMib()).isEqualTo(2048);
        assertThat(byName.get("t3.small").vcpus()).isEqualTo(2);
        assertThat(byName.get("t4g.small").architectures()).containsExactly("arm64");

        assertThat(InstanceTypeRule.rowNote(byName.get("t3.micro"), 2048)).contains("too small: Chroma needs at least 2 GiB");
        assertThat(InstanceTypeRule.rowNote(byName.get("t4g.small"), 2048)).get().asString().startsWith("arm64");
        assertThat(InstanceTypeRule.rowNote(byName.get("t3.small"), 2048)).isEmpty();
    }

    @Test
    void wildcardsExpandToTheWholeFamily() {
        List<InstanceTypeInfo> t3 = aws.forRegion("us-east-2").instances().offered(List.of("t3.*"));

        assertThat(t3).extracting(InstanceTypeInfo::name)
                .contains("t3.nano", "t3.micro", "t3.small", "t3.medium", "t3.large", "t3.xlarge", "t3.2xlarge")
                .allMatch(n -> n.startsWith("t3."))
                .doesNotHaveDuplicates();
    }

    @Test
    void answersAreCachedForTheSessionAndDescribeStillWorks() {
        InstanceCatalog catalog = aws.forRegion("eu-west-1").instances();
        List<InstanceTypeInfo> first = catalog.offered(List.of("t3.small", "m5.large"));
        List<InstanceTypeInfo> again = catalog.offered(List.of("m5.large", "t3.small", "t3.small"));

        assertThat(again).isSameAs(first);
        assertThat(catalog.offered(List.of("t3.sm?ll"))).extracting(InstanceTypeInfo::name).containsExactly("t3.small");
        assertThat(catalog.describe("m5.large")).get().extracting(InstanceTypeInfo::memoryMib).isEqualTo(8192L);
        assertThat(catalog.offered(List.of())).isEmpty();
    }

    private static Map<String, InstanceTypeInfo> byName(List<InstanceTypeInfo> list) {
        return list.stream().collect(Collectors.toMap(InstanceTypeInfo::name, Function.identity()));
    }
}
