package dev.chromasetup;

import dev.chromasetup.testing.CliRun;
import dev.chromasetup.testing.FaultProxy;
import dev.chromasetup.testing.HeartbeatStub;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full runs with recognisable fake secrets in the AWS secret key, the session token and the OTel
 * headers: none may appear on stdout, stderr, in the debug log or in any file the run leaves under
 * the home, config and state folders. (The full-screen face's tmux captures are the TUI owner's part.)
 */
@ExtendWith(MotoExtension.class)
@Timeout(240)
class SecretsIT {
    static final String SECRET_KEY = "SECRETKEY-canary-1234567890abcdefghijklmn";
    static final String SESSION_TOKEN = "TOKEN-canary-FwoGZXIvYXdzEJr0987654321zyxwvu";
    static final String HEADER_VALUE = "HEADER-canary-5f4dcc3b5aa765d61d8327deb882cf99";
    static final List<String> CANARIES = List.of(SECRET_KEY, SESSION_TOKEN, HEADER_VALUE, "canary");
    static final String TEMPLATE = MotoAws.TEMPLATE;

    MotoServer moto;
    @TempDir
    Path home;
    final Map<String, String> env = MotoAws.cliEnv();

    @BeforeEach
    void setUp(MotoServer moto) {
        this.moto = moto;
        moto.reset();
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        env.put("AWS_SESSION_TOKEN", SESSION_TOKEN);
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("CHROMA_SETUP_READINESS_INTERVAL", "200ms");
        env.put("CHROMA_SETUP_EVENTS_POLL_INTERVAL", "200ms");
    }

    private void assertNoLeak(CliRun.Result r) throws IOException {
        for (String canary : CANARIES) {
            assertThat(leak(r.out(), canary)).as("stdout").isEmpty();
            assertThat(leak(r.err(), canary)).as("stderr").isEmpty();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(home)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String canary : CANARIES) {
                assertThat(leak(text, canary)).as("file " + f).isEmpty();
            }
        }
    }

    /** Where {@code canary} occurs, with some context, or "" (keeps failure messages short). */
    private static String leak(String text, String canary) {
        int at = text.indexOf(canary);
        return at < 0 ? "" : canary + " found in: ..." + text.substring(Math.max(0, at - 300),
                Math.min(text.length(), at + canary.length() + 100)) + "...";
    }

    private static Path debugLog(CliRun.Result r) {
        String line = r.err().lines().filter(l -> l.startsWith("Debug log: ")).findFirst()
                .orElseThrow(() -> new AssertionError("no debug log path on stderr:\n" + r));
        return Path.of(line.substring("Debug log: ".length()).trim());
    }

    private CliRun.Result run(String stdin, List<String> args) {
        return CliRun.run(env, home, stdin, args.toArray(String[]::new));
    }

    @Test
    void aFullDeployWithDebugThenDestroyLeaksNoSecret() throws IOException {
        try (HeartbeatStub stub = HeartbeatStub.answering(503, 200)) {
            CliRun.Result deploy = run("", List.of("deploy", "--plain", "--yes", "--debug", "--region", "us-east-1",
                    "--template-file", TEMPLATE, "--endpoint-url", moto.endpoint().toString(),
                    "--otel-endpoint", "https://otel.example.com", "--otel-headers", "x-api-key=" + HEADER_VALUE,
                    "--readiness-url", stub.baseUrl().toString()));
            assertThat(deploy.exitCode()).as(deploy.toString()).isZero();
            Path log = debugLog(deploy);
            assertThat(Files.size(log)).as("the debug log has content").isPositive();
            assertThat(Files.readString(log)).contains("/cloudformation/aws4_request");
            assertNoLeak(deploy);

            CliRun.Result destroy = run("", List.of("destroy", "--plain", "--yes", "--debug", "--region", "us-east-1",
                    "--endpoint-url", moto.endpoint().toString(), "--output", "json"));
            assertThat(destroy.exitCode()).as(destroy.toString()).isZero();
            assertNoLeak(destroy);
        }
    }

    @Test
    void headersTypedAtThePlainPromptAreHiddenEverywhere() throws IOException {
        String answers = String.join("\n", "us-east-1", "t3.small", "1", "y", "", "https://otel.example.com", "svc",
                "x-api-key=" + HEADER_VALUE, "typed-stack", "y") + "\n";
        CliRun.Result r = run(answers, List.of("deploy", "--plain", "--debug", "--template-file", TEMPLATE,
                "--endpoint-url", moto.endpoint().toString(), "--no-wait"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("(hidden)");
        assertNoLeak(r);
    }

    @Test
    void awsErrorsEchoingParameterValuesAreRedacted() throws IOException {
        try (FaultProxy proxy = FaultProxy.in(moto)) {
            // CloudFormation quotes offending parameter values in ValidationError messages
            proxy.on("CreateStack").always().answer(400, "text/xml", FaultProxy.queryError("Sender", "ValidationError",
                    "Parameter ChromaOtelCollectionHeaders value {\"x-api-key\":\"" + HEADER_VALUE + "\"} is invalid"));
            List<String> args = new ArrayList<>(List.of("deploy", "--plain", "--yes", "--debug", "--region", "us-east-1",
                    "--template-file", TEMPLATE, "--endpoint-url", proxy.endpoint().toString(), "--no-wait",
                    "--otel-endpoint", "https://otel.example.com", "--otel-headers", "x-api-key=" + HEADER_VALUE,
                    "--output", "json"));
            CliRun.Result r = run("", args);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains("ValidationError").contains("(hidden)");
            assertNoLeak(r);
        }
    }

    @Test
    void expiredCredentialsWithASessionTokenLeakNothing() throws IOException {
        try (FaultProxy proxy = FaultProxy.in(moto)) {
            proxy.on("GetCallerIdentity").always().expiredToken();
            CliRun.Result r = run("", List.of("deploy", "--plain", "--yes", "--debug", "--region", "us-east-1",
                    "--template-file", TEMPLATE, "--endpoint-url", proxy.endpoint().toString()));
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
            assertThat(r.err()).contains("expired");
            assertNoLeak(r);
        }
    }
}
