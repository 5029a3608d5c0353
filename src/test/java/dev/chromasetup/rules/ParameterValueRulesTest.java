package dev.chromasetup.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import org.junit.jupiter.api.Test;

class ParameterValueRulesTest {
    @Test
    void acceptsOrdinaryValues() {
        assertThat(ParameterValueRules.validate("ChromaOtelServiceName", "my chroma")).isEqualTo("my chroma");
        assertThat(ParameterValueRules.validate("KeyName", "")).isEmpty();
    }

    @Test
    void rejectsSingleQuoteExplainingTheStartUpScript() {
        assertThatThrownBy(() -> ParameterValueRules.validate("ChromaOtelServiceName", "bob's"))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.what()).contains("ChromaOtelServiceName").contains("single quote");
                    assertThat(e.why()).contains("inside single quotes in the instance's start-up script");
                });
    }

    @Test
    void rejectsLineBreaksAndControlCharacters() {
        assertThatThrownBy(() -> ParameterValueRules.validate("X", "a\nb"))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.what()).contains("line break"));
        assertThatThrownBy(() -> ParameterValueRules.validate("X", "a\rb"))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.what()).contains("line break"));
        assertThatThrownBy(() -> ParameterValueRules.validate("X", "a\u001Bb"))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.what()).contains("control character").doesNotContain("\u001B"));
    }

    @Test
    void secretValuesAreNeverEchoed() {
        assertThatThrownBy(() -> ParameterValueRules.validate("ChromaOtelCollectionHeaders", Secret.of("k=sup3r'secret")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.describe()).doesNotContain("sup3r"));
        assertThat(ParameterValueRules.validate("H", Secret.of("k=v")).reveal()).isEqualTo("k=v");
    }

    @Test
    void acceptsVersionsAndTags() {
        assertThat(ParameterValueRules.chromaVersion("1.5.9")).isEqualTo("1.5.9");
        assertThat(ParameterValueRules.chromaVersion(" latest ")).isEqualTo("latest");
        assertThat(ParameterValueRules.chromaVersion("1.0.0-rc_1")).isEqualTo("1.0.0-rc_1");
    }

    @Test
    void rejectsVersionsThatBreakSed() {
        assertThatThrownBy(() -> ParameterValueRules.chromaVersion("1.5/9"))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.why()).contains("sed");
                    assertThat(e.fix()).contains("1.5.9");
                });
        assertThatThrownBy(() -> ParameterValueRules.chromaVersion("1.5 9"))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("space"));
        assertThatThrownBy(() -> ParameterValueRules.chromaVersion("1&2"))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("image tag"));
        assertThatThrownBy(() -> ParameterValueRules.chromaVersion("a".repeat(129))).isInstanceOf(SetupException.class);
        assertThatThrownBy(() -> ParameterValueRules.chromaVersion("1'5"))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.what()).contains("single quote"));
        assertThatThrownBy(() -> ParameterValueRules.chromaVersion(""))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.what()).contains("empty"));
    }
}
