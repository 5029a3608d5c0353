package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.aws.AwsOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the connector reports before any client exists: no network involved. */
class ConnectorSettingsTest {
    @TempDir
    Path dir;

    private Map<String, String> env(String... pairs) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_CONFIG_FILE", Files.writeString(dir.resolve("config"),
                "[default]\nregion = eu-central-1\n[profile dev]\nregion = ap-south-1\n").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("missing-credentials").toString());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static AwsOptions options(Optional<String> profile, Optional<URI> endpoint) {
        return new AwsOptions(profile, endpoint, Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    @Test
    void regionComesFromTheEnvironmentFirstThenTheProfile() throws IOException {
        try (var aws = new SdkAwsConnector(options(Optional.empty(), Optional.empty()), env("AWS_REGION", "us-west-1",
                "AWS_DEFAULT_REGION", "us-east-2"))) {
            assertThat(aws.suggestedRegion()).contains("us-west-1");
        }
        try (var aws = new SdkAwsConnector(options(Optional.empty(), Optional.empty()),
                env("AWS_DEFAULT_REGION", "us-east-2"))) {
            assertThat(aws.suggestedRegion()).contains("us-east-2");
        }
        try (var aws = new SdkAwsConnector(options(Optional.empty(), Optional.empty()), env())) {
            assertThat(aws.suggestedRegion()).contains("eu-central-1");
        }
        try (var aws = new SdkAwsConnector(options(Optional.of("dev"), Optional.empty()), env())) {
            assertThat(aws.suggestedRegion()).contains("ap-south-1");
        }
        try (var aws = new SdkAwsConnector(options(Optional.empty(), Optional.empty()), env("AWS_PROFILE", "dev"))) {
            assertThat(aws.suggestedRegion()).contains("ap-south-1");
        }
        try (var aws = new SdkAwsConnector(options(Optional.of("nope"), Optional.empty()), env())) {
            assertThat(aws.suggestedRegion()).isEmpty();
        }
    }

    @Test
    void endpointIsReportedWhetherFlagOrEnvironment() throws IOException {
        try (var aws = new SdkAwsConnector(options(Optional.empty(), Optional.empty()), env())) {
            assertThat(aws.endpointOverridden()).isFalse();
            assertThat(aws.effectiveEndpoint()).isEqualTo("AWS (default endpoints)");
        }
        try (var aws = new SdkAwsConnector(options(Optional.empty(), Optional.empty()),
                env("AWS_ENDPOINT_URL", "http://127.0.0.1:5000"))) {
            assertThat(aws.endpointOverridden()).isTrue();
            assertThat(aws.effectiveEndpoint()).contains("http://127.0.0.1:5000").contains("AWS_ENDPOINT_URL");
        }
        try (var aws = new SdkAwsConnector(options(Optional.empty(), Optional.of(URI.create("http://127.0.0.1:6000"))),
                env("AWS_ENDPOINT_URL", "http://127.0.0.1:5000"))) {
            assertThat(aws.effectiveEndpoint()).isEqualTo("http://127.0.0.1:6000");
        }
    }

    @Test
    void accessKeysAreMaskedAndSourcesNamedInWords() {
        assertThat(SdkIdentity.mask("AKIAIOSFODNN7EXAMPLE")).isEqualTo("AKIA…MPLE");
        assertThat(SdkIdentity.mask("testing")).isEqualTo("…ng");
        assertThat(CredentialSources.describe(Optional.of("n"), "dev")).isEqualTo("profile dev");
        assertThat(CredentialSources.describe(Optional.of("r,s"), "dev")).isEqualTo("SSO profile dev");
        assertThat(CredentialSources.describe(Optional.of("g"), "default")).isEqualTo("environment variables");
        assertThat(CredentialSources.describe(Optional.of("SsoCredentialsProvider"), "x")).isEqualTo("SSO profile x");
        assertThat(CredentialSources.describe(Optional.of("InstanceProfileCredentialsProvider"), "x"))
                .isEqualTo("EC2 instance role");
        assertThat(CredentialSources.describe(Optional.empty(), "x")).isEqualTo("unknown source");
    }
}
