package dev.chromasetup.rules;

import dev.chromasetup.text.RegionNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.RegionRule.RegionChoice;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionRuleTest {
    private final RegionRule rule = new RegionRule(
            List.of("af-south-1", "eu-west-1", "us-east-1", "us-west-2"),
            Optional.of(Set.of("eu-west-1", "us-east-1", "us-west-2", "ap-east-2")));

    @Test
    void marksRegionsTheTemplateCannotUse() {
        assertThat(rule.choices()).containsExactly(
                new RegionChoice("af-south-1", "Africa (Cape Town)", false, RegionRule.NOT_MAPPED),
                new RegionChoice("eu-west-1", "EU (Ireland)", true, ""),
                new RegionChoice("us-east-1", "US East (N. Virginia)", true, ""),
                new RegionChoice("us-west-2", "US West (Oregon)", true, ""));
    }

    @Test
    void choosesTheDefault() {
        assertThat(rule.defaultRegion(Optional.of("us-west-2"))).contains("us-west-2");
        assertThat(rule.defaultRegion(Optional.of("af-south-1"))).contains("us-east-1");
        assertThat(rule.defaultRegion(Optional.empty())).contains("us-east-1");
        RegionRule noUsEast = new RegionRule(List.of("af-south-1", "eu-west-1"), Optional.of(Set.of("eu-west-1")));
        assertThat(noUsEast.defaultRegion(Optional.of("af-south-1"))).contains("eu-west-1");
        assertThat(new RegionRule(List.of("af-south-1"), Optional.of(Set.of("eu-west-1"))).defaultRegion(Optional.empty())).isEmpty();
    }

    @Test
    void noMappingMeansNoRestriction() {
        RegionRule open = new RegionRule(List.of("af-south-1"), Optional.empty());
        assertThat(open.choices()).allMatch(RegionChoice::deployable);
        assertThat(open.validate("af-south-1")).isEqualTo("af-south-1");
    }

    @Test
    void validatesTypedRegions() {
        assertThat(rule.validate(" US-EAST-1 ")).isEqualTo("us-east-1");
        assertThatThrownBy(() -> rule.validate("us-est-1"))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).as("a typo is an input error").isEqualTo(ExitCode.USAGE);
                    assertThat(e.what()).contains("\"us-est-1\" is not an AWS region");
                    assertThat(e.fix()).contains("eu-west-1, us-east-1, us-west-2");
                });
        assertThatThrownBy(() -> rule.validate("ap-east-2"))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.what()).contains("not enabled").contains("Asia Pacific (Taipei)");
                    assertThat(e.fix()).contains("AWS Regions");
                });
        assertThatThrownBy(() -> rule.validate("af-south-1"))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.why()).contains("no machine image");
                    assertThat(e.fix()).contains("us-east-1");
                });
    }

    @Test
    void regionNamesCoverTheTemplatesRegions() {
        for (String r : List.of("ap-south-1", "eu-north-1", "eu-west-3", "eu-west-2", "eu-west-1", "ap-northeast-3",
                "ap-northeast-2", "ap-northeast-1", "ca-central-1", "sa-east-1", "ap-southeast-1", "ap-southeast-2",
                "eu-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2")) {
            assertThat(RegionNames.displayName(r)).as(r).isPresent();
        }
        assertThat(RegionNames.displayOrCode("xx-new-9")).isEqualTo("xx-new-9");
    }
}
