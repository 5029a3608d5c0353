package dev.chromasetup.config;

import dev.chromasetup.text.Secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
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

class SettingsLoaderTest {
    @TempDir
    Path home;
    final Map<String, String> env = new HashMap<>();

    private SettingsLoader loader() {
        return new SettingsLoader(env, home);
    }

    private Path userFile(String text) throws IOException {
        Path f = home.resolve(".config/chroma-setup/chroma-setup.conf");
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private Settings load(Map<String, ?> flags) {
        return loader().load(Optional.empty(), flags).settings();
    }

    @Test
    void defaultsComeFromReferenceConf() {
        Settings s = load(Map.of());
        assertThat(s.stackName()).isEqualTo("my-chroma-stack");
        assertThat(s.instanceType()).isEqualTo("t3.small");
        assertThat(s.region()).isEmpty();
        assertThat(s.profile()).isEmpty();
        assertThat(s.keyName()).isEmpty();
        assertThat(s.output()).isEqualTo(OutputFormat.TEXT);
        assertThat(s.readyTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.eventPollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.eventMaxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.deployTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.readinessPath()).isEqualTo("/api/v2/heartbeat");
        assertThat(s.readinessPort()).isEqualTo(8000);
        assertThat(s.readinessInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.apiCallTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.apiCallAttemptTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.minMemoryMib()).isEqualTo(2048);
        assertThat(s.templateUrl()).startsWith("https://s3.amazonaws.com/public.trychroma.com/");
        assertThat(s.otelHeaders().isEmpty()).isTrue();
        assertThat(s.explicit()).isEmpty();
    }

    @Test
    void layersOverrideInOrderFileThenEnvThenFlags() throws IOException {
        userFile("region = eu-west-1\ninstance-type = t3.medium\nstack-name = from-file\n"
                + "chroma-setup { readiness { port = 9000 } }\n");
        env.put("CHROMA_SETUP_INSTANCE_TYPE", "t3.large");
        env.put("CHROMA_SETUP_STACK_NAME", "from-env");
        env.put("CHROMA_SETUP_EVENTS_POLL_INTERVAL", "3s");
        Settings s = load(Map.of("stack-name", "from-flag"));
        assertThat(s.region()).contains("eu-west-1");
        assertThat(s.instanceType()).isEqualTo("t3.large");
        assertThat(s.stackName()).isEqualTo("from-flag");
        assertThat(s.readinessPort()).isEqualTo(9000);
        assertThat(s.eventPollInterval()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.explicit()).containsExactlyInAnyOrder(
                "region", "instance-type", "stack-name", "readiness.port", "events.poll-interval");
    }

    @Test
    void environmentNamesAreDerivedFromKeys() {
        assertThat(SettingsLoader.envName("instance-type")).isEqualTo("CHROMA_SETUP_INSTANCE_TYPE");
        assertThat(SettingsLoader.envName("aws.api-call-timeout")).isEqualTo("CHROMA_SETUP_AWS_API_CALL_TIMEOUT");
        env.put("CHROMA_SETUP_YES", "true");
        env.put("CHROMA_SETUP_READY_TIMEOUT", "PT90S");
        env.put("CHROMA_SETUP_ENDPOINT_URL", "http://127.0.0.1:5000");
        env.put("CHROMA_SETUP_REGION", ""); // empty = unset
        Settings s = load(Map.of());
        assertThat(s.yes()).isTrue();
        assertThat(s.readyTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.endpointUrl()).contains(URI.create("http://127.0.0.1:5000"));
        assertThat(s.region()).isEmpty();
        assertThat(s.explicit()).containsExactlyInAnyOrder("yes", "ready-timeout", "endpoint-url");
    }

    @Test
    void unknownEnvironmentVariableIsAWarningButTheLauncherOneIsNot() {
        env.put("CHROMA_SETUP_REGON", "x");
        env.put("CHROMA_SETUP_JAVA_OPTS", "-Xmx1g");
        assertThat(loader().load(Optional.empty(), Map.of()).warnings())
                .containsExactly("Unknown environment variable CHROMA_SETUP_REGON: ignored");
    }

    @Test
    void xdgConfigHomeIsHonoured() throws IOException {
        Path xdg = Files.createDirectories(home.resolve("xdg/chroma-setup"));
        Files.writeString(xdg.resolve("chroma-setup.conf"), "region = ap-south-1");
        env.put("XDG_CONFIG_HOME", home.resolve("xdg").toString());
        assertThat(load(Map.of()).region()).contains("ap-south-1");
    }

    @Test
    void configFlagFileIsReadAndSubstitutesFromInjectedEnvironment() throws IOException {
        Path f = home.resolve("other.conf");
        Files.writeString(f, "template-file = ${TPL}\n");
        env.put("TPL", "/tmp/t.json");
        Settings s = loader().load(Optional.of(f), Map.of()).settings();
        assertThat(s.templateFile()).contains(Path.of("/tmp/t.json"));
    }

    @Test
    void missingConfigFlagFileIsAUsageError() {
        assertThatThrownBy(() -> loader().load(Optional.of(home.resolve("nope.conf")), Map.of()))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.what()).contains("nope.conf").contains("not found");
                });
    }

    @Test
    void malformedFileNamesFileAndLine() throws IOException {
        Path f = userFile("region = eu-west-1\n\ninstance-type = ]\nstack-name = a\n");
        assertThatThrownBy(() -> load(Map.of()))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.describe()).contains(f.toString()).contains("line 3").contains("Fix: ");
                });
    }

    @Test
    void wrongTypeNamesKeyFileLineAndExpectation() throws IOException {
        Path f = userFile("region = eu-west-1\nready-timeout = banana\n");
        assertThatThrownBy(() -> load(Map.of()))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.what()).contains("ready-timeout").contains(f.toString()).contains("line 2");
                    assertThat(e.why()).contains("duration").contains("'banana'");
                });
    }

    @Test
    void wrongTypeFromEnvironmentNamesTheVariable() {
        env.put("CHROMA_SETUP_READINESS_PORT", "eighty");
        assertThatThrownBy(() -> load(Map.of()))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.what()).contains("readiness.port").contains("CHROMA_SETUP_READINESS_PORT");
                    assertThat(e.fix()).contains("CHROMA_SETUP_READINESS_PORT");
                });
    }

    @Test
    void valuesAreValidated() {
        assertUsage(Map.of("endpoint-url", "ftp://x"), "endpoint-url");
        assertUsage(Map.of("readiness-url", "not a url"), "readiness-url");
        assertUsage(Map.of("output", "yaml"), "output");
        assertUsage(Map.of("ready-timeout", Duration.ofSeconds(-5)), "ready-timeout");
        env.put("CHROMA_SETUP_READY_TIMEOUT", "10");
        assertUsage(Map.of(), "ready-timeout");
    }

    @Test
    void secretValueIsNeverEchoed() throws IOException {
        userFile("otel-headers = [\"api-key=hunter2\"]\n");
        assertThatThrownBy(() -> load(Map.of()))
                .isInstanceOfSatisfying(SetupException.class,
                        e -> assertThat(e.describe()).contains("otel-headers").doesNotContain("hunter2"));
    }

    @Test
    void secretFlagBecomesSecret() {
        Settings s = load(Map.of("otel-headers", Secret.of("x-api-key=abc"), "output", OutputFormat.JSON));
        assertThat(s.otelHeaders().reveal()).isEqualTo("x-api-key=abc");
        assertThat(s.output()).isEqualTo(OutputFormat.JSON);
    }

    @Test
    void unknownKeysInUserFileAreWarnings() throws IOException {
        userFile("regoin = eu-west-1\nchroma-setup { events { pol-interval = 1s } }\n");
        LoadedSettings ls = loader().load(Optional.empty(), Map.of());
        assertThat(ls.warnings()).hasSize(2);
        assertThat(ls.warnings()).anySatisfy(w -> assertThat(w).contains("regoin").contains("line 1"));
        assertThat(ls.warnings()).anySatisfy(w -> assertThat(w).contains("events.pol-interval"));
        assertThat(ls.settings().explicit()).isEmpty();
    }

    @Test
    void hugeFileIsRefused() throws IOException {
        Path f = userFile("# " + "x".repeat(1024 * 1024 + 10) + "\n");
        assertThatThrownBy(() -> load(Map.of()))
                .isInstanceOfSatisfying(SetupException.class,
                        e -> assertThat(e.describe()).contains(f.toString()).contains("too large").contains("1 MiB"));
    }

    @Test
    void folderAsConfigIsRefused() {
        assertThatThrownBy(() -> loader().load(Optional.of(home), Map.of()))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("folder"));
    }

    @Test
    void noColorEnvironmentTurnsColourOff() {
        env.put("NO_COLOR", "1");
        assertThat(load(Map.of()).noColor()).isTrue();
    }

    @Test
    void tildeInTemplateFileMeansHome() {
        assertThat(load(Map.of("template-file", "~/t.json")).templateFile()).contains(home.resolve("t.json"));
    }

    private void assertUsage(Map<String, ?> flags, String key) {
        assertThatThrownBy(() -> load(flags))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.what()).contains(key);
                });
    }
}
