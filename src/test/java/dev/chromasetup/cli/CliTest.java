package dev.chromasetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.config.OutputFormat;
import dev.chromasetup.config.Settings;
import dev.chromasetup.errors.SetupException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path home;
    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    String called;
    Settings settings;

    final CommandHandler handler = new CommandHandler() {
        @Override
        public int deploy(Settings s) {
            return record("deploy", s);
        }

        @Override
        public int status(Settings s) {
            return record("status", s);
        }

        @Override
        public int watch(Settings s) {
            return record("watch", s);
        }

        @Override
        public int destroy(Settings s) {
            return record("destroy", s);
        }
    };

    private int record(String command, Settings s) {
        called = command;
        settings = s;
        return 0;
    }

    private int run(String... args) {
        return new Cli(handler, env, home, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void deployIsTheDefaultCommand() {
        assertThat(run()).isZero();
        assertThat(called).isEqualTo("deploy");
        assertThat(settings.stackName()).isEqualTo("my-chroma-stack");
        assertThat(settings.explicit()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyDeployOptionReachesSettings() {
        int code = run("deploy", "--profile", "dev", "--region", "eu-west-1", "--endpoint-url", "http://127.0.0.1:5000",
                "--plain", "-y", "--output", "json", "--no-color", "--stack-name", "s1", "--instance-type", "t3.large",
                "--key-name", "k", "--chroma-version", "1.0.0", "--otel-endpoint", "https://otel", "--otel-service-name", "svc",
                "--otel-headers", "api-key=s3cret", "--template-url", "https://example.com/t.json", "--template-file", "t.json",
                "--create-default-vpc", "--no-wait", "--detach", "--ready-timeout", "90s", "--readiness-url", "http://127.0.0.1:8000/x");
        assertThat(code).isZero();
        Settings s = settings;
        assertThat(s.profile()).contains("dev");
        assertThat(s.region()).contains("eu-west-1");
        assertThat(s.endpointUrl()).contains(URI.create("http://127.0.0.1:5000"));
        assertThat(s.plain()).isTrue();
        assertThat(s.yes()).isTrue();
        assertThat(s.output()).isEqualTo(OutputFormat.JSON);
        assertThat(s.noColor()).isTrue();
        assertThat(s.debug()).isFalse();
        assertThat(s.stackName()).isEqualTo("s1");
        assertThat(s.instanceType()).isEqualTo("t3.large");
        assertThat(s.keyName()).contains("k");
        assertThat(s.chromaVersion()).contains("1.0.0");
        assertThat(s.otelEndpoint()).isEqualTo("https://otel");
        assertThat(s.otelServiceName()).isEqualTo("svc");
        assertThat(s.otelHeaders().reveal()).isEqualTo("api-key=s3cret");
        assertThat(s.templateUrl()).isEqualTo("https://example.com/t.json");
        assertThat(s.templateFile()).contains(Path.of("t.json"));
        assertThat(s.createDefaultVpc()).isTrue();
        assertThat(s.noWait()).isTrue();
        assertThat(s.detach()).isTrue();
        assertThat(s.readyTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.readinessUrl()).contains(URI.create("http://127.0.0.1:8000/x"));
        assertThat(s.explicit()).hasSize(21).doesNotContain("debug");
    }

    @Test
    void durationsAcceptShortAndIsoForms() {
        run("--ready-timeout", "10m");
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofMinutes(10));
        run("--ready-timeout", "1h");
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofHours(1));
        run("--ready-timeout", "PT5M");
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void subcommandsGetTheirSettings() {
        assertThat(run("status", "--stack-name", "a")).isZero();
        assertThat(called).isEqualTo("status");
        assertThat(settings.stackName()).isEqualTo("a");
        assertThat(run("watch", "--stack-name", "b", "--no-wait", "--ready-timeout", "2m", "--readiness-url", "http://localhost:1/h")).isZero();
        assertThat(called).isEqualTo("watch");
        assertThat(settings.noWait()).isTrue();
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(run("destroy", "--stack-name", "c", "--yes")).isZero();
        assertThat(called).isEqualTo("destroy");
        assertThat(settings.yes()).isTrue();
    }

    @Test
    void commonOptionsBeforeTheSubcommandCount() {
        assertThat(run("--region", "us-west-2", "status", "--profile", "p")).isZero();
        assertThat(settings.region()).contains("us-west-2");
        assertThat(settings.profile()).contains("p");
    }

    @Test
    void deployOnlyOptionBeforeOtherSubcommandIsAUsageError() {
        assertThat(run("--instance-type", "t3.large", "status")).isEqualTo(2);
        assertThat(err.toString()).contains("--instance-type does not apply to 'status'");
        assertThat(called).isNull();
    }

    @Test
    void statusRejectsDeployOptions() {
        assertThat(run("status", "--instance-type", "t3.large")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("Run 'chroma-setup --help' for usage.");
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().trim()).isEqualTo("chroma-setup dev");
        assertThat(called).isNull();
        assertThat(run("--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("--instance-type").contains("Default: t3.small").contains("Default: my-chroma-stack")
                .contains("Default: 10m").contains("status").contains("watch").contains("destroy").doesNotContain("${");
        assertThat(run("watch", "--help")).isZero();
        assertThat(out.toString()).contains("--ready-timeout");
    }

    @Test
    void unknownOptionIsUsageError() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'").contains("Run 'chroma-setup --help' for usage.");
        assertThat(called).isNull();
    }

    @Test
    void badDurationIsUsageError() {
        assertThat(run("--ready-timeout", "banana")).isEqualTo(2);
        assertThat(err.toString()).contains("--ready-timeout").contains("duration").contains("'banana'");
        assertThat(run("--ready-timeout", "10")).isEqualTo(2);
    }

    @Test
    void missingArgumentIsUsageError() {
        assertThat(run("--region")).isEqualTo(2);
        assertThat(err.toString()).contains("--region");
    }

    @Test
    void otelHeadersAreNeverPrinted() {
        assertThat(run("--otel-headers", "api-key=TOPSECRET", "--frobnicate")).isEqualTo(2);
        assertThat(run("--otel-header=api-key=TOPSECRET")).isEqualTo(2);
        assertThat(run("--otel-headers", "Authorization=Bearer", "TOPSECRET")).isEqualTo(2);
        assertThat(run("--otel-headers", "x=TOPSECRET", "--ready-timeout", "banana")).isEqualTo(2);
        assertThat(run("--otel-headers", "x=TOPSECRET", "--endpoint-url", "ftp://nope")).isEqualTo(2);
        assertThat(out.toString() + err.toString()).doesNotContain("TOPSECRET");
    }

    @Test
    void loaderErrorsPrintDescribeAndExitWithItsCode() throws IOException {
        Path f = home.resolve("bad.conf");
        Files.writeString(f, "ready-timeout = banana\n");
        assertThat(run("--config", f.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ready-timeout").contains("line 1").contains("Fix: ").doesNotContain("at dev.");
    }

    @Test
    void warningsGoToStderr() throws IOException {
        Path f = home.resolve("c.conf");
        Files.writeString(f, "regoin = x\n");
        assertThat(run("status", "--config", f.toString())).isZero();
        assertThat(err.toString()).contains("Warning: Unknown setting regoin");
    }

    @Test
    void echoedValuesAreSanitized() {
        assertThat(run("--endpoint-url", "http://x\u001B[31mred\u0007")).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\u001B").doesNotContain("\u0007");
    }

    @Test
    void handlerSetupExceptionMapsToItsExitCode() {
        CommandHandler failing = new CommandHandler() {
            public int deploy(Settings s) {
                throw SetupException.blocked("No default VPC", "the region has none", "Pass --create-default-vpc.");
            }

            public int status(Settings s) {
                throw new IllegalStateException("boom");
            }

            public int watch(Settings s) {
                return 0;
            }

            public int destroy(Settings s) {
                return 0;
            }
        };
        Cli cli = new Cli(failing, env, home, new PrintWriter(out), new PrintWriter(err));
        assertThat(cli.run()).isEqualTo(3);
        assertThat(err.toString()).contains("No default VPC: the region has none").contains("Fix: Pass --create-default-vpc.");
        assertThat(cli.run("status")).isEqualTo(1);
        assertThat(err.toString()).contains("failed unexpectedly").doesNotContain("\tat ");
        assertThat(cli.run("status", "--debug", "--output", "text")).isEqualTo(1);
        assertThat(err.toString()).contains("\tat ");
    }
}
