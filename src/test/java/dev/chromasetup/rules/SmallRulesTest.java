package dev.chromasetup.rules;

import dev.chromasetup.text.DurationText;
import dev.chromasetup.text.Masking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmallRulesTest {
    @Test
    void masksAccessKeyIds() {
        assertThat(Masking.accessKeyId("AKIAIOSFODNN7EXAMPLE")).isEqualTo("AKIA…MPLE");
        assertThat(Masking.accessKeyId("ASIA1234")).isEqualTo("…34");
        assertThat(Masking.accessKeyId("")).isEqualTo("(none)");
        assertThat(Masking.accessKeyId(null)).isEqualTo("(none)");
    }

    @Test
    void formatsDurations() {
        assertThat(DurationText.human(Duration.ofSeconds(6))).isEqualTo("6s");
        assertThat(DurationText.human(Duration.ofSeconds(102))).isEqualTo("1m 42s");
        assertThat(DurationText.human(Duration.ofSeconds(65))).isEqualTo("1m 05s");
        assertThat(DurationText.human(Duration.ofMinutes(62).plusSeconds(30))).isEqualTo("1h 02m");
        assertThat(DurationText.human(Duration.ofSeconds(-3))).isEqualTo("0s");
    }

    @Test
    void namesResourcesForHumans() {
        assertThat(ResourceNames.human("ChromaInstance", "AWS::EC2::Instance")).isEqualTo("Chroma server (EC2 instance)");
        assertThat(ResourceNames.human("ChromaInstanceSecurityGroup", null)).isEqualTo("Firewall (security group)");
        assertThat(ResourceNames.human("Ip", "AWS::EC2::EIP")).isEqualTo("Fixed address (Elastic IP)");
        assertThat(ResourceNames.human("Data", "AWS::EC2::Volume")).isEqualTo("Data volume (EBS)");
        assertThat(ResourceNames.human("my-stack", "AWS::CloudFormation::Stack")).isEqualTo("Stack");
        assertThat(ResourceNames.human("Queue", "AWS::SQS::Queue")).isEqualTo("Queue (AWS::SQS::Queue)");
    }

    @Test
    void acceptsValidStackNames() {
        assertThat(StackNameRule.validate(" my-chroma-stack ")).isEqualTo("my-chroma-stack");
        assertThat(StackNameRule.validate("a".repeat(128))).hasSize(128);
    }

    @Test
    void rejectsStackNamesSayingWhichRule() {
        assertThatThrownBy(() -> StackNameRule.validate("1stack"))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.what()).contains("\"1stack\"").contains("start with a letter");
                    assertThat(e.fix()).contains("my-chroma-stack");
                });
        assertThatThrownBy(() -> StackNameRule.validate("my_stack"))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("letters, digits and hyphens"));
        assertThatThrownBy(() -> StackNameRule.validate("a".repeat(129)))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("129").contains("128"));
        assertThatThrownBy(() -> StackNameRule.validate("bad\u001B[31mname"))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.what()).doesNotContain("\u001B"));
        assertThatThrownBy(() -> StackNameRule.validate("  "))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.what()).contains("empty"));
    }
}
