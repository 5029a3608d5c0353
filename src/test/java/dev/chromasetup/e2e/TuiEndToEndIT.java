package dev.chromasetup.e2e;

import dev.chromasetup.testing.HeartbeatStub;
import dev.chromasetup.testing.MotoAws;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
import dev.chromasetup.testing.TmuxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-screen face end to end: the real launcher ({@code bin/chroma-setup}) in a real pseudo-terminal
 * (tmux on a private socket), against moto on loopback, readiness pointed at a loopback stub. Keys are
 * typed the way a first-time user would, after waiting for each screen's text.
 */
@ExtendWith(MotoExtension.class)
@Timeout(240)
class TuiEndToEndIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("chroma.setup.launcher", "bin/chroma-setup"))
            .toAbsolutePath();
    private static final String TEMPLATE = MotoAws.TEMPLATE;
    private static final Duration SCREEN = Duration.ofSeconds(60);
    private static final String CANARY = "E2E-CANARY-123";
    private static final Pattern SGR = Pattern.compile("\u001b\\[([0-9;:]*)m");

    private MotoServer moto;
    private HeartbeatStub heartbeat;
    private final List<TmuxSession> sessions = new ArrayList<>();
    @TempDir
    Path work;

    @BeforeAll
    static void launcherBuilt() {
        assertThat(LAUNCHER.resolveSibling("../target/chroma-setup.jar").normalize())
                .as("the launcher needs the built jar: run ./mvnw -q package -DskipTests (mvn verify does)")
                .exists();
    }

    @BeforeEach
    void fresh(MotoServer moto) {
        this.moto = moto;
        moto.reset();
        heartbeat = HeartbeatStub.answering(200);
    }

    @AfterEach
    void stop() {
        sessions.forEach(TmuxSession::close);
        heartbeat.close();
    }

    // ---- 1. deploy to Done -----------------------------------------------------------------------

    @Test
    void deployToDoneInTheFullScreenFace() throws IOException {
        TmuxSession t = tmux("deploy", 100, 30, Map.of(), "--endpoint-url", moto.endpoint().toString(),
                "--template-file", TEMPLATE, "--readiness-url", heartbeat.baseUrl().toString());

        walkToReview(t, CANARY);
        String review = t.await("Create these resources now?", SCREEN);
        assertThat(review).contains("[ No ]").contains("(default No)").contains("AWS endpoint " + moto.endpoint())
                .contains("headers •••••• (set, 24 characters)").doesNotContain(CANARY);
        t.type("y");
        t.await(s -> s.contains("[ Yes ]") && s.contains("Create these resources now?"), "Yes selected", SCREEN);
        t.keys("Enter");

        // the whole Done screen, footer included: a capture can land in the middle of a redraw
        String done = t.await(s -> s.contains("chroma-setup ─ Chroma is ready") && s.contains("Done ✓")
                && s.contains("s save snippets"), "the whole Done screen", Duration.ofSeconds(120));
        assertThat(done).contains("Deploy ✓").contains("Ready ✓").contains("Done ✓")
                .containsPattern("Endpoint +http://[0-9.]+:8000")
                .contains("Python").contains("TypeScript")
                .contains("chromadb.HttpClient(host=")
                .contains("my-chroma-stack in us-east-1 (CREATE_COMPLETE)");
        t.keys("Tab");
        String ts = t.await("new ChromaClient", SCREEN);
        assertThat(ts).contains("[ TypeScript ]").doesNotContain("chromadb.HttpClient(");
        t.keys("Enter");

        assertThat(t.awaitExit(SCREEN)).isZero();
        assertRestored(t);
        assertThat(t.stdout()).contains("CREATE_COMPLETE").containsPattern("Endpoint +http://[0-9.]+:8000")
                .contains("chromadb.HttpClient(host=").contains("new ChromaClient").doesNotContain("\u001b");
        assertThat(heartbeat.calls()).as("readiness went to the loopback stub").isPositive();
        assertNeverShown(t, CANARY);
    }

    // ---- 2. destroy ---------------------------------------------------------------------------------

    @Test
    void destroyWithTheTypedNameConfirmation() throws Exception {
        Run deploy = plain(Map.of(), "deploy", "--plain", "--yes", "--endpoint-url", moto.endpoint().toString(),
                "--region", "us-east-1", "--template-file", TEMPLATE, "--no-wait");
        assertThat(deploy.exit()).as(deploy.err()).isZero();

        TmuxSession t = tmux("destroy", 100, 30, Map.of(), "destroy", "--stack-name", "my-chroma-stack",
                "--region", "us-east-1", "--endpoint-url", moto.endpoint().toString());
        String ask = t.await("Type the stack name to delete it", SCREEN);
        assertThat(ask).contains("This deletes the stack my-chroma-stack in us-east-1")
                .contains("All data stored in Chroma on that server is lost");
        assertThat(ask).contains("chroma-setup ─ destroy my-chroma-stack in us-east-1")
                .doesNotContain("deploying").doesNotContain("0 of 0 resources");
        assertThat(ask).as("a typed answer, not a Yes/No toggle").doesNotContain("[ No ]").doesNotContain("(default No)");
        t.type("my-chroma");
        t.await(s -> s.matches("(?s).*\\n +my-chroma *\\n.*"), "the typed name shown in the field", SCREEN);
        t.type("-stack");
        t.await(s -> s.matches("(?s).*\\n +my-chroma-stack *\\n.*"), "the whole name in the field", SCREEN);
        t.keys("Enter");
        String snapshot = t.await("Take a snapshot before deleting?", SCREEN);
        assertThat(snapshot).contains("$0.05 per GB-month").contains("[ No ]");
        t.keys("Enter"); // No: the data goes with the stack, as the screen said
        String deleted = t.await("Deleted", SCREEN);
        assertThat(deleted).contains("my-chroma-stack");
        t.keys("Enter");
        assertThat(t.awaitExit(SCREEN)).isZero();
        assertRestored(t);
        assertThat(t.stdout()).contains("Deleted");

        Run status = plain(Map.of(), "status", "--endpoint-url", moto.endpoint().toString(), "--region", "us-east-1");
        assertThat(status.exit()).as("the stack is gone: " + status.err()).isNotZero();
    }

    // ---- 3. terminal restoration ---------------------------------------------------------------------

    @Test
    void ctrlCAtTheRegionScreenAsksThenRestoresTheTerminal() {
        TmuxSession t = tmux("ctrl-c", 100, 30, Map.of(), "--endpoint-url", moto.endpoint().toString(),
                "--template-file", TEMPLATE, "--readiness-url", heartbeat.baseUrl().toString());
        awaitRegion(t);
        t.keys("C-c");
        String dialog = t.await("Quit?", SCREEN);
        assertThat(dialog).contains("[ Stay ]").contains("Nothing has been created in AWS");
        t.keys("Right");
        t.await("[ Quit ]", SCREEN);
        t.keys("Enter");
        int exit = t.awaitExit(SCREEN);
        assertThat(exit).as("cancelled by the user").isEqualTo(130);
        assertRestored(t);
    }

    @Test
    void sigtermRestoresTheTerminal() throws Exception {
        String stack = "e2e-term-" + UUID.randomUUID().toString().substring(0, 8);
        TmuxSession t = tmux("sigterm", 100, 30, Map.of(), "--endpoint-url", moto.endpoint().toString(),
                "--template-file", TEMPLATE, "--readiness-url", heartbeat.baseUrl().toString(), "--stack-name", stack);
        awaitRegion(t);
        assertThat(t.display("#{alternate_on}")).as("the UI is on the alternate screen").isEqualTo("1");
        long pid = javaPid(stack);
        Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(pid)).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
        assertThat(t.awaitExit(SCREEN)).as("killed by SIGTERM").isEqualTo(143);
        assertRestored(t);
    }

    // ---- 4. face choice ---------------------------------------------------------------------------

    @Test
    void noTtyGivesThePlainFace() throws Exception {
        Run r = plain(Map.of("TERM", "xterm-256color"), "--endpoint-url", moto.endpoint().toString(),
                "--template-file", TEMPLATE, "--readiness-url", heartbeat.baseUrl().toString());
        assertThat(r.exit()).as("stdin ended before the dialogue did").isEqualTo(2);
        assertThat(r.err()).contains("== Region").containsPattern("(?m)^ +19\\) us-east-1 ").contains("Region [us-east-1]:")
                .contains("standard input ended").doesNotContain("\u001b");
        assertThat(r.out()).doesNotContain("\u001b");
    }

    @Test
    void termDumbGivesThePlainFace() {
        TmuxSession t = tmux("dumb", 100, 30, Map.of("TERM", "dumb"), "--endpoint-url",
                moto.endpoint().toString(), "--template-file", TEMPLATE);
        t.await("Region [us-east-1]:", SCREEN);
        assertThat(t.history()).contains("== Region").containsPattern("(?m)^ +19\\) us-east-1 ")
                .doesNotContain("chroma-setup ─").doesNotContain("step 2 of 7");
        assertThat(t.display("#{alternate_on}")).isEqualTo("0");
        assertThat(t.rawOutput()).doesNotContain("\u001b[?1049h");
        t.keys("C-c");
        t.awaitExit(SCREEN);
    }

    @Test
    void plainFlagGivesThePlainFaceInATerminal() {
        TmuxSession t = tmux("plain", 100, 30, Map.of(), "--plain", "--endpoint-url",
                moto.endpoint().toString(), "--template-file", TEMPLATE);
        t.await("Region [us-east-1]:", SCREEN);
        assertThat(t.history()).contains("== Region").containsPattern("(?m)^ +19\\) us-east-1 ")
                .doesNotContain("chroma-setup ─").doesNotContain("step 2 of 7");
        assertThat(t.display("#{alternate_on}")).isEqualTo("0");
        t.keys("C-c");
        t.awaitExit(SCREEN);
    }

    @Test
    void noColorKeepsTheFullScreenFaceWithoutColours() {
        TmuxSession t = tmux("no-color", 100, 30, Map.of("NO_COLOR", "1"), "--endpoint-url",
                moto.endpoint().toString(), "--template-file", TEMPLATE);
        awaitRegion(t);
        String escaped = t.screenWithEscapes();
        assertThat(escaped).as("full screen face").contains("chroma-setup ─").contains("step 2 of 7");
        assertThat(colours(escaped)).as("colour in the capture: " + visible(escaped)).isEmpty();
        assertThat(colours(t.rawOutput())).as("colour in what the program wrote").isEmpty();
        t.keys("q");
        t.awaitExit(SCREEN);
        assertRestored(t);
    }

    @Test
    void coloursAreUsedWithoutNoColor() {
        // the NO_COLOR test above would pass on a program that never uses colour: check that this one does
        TmuxSession t = tmux("color", 100, 30, Map.of(), "--endpoint-url", moto.endpoint().toString(),
                "--template-file", TEMPLATE);
        awaitRegion(t);
        assertThat(colours(t.screenWithEscapes())).isNotEmpty();
        t.keys("q");
        t.awaitExit(SCREEN);
    }

    // ---- 5. small terminal ---------------------------------------------------------------------------

    @Test
    void aSmallWindowAsksForMoreRoomAndTheWizardComesBackWhenResized() {
        TmuxSession t = tmux("small", 70, 20, Map.of(), "--endpoint-url", moto.endpoint().toString(),
                "--template-file", TEMPLATE);
        String small = t.await("Make the window at least 80×24", SCREEN);
        assertThat(small).contains("(now 70×20)").doesNotContain("step 2 of 7");
        t.resize(100, 30);
        awaitRegion(t);
        t.resize(79, 30);
        t.await("(now 79×30)", SCREEN);
        t.resize(100, 30);
        awaitRegion(t);
        t.keys("q");
        t.awaitExit(SCREEN);
        assertRestored(t);
    }

    // ---- the walk -----------------------------------------------------------------------------------

    private static void awaitRegion(TmuxSession t) {
        t.await(s -> s.contains("step 2 of 7") && s.contains("Where the Chroma server will run")
                && s.contains("▸ us-east-1"), "the Region screen with us-east-1 selected", SCREEN);
    }

    /** Region → Size → Access (no key pair, accept the exposure) → Options (telemetry with a secret header). */
    private static void walkToReview(TmuxSession t, String secretHeader) {
        awaitRegion(t);
        t.keys("Enter");
        t.await(s -> s.contains("step 4 of 7") && s.contains("▸ t3.small"), "the Size screen", SCREEN);
        t.keys("Enter");
        t.await(s -> s.contains("step 5 of 7") && s.contains("▸ No key pair"), "the Access screen", SCREEN);
        t.keys("Enter");
        String exposure = t.await("I understand; continue?", SCREEN);
        assertThat(exposure).contains("port 8000").contains("no authentication").contains("[ No ]");
        t.type("y");
        t.await(s -> s.contains("I understand; continue?") && s.contains("[ Yes ]"), "Yes on the exposure", SCREEN);
        t.keys("Enter");
        t.await(s -> s.contains("step 6 of 7") && s.contains("▸ Chroma version"), "the Options form", SCREEN);
        t.keys("Enter");
        t.await("▸ OpenTelemetry endpoint", SCREEN);
        t.type("http://127.0.0.1:4318");
        t.await("http://127.0.0.1:4318", SCREEN);
        t.keys("Enter");
        t.await("▸ OpenTelemetry service name", SCREEN);
        t.keys("Enter");
        t.await("▸ OpenTelemetry headers", SCREEN);
        t.type("x-api-key=" + secretHeader);
        String typed = t.await("•".repeat(24), SCREEN);
        assertThat(typed).doesNotContain(secretHeader).doesNotContain("x-api-key");
        t.keys("Enter");
        String stack = t.await("▸ Stack name", SCREEN);
        assertThat(stack).contains("•••••• (set, 24 characters)");
        t.keys("Enter");
        t.await(s -> s.contains("step 7 of 7") && s.contains("Create these resources now?"), "the Review screen",
                SCREEN);
    }

    // ---- checks ------------------------------------------------------------------------------------

    /** After the program: echo and canonical mode on, the alternate screen left, the cursor shown. */
    private static void assertRestored(TmuxSession t) {
        String stty = t.awaitStty(SCREEN);
        Set<String> flags = Arrays.stream(stty.split("[\\s;]+")).collect(Collectors.toSet());
        assertThat(flags).as("stty -a after the program:\n" + stty)
                .contains("echo", "icanon", "isig", "icrnl", "opost").doesNotContain("-echo", "-icanon", "-isig");
        assertThat(t.display("#{alternate_on}")).as("alternate screen left").isEqualTo("0");
        assertThat(t.display("#{cursor_flag}")).as("cursor visible").isEqualTo("1");
        String screen = t.screen();
        assertThat(screen).as("the shell, not the UI").contains("EXIT=").contains("STTY-DONE")
                .doesNotContain("chroma-setup ─");
    }

    private static void assertNeverShown(TmuxSession t, String secret) {
        t.history();
        for (String capture : t.allCaptures()) {
            assertThat(capture).doesNotContain(secret);
        }
        assertThat(t.rawOutput()).as("bytes written to the terminal").doesNotContain(secret);
        assertThat(t.stdout()).doesNotContain(secret);
    }

    /**
     * The SGR sequences that set a colour: 30–37 / 40–47, 38 / 48 (256 colours and RGB), bright 90–97 /
     * 100–107. 39 and 49 (back to the terminal's default colour) and bold / reverse are not colours.
     */
    static List<String> colours(String text) {
        List<String> found = new ArrayList<>();
        var m = SGR.matcher(text);
        while (m.find()) {
            for (String p : m.group(1).split("[;:]")) {
                if (p.isEmpty()) {
                    continue;
                }
                int n = Integer.parseInt(p);
                if (n >= 30 && n <= 38 || n >= 40 && n <= 48 || n >= 90 && n <= 97 || n >= 100 && n <= 107) {
                    found.add(visible(m.group()));
                    break;
                }
            }
        }
        return found;
    }

    private static String visible(String s) {
        return s.replace("\u001b", "\\e");
    }

    // ---- running the launcher ---------------------------------------------------------------------------

    private TmuxSession tmux(String name, int columns, int rows, Map<String, String> extra, String... args) {
        try {
            Path dir = Files.createDirectory(work.resolve(name));
            Path home = Files.createDirectory(dir.resolve("home"));
            Map<String, String> env = TmuxSession.env(
                    "HOME", home.toString(),
                    "TERM", "xterm-256color",
                    "AWS_EC2_METADATA_DISABLED", "true",
                    "CHROMA_SETUP_READINESS_INTERVAL", "200ms",
                    "CHROMA_SETUP_EVENTS_POLL_INTERVAL", "200ms",
                    "CHROMA_SETUP_JAVA_OPTS", "-XX:TieredStopAtLevel=1");
            env.putAll(MotoAws.testEnv());
            env.putAll(extra);
            List<String> command = new ArrayList<>();
            command.add(LAUNCHER.toString());
            command.addAll(List.of(args));
            TmuxSession t = TmuxSession.start(dir, columns, rows, env, command);
            sessions.add(t);
            return t;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record Run(int exit, String out, String err) {
    }

    /** The launcher as a plain child process: no terminal at all (stdin /dev/null, stdout and stderr files). */
    private Run plain(Map<String, String> extraEnv, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(List.of(args));
        Path dir = Files.createTempDirectory(work, "plain");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("CHROMA_SETUP_") || k.equals("NO_COLOR")
                || k.equals("ACCESSIBLE"));
        env.putAll(MotoAws.testEnv());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("HOME", Files.createDirectory(dir.resolve("home")).toString());
        env.put("CHROMA_SETUP_JAVA_OPTS", "-XX:TieredStopAtLevel=1");
        env.putAll(extraEnv);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 120 s: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The JVM's pid, found by a string only this test's command line has (never a broad name). */
    private static long javaPid(String marker) throws Exception {
        Process p = new ProcessBuilder("pgrep", "-f", "dev\\.chromasetup\\.Main.*" + marker)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        List<String> pids = out.lines().filter(l -> !l.isBlank()).toList();
        assertThat(pids).as("exactly one java process for " + marker).hasSize(1);
        return Long.parseLong(pids.get(0).strip());
    }
}
