package dev.chromasetup.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstanceTypeRuleTest {
    private static final long MIN = 2048;

    private static InstanceTypeInfo type(String name, long mib, String arch, boolean freeTier) {
        return new InstanceTypeInfo(name, 2, mib, List.of(arch), freeTier, true, true);
    }

    @Test
    void acceptsT3Small() {
        InstanceTypeInfo t = type("t3.small", 2048, "x86_64", false);
        assertThat(InstanceTypeRule.require(Optional.of(t), "t3.small", "us-east-1", MIN)).isEqualTo(t);
        assertThat(InstanceTypeRule.rowNote(t, MIN)).isEmpty();
    }

    @Test
    void refusesUnknownTypeNamingTheRegion() {
        assertThatThrownBy(() -> InstanceTypeRule.require(Optional.empty(), "t9.huge", "eu-west-3", MIN))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
                    assertThat(e.what()).contains("t9.huge").contains("eu-west-3");
                    assertThat(e.fix()).contains("t3.small").contains("another region");
                });
    }

    @Test
    void refusesFreeTierMicroWithTheGuidesReason() {
        assertThatThrownBy(() -> InstanceTypeRule.require(Optional.of(type("t3.micro", 1024, "x86_64", true)), "t3.micro", "us-east-1", MIN))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.why()).contains("t3.micro has 1 GiB of memory; Chroma needs at least 2 GiB")
                            .contains("free-tier");
                    assertThat(e.fix()).contains("t3.small");
                });
        assertThat(InstanceTypeRule.rowNote(type("t3.nano", 512, "x86_64", false), MIN)).contains("too small: Chroma needs at least 2 GiB");
    }

    @Test
    void refusesArmWithTheX86Sibling() {
        assertThatThrownBy(() -> InstanceTypeRule.require(Optional.of(type("t4g.small", 2048, "arm64", false)), "t4g.small", "us-east-1", MIN))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.why()).contains("t4g.small is an arm64 (Graviton) type; Chroma's template uses an x86_64 Amazon Linux image");
                    assertThat(e.fix()).contains("t3.small or t3a.small");
                });
        assertThat(InstanceTypeRule.x86Sibling("m7g.large")).contains("m7i.large");
        assertThat(InstanceTypeRule.x86Sibling("c7gd.xlarge")).contains("c7id.xlarge");
        assertThat(InstanceTypeRule.x86Sibling("m5.large")).isEmpty();
        assertThat(InstanceTypeRule.rowNote(type("m7g.large", 8192, "arm64", false), MIN)).get().asString().startsWith("arm64");
    }

    @Test
    void showsMemoryInGib() {
        assertThat(InstanceTypeRule.gib(1024)).isEqualTo("1 GiB");
        assertThat(InstanceTypeRule.gib(512)).isEqualTo("0.5 GiB");
    }
}
