package dev.chromasetup.rules;

import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CidrRuleTest {
    @Test
    void aBareAddressIsItsSlash32AndHostBitsAreCleared() {
        assertThat(CidrRule.normalize("203.0.113.7")).isEqualTo("203.0.113.7/32");
        assertThat(CidrRule.normalize(" 203.0.113.7/24 ")).isEqualTo("203.0.113.0/24");
        assertThat(CidrRule.normalize("0.0.0.0/0")).isEqualTo("0.0.0.0/0");
        assertThat(CidrRule.isEveryone("0.0.0.0/0")).isTrue();
    }

    @Test
    void anythingElseIsAUsageErrorThatSaysWhatIsExpected() {
        for (String bad : new String[] {"", "203.0.113", "300.1.1.1/32", "1.2.3.4/33", "::1/128", "1.2.3.4/32; rm"}) {
            assertThatThrownBy(() -> CidrRule.normalize(bad)).isInstanceOf(SetupException.class)
                    .satisfies(e -> assertThat(((SetupException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                    .satisfies(e -> assertThat(((SetupException) e).fix()).contains("--allowed-cidr"));
        }
    }
}
