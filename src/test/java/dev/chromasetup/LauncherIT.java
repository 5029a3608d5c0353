package dev.chromasetup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chromasetup.testing.MotoAws;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's promise, checked with the real launcher in a child process: build, then
 * {@code bin/chroma-setup deploy --plain --yes ... --output json} against moto, {@code status}, {@code destroy}.
 */
@ExtendWith(MotoExtension.class)
@Timeout(180)
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin/chroma-setup").toAbsolutePath();
    private static final String TEMPLATE = MotoAws.TEMPLATE;

    private MotoServer moto;
    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeEach
    void fresh(MotoServer moto) {
        this.moto = moto;
        moto.reset();
    }

    /**
     * A clean child environment: nothing from the machine's AWS or chroma-setup settings, the fake keys,
     * no EC2 metadata service, and a fresh home (no user config, no saved state, no ~/.ssh).
     */
    private Map<String, String> prepare(ProcessBuilder pb) {
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("CHROMA_SETUP_"));
        env.putAll(MotoAws.testEnv());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("HOME", home.toString());
        return env;
    }

    private Run launch(Map<String, String> extraEnv, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = prepare(pb);
        env.putAll(extraEnv);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelp() throws Exception {
        Run version = launch(Map.of(), "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("chroma-setup ");
        Run help = launch(Map.of(), "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("deploy").contains("status").contains("watch").contains("destroy");
        assertThat(help.err()).doesNotContain("SLF4J");
    }

    @Test
    void deployStatusDestroyWithTheLauncher() throws Exception {
        String endpoint = moto.endpoint().toString();
        Run deploy = launch(Map.of(), "deploy", "--plain", "--yes", "--endpoint-url", endpoint, "--region",
                "us-east-1", "--template-file", TEMPLATE, "--no-wait", "--output", "json");
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        assertThat(deploy.json().get("status").asText()).isEqualTo("CREATE_COMPLETE");
        assertThat(deploy.json().get("endpoint").asText()).startsWith("http://").endsWith(":8000");
        assertThat(deploy.err()).doesNotContain("SLF4J").doesNotContain("Exception");

        Run status = launch(Map.of(), "status", "--endpoint-url", endpoint, "--region", "us-east-1",
                "--output", "json");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.json().get("stackName").asText()).isEqualTo("my-chroma-stack");
        assertThat(status.json().get("status").asText()).isEqualTo("CREATE_COMPLETE");

        Run destroy = launch(Map.of(), "destroy", "--yes", "--endpoint-url", endpoint, "--region", "us-east-1");
        assertThat(destroy.exit()).as(destroy.err()).isZero();
        assertThat(destroy.out()).contains("Deleted the stack my-chroma-stack");
    }

    @Test
    void awsEndpointUrlFromTheEnvironmentIsHonoured() throws Exception {
        Run status = launch(Map.of("AWS_ENDPOINT_URL", moto.endpoint().toString()), "status", "--region",
                "us-east-1", "--output", "json");
        assertThat(status.exit()).isEqualTo(3); // no stack yet, but the call went to moto and answered
        assertThat(status.err()).contains("No stack named my-chroma-stack");
    }

    @Test
    void aBadFlagIsAUsageError() throws Exception {
        Run r = launch(Map.of(), "deploy", "--output", "yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("yaml").contains("--help");
    }

    @Test
    void aDeployLeftByOneProcessIsWatchedByAnother() throws Exception {
        String endpoint = moto.endpoint().toString();
        Run detached = launch(Map.of(), "deploy", "--yes", "--detach", "--endpoint-url", endpoint, "--region",
                "us-east-1", "--template-file", TEMPLATE, "--output", "json");
        assertThat(detached.exit()).as(detached.err()).isZero();
        Run watch = launch(Map.of(), "watch", "--yes", "--no-wait", "--endpoint-url", endpoint, "--region",
                "us-east-1", "--output", "json");
        assertThat(watch.exit()).as(watch.err()).isZero();
        assertThat(watch.json().get("status").asText()).isEqualTo("CREATE_COMPLETE");
        assertThat(watch.json().get("stackId").asText()).isEqualTo(detached.json().get("stackId").asText());
    }

    @Test
    void aClosedTerminalLeavesTheStackAndWatchReattachesFromTheSavedState() throws Exception {
        String endpoint = moto.endpoint().toString();
        Path err = Files.createTempFile(home, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "deploy", "--yes", "--endpoint-url", endpoint,
                "--region", "us-east-1", "--template-file", TEMPLATE, "--stack-name", "hangup",
                "--readiness-url", "http://127.0.0.1:9") // nothing listens there: the run waits at Ready
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        Map<String, String> env = prepare(pb);
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(err).contains("waiting for Chroma") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(err)).contains("waiting for Chroma");
        new ProcessBuilder("kill", "-HUP", String.valueOf(p.pid())).start().waitFor(); // the SSH session closes
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the program ends on SIGHUP").isTrue();

        Run watch = launch(Map.of(), "watch", "--yes", "--no-wait", "--endpoint-url", endpoint, "--output", "json");
        assertThat(watch.exit()).as(watch.err()).isZero();
        assertThat(watch.err()).contains("Using the last stack chroma-setup created: hangup in us-east-1");
        assertThat(watch.json().get("status").asText()).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void theCiSampleDeploysWithTheConfigSampleAndPrintsTheEndpoint() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of("samples/ci/deploy.sh").toAbsolutePath().toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = prepare(pb);
        env.put("CHROMA_SETUP", LAUNCHER.toString());
        env.put("CHROMA_SETUP_ENDPOINT_URL", moto.endpoint().toString()); // moto instead of AWS
        env.put("CHROMA_SETUP_TEMPLATE_FILE", TEMPLATE);                 // nothing downloaded
        env.put("CHROMA_SETUP_NO_WAIT", "true");                         // moto's addresses are made up
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out)).matches("(?s)Chroma answers at http://\\d+\\.\\d+\\.\\d+\\.\\d+:8000\\s*");
        assertThat(Files.readString(err)).contains("t3.medium");

        // the same config, a second time: the stack exists, so the job fails with exit 3 and says why
        Process again = pb.start();
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isEqualTo(3);
        assertThat(Files.readString(err)).contains("already exists").contains("exit code 3");
    }
}
