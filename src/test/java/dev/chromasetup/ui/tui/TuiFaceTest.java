package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.wizard.Phase;
import dev.chromasetup.wizard.Step;
import dev.chromasetup.wizard.WizardState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The face driven by keys on a virtual terminal, against a fake AWS that answers at once. */
class TuiFaceTest {
    @TempDir
    Path dir;

    static FakeWorld world() {
        return FakeWorld.quickDeploy(Clock.fixed(TuiFixtures.T0.plusSeconds(30), ZoneOffset.UTC));
    }

    /** From the region screen to the review with the defaults and the key pair "laptop". */
    static void toReview(FaceHarness h) {
        h.awaitScreen("▸ us-east-1");
        h.press(KeyType.Enter).awaitScreen("[Size]");
        h.press(KeyType.Enter).awaitScreen("[Access]");
        h.press(KeyType.ArrowDown).awaitScreen("▸ laptop");
        h.press(KeyType.Enter).awaitScreen("I understand; continue?");
        h.type("y").awaitScreen("[ Yes ]");
        h.press(KeyType.Enter).awaitScreen("▸ Chroma version");
        h.press(KeyType.Enter).awaitScreen("▸ OpenTelemetry endpoint");
        h.press(KeyType.Enter).awaitScreen("▸ OpenTelemetry service name");
        h.press(KeyType.Enter).awaitScreen("▸ OpenTelemetry headers");
        h.press(KeyType.Enter).awaitScreen("▸ Stack name");
        h.press(KeyType.Enter).awaitScreen("Create these resources now?");
    }

    @Test
    void walksTheWholeWizardToTheDoneScreenAndSavesTheSnippets() throws Exception {
        try (FaceHarness h = FaceHarness.start(world(), dir)) {
            toReview(h);
            assertThat(h.awaitScreen("[ No ]")).contains("Key pair     laptop");
            h.type("y").awaitScreen("[ Yes ]");
            h.press(KeyType.Enter);
            String done = h.awaitScreen("[ Python ]");
            assertThat(done).contains("chroma-setup ─ Chroma is ready").contains("http://54.1.2.3:8000")
                    .contains("client = chromadb.HttpClient(host=\"54.1.2.3\", port=8000)");
            h.press(KeyType.Tab).awaitScreen("[ TypeScript ]");
            Files.writeString(dir.resolve("chroma_client.py"), "mine");
            h.type("s").awaitScreen("Saved");
            assertThat(dir.resolve("chroma_client.py")).hasContent("mine");
            assertThat(Files.readString(dir.resolve("chroma_client-2.py"))).contains("chromadb.HttpClient(host=\"54.1.2.3\"");
            assertThat(Files.readString(dir.resolve("chroma_client.ts"))).contains("new ChromaClient");
            h.press(KeyType.Enter);
            WizardState end = h.finish();
            assertThat(end.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.OK);
            assertThat(end.serverIp()).contains("54.1.2.3");
        }
    }

    @Test
    void escGoesBackAndKeepsTheAnswers() throws Exception {
        try (FaceHarness h = FaceHarness.start(world(), dir)) {
            h.awaitScreen("▸ us-east-1");
            h.press(KeyType.ArrowDown).awaitScreen("▸ us-east-2");
            h.press(KeyType.Enter).awaitScreen("[Size]");
            h.press(KeyType.ArrowDown).awaitScreen("▸ t3.medium");
            h.press(KeyType.Enter).awaitScreen("[Access]");
            String size = h.press(KeyType.Escape).awaitScreen("[Size]");
            assertThat(size).containsPattern("▸ t3\\.medium .*\\(default\\)");
            String region = h.press(KeyType.Escape).awaitScreen("[Region]");
            assertThat(region).contains("▸ us-east-2  US East (Ohio)         (default)");
            h.type("q");
            assertThat(h.finish().outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        }
    }

    @Test
    void aRefusedAnswerBlocksNextAndShowsTheMessageAndQIsALetterInTextFields() throws Exception {
        try (FaceHarness h = FaceHarness.start(world(), dir)) {
            toReviewUpToStackName(h);
            for (int i = 0; i < "my-chroma-stack".length(); i++) {
                h.press(KeyType.Backspace);
            }
            h.type("q?bad name").awaitScreen("q?bad name");
            String refused = h.press(KeyType.Enter).awaitScreen("✗ Stack name");
            assertThat(refused).contains("Fix: use letters, digits and hyphens").contains("▸ Stack name")
                    .doesNotContain("Create these resources now?");
            assertThat(h.drawnState().step()).isEqualTo(Step.OPTIONS);
            for (int i = 0; i < "q?bad name".length(); i++) {
                h.press(KeyType.Backspace);
            }
            h.type("good-name").press(KeyType.Enter).awaitScreen("Stack        good-name in us-east-1");
            assertThat(h.quit().outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        }
    }

    static void toReviewUpToStackName(FaceHarness h) {
        h.awaitScreen("▸ us-east-1");
        h.press(KeyType.Enter).awaitScreen("[Size]");
        h.press(KeyType.Enter).awaitScreen("[Access]");
        h.press(KeyType.Enter).awaitScreen("I understand; continue?");
        h.press(KeyType.ArrowRight).awaitScreen("[ Yes ]");
        h.press(KeyType.Enter).awaitScreen("▸ Chroma version");
        for (String field : new String[] {"endpoint", "service name", "headers", "Stack name"}) {
            h.press(KeyType.Enter).awaitScreen("▸ " + (field.equals("Stack name") ? field : "OpenTelemetry " + field));
        }
    }

    @Test
    void ctrlCDuringTheDeployOffersToKeepItRunningAndEndsCancelled() throws Exception {
        FakeWorld w = world();
        w.polls.clear();
        w.completeWhenPollsRunOut = false;
        try (FaceHarness h = FaceHarness.start(w, dir)) {
            toReview(h);
            h.type("y").press(KeyType.Enter).awaitScreen("deploying my-chroma-stack");
            String asked = h.ctrlC().awaitScreen("▸ Keep it running in AWS and exit");
            assertThat(asked).contains("Cancel: delete the stack").contains("Go back to watching");
            h.press(KeyType.ArrowDown).press(KeyType.ArrowDown).awaitScreen("▸ Go back to watching");
            h.press(KeyType.Enter).await(s -> !s.contains("Go back to watching"), "the question to close");
            assertThat(h.drawnState().finished()).isFalse();
            h.ctrlC().awaitScreen("▸ Keep it running in AWS and exit");
            String stopped = h.press(KeyType.Enter).awaitScreen("keeps running in AWS");
            assertThat(stopped).contains("chroma-setup watch --stack-name my-chroma-stack");
            h.press(KeyType.Enter); // the outcome screen waits so the re-attach command can be read
            WizardState end = h.finish();
            assertThat(end.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
            assertThat(end.outcome().get().error().orElseThrow().what()).contains("keeps running in AWS");
            assertThat(end.outcome().get().error().get().fix()).contains("chroma-setup watch --stack-name my-chroma-stack");
        }
    }

    @Test
    void keysTypedBeforeTheReviewAppearedAreDropped() throws Exception {
        FakeWorld w = world();
        CountDownLatch lookUp = new CountDownLatch(1);
        w.lookUpGate = lookUp;
        AtomicBoolean typed = new AtomicBoolean();
        try (FaceHarness h = FaceHarness.start(w, dir)) {
            toReviewUpToStackName(h);
            // While the stack-name check runs, hold the face's loop after a frame, type "y" Enter, then let
            // the check answer: the keys are waiting in the terminal when the review opens.
            h.gate(s -> {
                if (s.step() == Step.OPTIONS && s.phase() == Phase.WORKING && typed.compareAndSet(false, true)) {
                    h.type("y").press(KeyType.Enter);
                    lookUp.countDown();
                }
            });
            h.press(KeyType.Enter);
            String review = h.awaitScreen("Create these resources now?");
            assertThat(review).contains("[ No ]");
            assertThat(typed).isTrue();
            h.press(KeyType.Escape).awaitScreen("▸ Stack name");
            assertThat(h.drawnState().stackId()).isEmpty();
            h.type("q"); // a letter here
            assertThat(h.quit().stackId()).isEmpty();
        }
    }

    @Test
    void aTooSmallWindowShowsOnlyTheMessageAndRelaysOutOnResize() throws Exception {
        try (FaceHarness h = new FaceHarness(70, 20, world(), dir).start()) {
            h.awaitScreen("Make the window at least 80×24 (now 70×20).");
            h.terminal.setTerminalSize(new TerminalSize(100, 30));
            String region = h.awaitScreen("▸ us-east-1");
            assertThat(region).contains("[Region]").doesNotContain("Make the window");
            h.terminal.setTerminalSize(new TerminalSize(79, 24));
            h.awaitScreen("(now 79×24)");
            h.ctrlC();
            assertThat(h.finish().outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        }
    }

    @Test
    void credentialsCanBeRetriedWithoutRestarting() throws Exception {
        FakeWorld w = world();
        w.credentialFailures.set(1);
        try (FaceHarness h = FaceHarness.start(w, dir)) {
            h.awaitScreen("Enter retry · q quit");
            h.press(KeyType.Enter).awaitScreen("[Region]");
            h.press(KeyType.F1).awaitScreen("┌─ Help");
            h.press(KeyType.Escape).await(s -> !s.contains("┌─ Help"), "help to close");
            h.type("q");
            assertThat(h.finish().outcome().orElseThrow().error().orElseThrow().what()).isEqualTo("Cancelled");
        }
    }

    @Test
    void qOnTheRetryScreenEndsWithTheError() throws Exception {
        FakeWorld w = world();
        w.credentialFailures.set(5);
        try (FaceHarness h = FaceHarness.start(w, dir)) {
            h.awaitScreen("Enter retry · q quit");
            h.type("q");
            WizardState end = h.finish();
            assertThat(end.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.BLOCKED);
            assertThat(end.outcome().get().error().orElseThrow().what()).isEqualTo("No AWS credentials found");
        }
    }

    @Test
    void aCrashInTheFaceRestoresTheTerminalAndEndsFailed() throws Exception {
        FakeWorld w = world();
        try (FaceHarness h = FaceHarness.start(w, dir)) {
            h.awaitScreen("▸ us-east-1");
            h.gate(s -> {
                throw new IllegalStateException("boom");
            });
            h.press(KeyType.ArrowDown);
            WizardState end = h.finish();
            assertThat(end.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.FAILED);
            assertThat(end.outcome().get().error().orElseThrow().what()).isEqualTo("The full-screen display stopped");
            assertThat(end.outcome().get().error().get().fix()).contains("--plain");
        }
    }
}
