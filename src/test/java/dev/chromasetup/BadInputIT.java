package dev.chromasetup;

import dev.chromasetup.testing.CliRun;
import dev.chromasetup.testing.MotoAws;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.chromasetup.testing.FaultProxy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(MotoExtension.class)
@Timeout(600)
class BadInputIT {
    static final String TEMPLATE = MotoAws.TEMPLATE;

    /** Hostile and odd values, by a short name used in failure messages. */
    static final Map<String, String> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("empty", "");
        VALUES.put("10k", "a".repeat(10_000));
        VALUES.put("control", "ab\u0001\u0008cd");
        VALUES.put("ansi-clear", "x\u001b[2Jy");
        VALUES.put("osc-title", "x\u001b]0;pwned\u0007y");
        VALUES.put("quotes", "a\"b'c`d");
        VALUES.put("newline", "line1\nline2");
        VALUES.put("lookalike", "us-\u0435ast-1");
        VALUES.put("bidi", "\u202Eabc");
    }

    static final List<String> FLAGS = List.of("--region", "--stack-name", "--instance-type", "--key-name",
            "--chroma-version", "--otel-endpoint", "--otel-service-name", "--otel-headers", "--template-file",
            "--readiness-url", "--endpoint-url", "--ready-timeout");

    MotoServer moto;
    @TempDir
    Path home;
    final Map<String, String> env = MotoAws.cliEnv();

    @BeforeEach
    void setUp(MotoServer moto) {
        this.moto = moto;
    }

    CliRun.Result deployWith(String flag, String value) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("--region", "us-east-1");
        args.put("--template-file", TEMPLATE);
        args.put("--endpoint-url", moto.endpoint().toString());
        args.put("--stack-name", "bad-input-" + Math.abs((flag + value).hashCode()));
        args.put(flag, value);
        List<String> argv = new ArrayList<>(List.of("deploy", "--plain", "--yes", "--detach"));
        args.forEach((k, v) -> {
            argv.add(k);
            argv.add(v);
        });
        return CliRun.run(env, home, "", argv.toArray(String[]::new));
    }

    /** The values a flag may legitimately take from the corpus (empty means "not set" / "none" for these). */
    static final Map<String, List<String>> ACCEPTED = Map.of(
            "--key-name", List.of("empty"),
            "--chroma-version", List.of("empty"),
            "--otel-endpoint", List.of("empty"),
            "--otel-service-name", List.of("empty", "lookalike"), // any printable text is a service name
            "--otel-headers", List.of("empty"),
            "--readiness-url", List.of("empty"));

    /** Well-formed but absent in AWS: a preflight refusal (exit 3), not an input error. */
    static final Map<String, List<String>> BLOCKED = Map.of("--key-name", List.of("quotes"));

    static void assertSafe(CliRun.Result r, String what) {
        assertThat(r.out() + r.err()).as(what + ": no raw escape sequence or bell\n" + r)
                .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b").doesNotContain("\u202e");
        assertThat(r.err()).as(what + ": no stack trace\n" + r).doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(r.exitCode()).as(what + ": an input problem is never exit 1\n" + r).isNotEqualTo(1);
    }

    @Test
    void everyFlagWithEveryHostileValueIsRefusedCleanlyOrAccepted() {
        List<String> problems = new ArrayList<>();
        for (String flag : FLAGS) {
            for (Map.Entry<String, String> v : VALUES.entrySet()) {
                String what = flag + " " + v.getKey();
                CliRun.Result r = deployWith(flag, v.getValue());
                assertSafe(r, what);
                int expected = ACCEPTED.getOrDefault(flag, List.of()).contains(v.getKey()) ? 0
                        : BLOCKED.getOrDefault(flag, List.of()).contains(v.getKey()) ? 3 : 2;
                if (r.exitCode() != expected) {
                    problems.add(what + ": expected exit " + expected + ", got " + r.exitCode() + ": "
                            + r.err().lines().filter(l -> !l.isBlank()).reduce((x, y) -> y).orElse(""));
                }
                if (expected == 2 && !flag.equals("--otel-headers")) {
                    String shown = dev.chromasetup.text.TextSanitizer.sanitize(v.getValue());
                    String prefix = shown.substring(0, Math.min(20, shown.length()));
                    assertThat(r.err()).as(what + ": names the setting or the (sanitized) value\n" + r)
                            .containsAnyOf(flag.substring(2), flag.substring(2).replace('-', ' '), "Stack name",
                                    "Template file", "Chroma version", "OpenTelemetry endpoint", "Region",
                                    prefix.isEmpty() ? flag : prefix);
                }
                if (flag.equals("--otel-headers")) {
                    assertThat(r.out() + r.err()).as(what + ": a secret is never echoed").doesNotContain("line2")
                            .doesNotContain("aaaaaaaaaa");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aLookAlikeRegionIsNamedAsSuch() {
        CliRun.Result r = deployWith("--region", "us-\u0435ast-1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("U+0435 CYRILLIC SMALL LETTER IE");
    }

    @Test
    void anEmptyTemplateFileOrEndpointIsRefusedInsteadOfFallingBackToTheInternet() {
        CliRun.Result t = deployWith("--template-file", "");
        assertThat(t.exitCode()).isEqualTo(2);
        assertThat(t.err()).contains("template-file").doesNotContain("s3.amazonaws.com");
        CliRun.Result e = deployWith("--endpoint-url", "");
        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.err()).contains("endpoint-url").doesNotContain("amazonaws.com");
    }

    // ---- config files ---------------------------------------------------------------------------

    CliRun.Result deployWithConfig(String content) throws IOException {
        Path file = home.resolve("hostile.conf");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return CliRun.run(env, home, "", "deploy", "--plain", "--yes", "--detach", "--config", file.toString(),
                "--region", "us-east-1", "--template-file", TEMPLATE, "--endpoint-url", moto.endpoint().toString(),
                "--stack-name", "conf-" + Math.abs(content.hashCode()));
    }

    @Test
    void malformedHoconNamesTheFileAndLine() throws IOException {
        CliRun.Result r = deployWithConfig("region = us-east-1\ninstance-type = {{{\n");
        assertSafe(r, "malformed");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("hostile.conf").containsPattern("line \\d+|:\\d+");
    }

    @Test
    void wrongTypesNameTheKeyFileAndLine() throws IOException {
        CliRun.Result r = deployWithConfig("instance-type = t3.small\nready-timeout = [1, 2]\n");
        assertSafe(r, "wrong type");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("ready-timeout").contains("hostile.conf line 2");

        CliRun.Result b = deployWithConfig("create-default-vpc = maybe\n");
        assertThat(b.exitCode()).as(b.toString()).isEqualTo(2);
        assertThat(b.err()).contains("create-default-vpc").contains("hostile.conf line 1");
    }

    @Test
    void hostileValuesInAConfigFileAreRefusedAndSanitized() throws IOException {
        CliRun.Result r = deployWithConfig("instance-type = \"t3.small\\u001b]0;pwned\\u0007\"\n");
        assertSafe(r, "escape in file");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("instance-type").contains("hostile.conf line 1");
    }

    @Test
    void unknownKeysAreWarningsNotErrors() throws IOException {
        CliRun.Result r = deployWithConfig("instance-typo = t3.small\n\"\\u001b[2Jevil\" = 1\n");
        assertSafe(r, "unknown keys");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("Warning").contains("instance-typo");
    }

    @Test
    void aHugeConfigFileIsHandledWithoutATrace() throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            big.append("unknown-").append(i).append(" = \"").append("x".repeat(20)).append("\"\n");
        }
        CliRun.Result r = deployWithConfig(big.toString());
        assertSafe(r, "huge");
        assertThat(r.exitCode()).as(r.err().lines().limit(5).toList().toString()).isIn(0, 2);
        assertThat(r.err().length()).as("warnings do not flood the terminal").isLessThan(200_000);
    }

    @Test
    void binaryGarbageAsAConfigFileIsAnInputError() throws IOException {
        Path file = home.resolve("garbage.conf");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x1b, '[', '2', 'J', '=', '{', 0x00, (byte) 0xc3});
        CliRun.Result r = CliRun.run(env, home, "", "deploy", "--plain", "--yes", "--config", file.toString(),
                "--region", "us-east-1", "--template-file", TEMPLATE, "--endpoint-url", moto.endpoint().toString());
        assertSafe(r, "garbage");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("garbage.conf");
    }

    // ---- prompt answers -------------------------------------------------------------------------

    @Test
    void hostileAnswersAtThePromptsAreReaskedAndNeverEchoedRaw() {
        String evil = "\u001b]0;pwned\u0007\u001b[2J";
        String answers = String.join("\n", "us-\u0435ast-1" + evil, "us-east-1", "t3.small" + evil, "t3.small",
                "1", "y", evil, "", "", "", "bad" + evil, "prompt-stack", "y") + "\n";
        CliRun.Result r = CliRun.run(env, home, answers, "deploy", "--plain", "--template-file", TEMPLATE,
                "--endpoint-url", moto.endpoint().toString(), "--detach");
        assertSafe(r, "prompts");
        assertThat(r.err()).contains("Choose one of the numbers listed, or type a region code");
    }

    @Test
    void invalidUtf8OnStandardInputIsNotACrash() {
        byte[] stdin = {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, '\n', (byte) 0x80, 'x', '\n'};
        CliRun.Result r = CliRun.run(env, home, stdin, "deploy", "--plain", "--template-file", TEMPLATE,
                "--endpoint-url", moto.endpoint().toString());
        assertSafe(r, "invalid utf-8");
        assertThat(r.exitCode()).as(r.toString()).isIn(2, 130);
    }

    // ---- AWS-provided text ------------------------------------------------------------------------

    @Test
    void escapeSequencesInStackEventReasonsFromAwsAreSanitized() {
        try (FaultProxy proxy = FaultProxy.in(moto)) {
            proxy.on("DescribeStackEvents").always().rewrite(xml -> xml.replace("User Initiated",
                    // XML 1.0 cannot carry ESC or BEL (the SDK refuses such a response), but it can carry
                    // C1 controls (U+009B is a one-character CSI) and bidi overrides
                    "User &#x9b;2J Initiated \u009b31m \u202eevil"));
            CliRun.Result r = CliRun.run(env, home, "", "deploy", "--plain", "--yes", "--no-wait", "--region",
                    "us-east-1", "--template-file", TEMPLATE, "--endpoint-url", proxy.endpoint().toString(),
                    "--stack-name", "aws-text");
            assertSafe(r, "aws text");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.err()).contains("Initiated").contains("evil");
        }
    }
}
