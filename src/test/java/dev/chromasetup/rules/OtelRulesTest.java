package dev.chromasetup.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.OtelEndpointRule.Normalized;
import org.junit.jupiter.api.Test;

class OtelRulesTest {
    @Test
    void emptyEndpointStaysEmpty() {
        assertThat(OtelEndpointRule.normalize("  ")).isEqualTo(new Normalized("", java.util.Optional.empty()));
    }

    @Test
    void bareHostIsCompletedWithANotice() {
        Normalized n = OtelEndpointRule.normalize("api.honeycomb.com");
        assertThat(n.value()).isEqualTo("https://api.honeycomb.com:443");
        assertThat(n.notice()).contains("completed to https://api.honeycomb.com:443: Chroma's exporter speaks OTLP over gRPC and needs a scheme and port");
        assertThat(OtelEndpointRule.normalize("collector.local:4317").value()).isEqualTo("https://collector.local:4317");
    }

    @Test
    void urlWithoutPortGetsTheSchemeDefault() {
        assertThat(OtelEndpointRule.normalize("https://api.honeycomb.com").value()).isEqualTo("https://api.honeycomb.com:443");
        Normalized http = OtelEndpointRule.normalize("http://10.0.0.5/");
        assertThat(http.value()).isEqualTo("http://10.0.0.5:80");
        assertThat(http.notice()).isPresent();
    }

    @Test
    void completeUrlIsKeptWithoutNotice() {
        Normalized n = OtelEndpointRule.normalize("http://otel-collector:4317");
        assertThat(n.value()).isEqualTo("http://otel-collector:4317");
        assertThat(n.notice()).isEmpty();
    }

    @Test
    void garbageEndpointsAreRefused() {
        for (String bad : new String[] {"api honeycomb.com", "'x'", "ftp://host:21", "https://user:pw@host:443", "host:99999", "-bad-", "http://"}) {
            assertThatThrownBy(() -> OtelEndpointRule.normalize(bad)).as(bad)
                    .isInstanceOfSatisfying(SetupException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                        assertThat(e.fix()).contains("https://api.honeycomb.com:443");
                    });
        }
    }

    @Test
    void headersInPairFormAreKept() {
        assertThat(OtelHeadersRule.normalize(Secret.of("x-honeycomb-team=abc, X-Dataset = d=1")).reveal())
                .isEqualTo("x-honeycomb-team=abc,x-dataset=d=1");
    }

    @Test
    void guidePythonDictAndJsonBecomePairs() {
        assertThat(OtelHeadersRule.normalize(Secret.of("{'x-honeycomb-team': 'abc'}")).reveal()).isEqualTo("x-honeycomb-team=abc");
        assertThat(OtelHeadersRule.normalize(Secret.of("{\"a\":\"b\", \"c\": 1}")).reveal()).isEqualTo("a=b,c=1");
    }

    @Test
    void emptyAndEmptyObjectAreEmpty() {
        assertThat(OtelHeadersRule.normalize(Secret.of("{}")).isEmpty()).isTrue();
        assertThat(OtelHeadersRule.normalize(Secret.of(" { } ")).isEmpty()).isTrue();
        assertThat(OtelHeadersRule.normalize(Secret.empty()).isEmpty()).isTrue();
    }

    @Test
    void badHeadersNameTheKeyButNeverTheValue() {
        String secret = "s3cr3tV4lue";
        String[] inputs = {
            "x-team=" + secret + "'", "x-team=" + secret + "\nz", "{\"x-team\": \"" + secret + ",more\"}",
            "{'x-team': '" + secret + "\u0007'}", "{'x-team': '" + secret + "'", secret, "x team=" + secret,
            "x-team=" + secret + ",x-team=" + secret, "{'x-team': ['" + secret + "']}", "=" + secret};
        for (String in : inputs) {
            assertThatThrownBy(() -> OtelHeadersRule.normalize(Secret.of(in))).as(in)
                    .isInstanceOfSatisfying(SetupException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                        assertThat(e.describe()).doesNotContain(secret);
                        assertThat(e.getMessage()).doesNotContain(secret);
                        assertThat(e.getCause()).isNull();
                    });
        }
        assertThatThrownBy(() -> OtelHeadersRule.normalize(Secret.of("x-team=ab'c")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.what()).contains("\"x-team\"").contains("single quote"));
    }
}
