package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.chromasetup.aws.CallerIdentity;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.testing.MotoAws;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(MotoExtension.class)
class SdkIdentityIT {
    private static final String KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    void credentialCheckShowsAccountAndMaskedKeyButNeverTheSecret(MotoServer moto) {
        Map<String, String> env = new HashMap<>(MotoAws.noCredentialsEnv());
        env.put("AWS_ACCESS_KEY_ID", KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET);
        try (SdkAwsConnector aws = MotoAws.connector(moto, env)) {
            CallerIdentity who = aws.forRegion("us-east-1").identity().whoAmI();

            assertThat(who.account()).isEqualTo("123456789012");
            assertThat(who.arn()).contains("123456789012");
            assertThat(who.maskedAccessKey()).isEqualTo("AKIA…MPLE");
            assertThat(who.source()).isEqualTo("environment variables");
            assertThat(who.toString()).doesNotContain(SECRET).doesNotContain(KEY);
            assertThat(aws.toString()).doesNotContain(SECRET).doesNotContain(KEY);
            assertThat(aws.endpointOverridden()).isTrue();
            assertThat(aws.effectiveEndpoint()).isEqualTo(moto.endpoint().toString());
        }
    }

    @Test
    void noCredentialsAnywhereIsBlockedWithTheFixAndNoMetadataWait(MotoServer moto, @TempDir Path dir)
            throws IOException {
        // The SDK's default chain also reads the real environment and system properties: they must be clean.
        assertThat(System.getenv("AWS_ACCESS_KEY_ID")).as("AWS_ACCESS_KEY_ID must not be set for this test").isNull();
        assertThat(System.getProperty("aws.accessKeyId")).as("aws.accessKeyId must not be set").isNull();
        assertThat(System.getenv("AWS_EC2_METADATA_DISABLED")).as("set by surefire/failsafe").isEqualTo("true");
        Path config = Files.createFile(dir.resolve("config"));
        Path credentials = Files.createFile(dir.resolve("credentials"));
        Map<String, String> env = Map.of("AWS_CONFIG_FILE", config.toString(),
                "AWS_SHARED_CREDENTIALS_FILE", credentials.toString());

        try (SdkAwsConnector aws = MotoAws.connector(moto, env)) {
            SetupException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> catchThrowableOfType(
                    SetupException.class, () -> aws.forRegion("us-east-1").identity().whoAmI()));

            assertThat(e).isNotNull();
            assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
            assertThat(e.what()).isEqualTo("No AWS credentials found");
            assertThat(e.fix()).isEqualTo(AwsErrors.NO_CREDENTIALS_FIX);
            assertThat(aws.suggestedRegion()).isEmpty();
        }
    }

    @Test
    void namedProfileGivesItsCredentialsAndRegion(MotoServer moto, @TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("config"), "[profile dev]\nregion = eu-west-2\n");
        Path credentials = Files.writeString(dir.resolve("credentials"),
                "[dev]\naws_access_key_id = " + KEY + "\naws_secret_access_key = " + SECRET + "\n");
        Map<String, String> env = Map.of("AWS_CONFIG_FILE", config.toString(),
                "AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        var options = new dev.chromasetup.aws.AwsOptions(java.util.Optional.of("dev"),
                java.util.Optional.of(moto.endpoint()), Duration.ofSeconds(30), Duration.ofSeconds(10));

        try (SdkAwsConnector aws = new SdkAwsConnector(options, env)) {
            assertThat(aws.suggestedRegion()).contains("eu-west-2");
            CallerIdentity who = aws.forRegion("eu-west-2").identity().whoAmI();
            assertThat(who.account()).isEqualTo("123456789012");
            assertThat(who.source()).isEqualTo("profile dev");
            assertThat(who.maskedAccessKey()).isEqualTo("AKIA…MPLE");
        }
    }
}
