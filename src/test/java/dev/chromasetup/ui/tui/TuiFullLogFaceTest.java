package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.ui.tui.FakeWorld.PollAnswer;
import dev.chromasetup.wizard.Mode;
import dev.chromasetup.wizard.Wizard;
import dev.chromasetup.wizard.WizardState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.chromasetup.ui.tui.TuiFixtures.instance;
import static dev.chromasetup.ui.tui.TuiFixtures.sg;
import static dev.chromasetup.ui.tui.TuiFixtures.stackEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** The full log driven by keys on a virtual terminal, while the fake AWS keeps sending events. */
class TuiFullLogFaceTest {
    private static final String BOX = "┌─ Full log";
    private static final Pattern POSITION = Pattern.compile("events \\d+–\\d+ of \\d+");

    @TempDir
    Path dir;

    /** Events of the server with the reasons "#from" to "#(to-1)". */
    private static List<StackEvent> numbered(int from, int to) {
        List<StackEvent> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            events.add(instance("CREATE_IN_PROGRESS", "#" + i, 10 + i));
        }
        return events;
    }

    private static void send(FakeWorld w, List<StackEvent> events) {
        synchronized (w.polls) {
            w.polls.add(new PollAnswer("CREATE_IN_PROGRESS", events, Map.of()));
        }
    }

    /** Enter on a finished screen ends the run with {@code code}. */
    private static void exitsWith(FaceHarness h, ExitCode code) throws InterruptedException {
        h.press(KeyType.Enter);
        assertThat(h.finish().outcome().orElseThrow().exitCode()).isEqualTo(code);
    }

    private static String position(String screen) {
        Matcher m = POSITION.matcher(screen);
        assertThat(m.find()).as("a position in:\n%s", screen).isTrue();
        return m.group();
    }

    @Test
    void duringADeployTheLogShowsEveryEventScrollsFollowsAndQOnlyClosesIt() throws Exception {
        FakeWorld w = TuiFaceTest.world();
        w.polls.clear();
        w.completeWhenPollsRunOut = false; // the stack stays in progress: events arrive when the test sends them
        send(w, numbered(0, 40));
        try (FaceHarness h = FaceHarness.start(w, dir)) {
            TuiFaceTest.toReview(h);
            h.type("y").press(KeyType.Enter);
            String deploy = h.awaitScreen("#39");
            assertThat(deploy).contains("l full log").doesNotContain("#20\n"); // the screen has room for the latest only

            String log = h.type("l").awaitScreen(BOX);
            assertThat(log).contains("#39").contains("of 40").doesNotContain("#0 ")
                    .contains("↑↓ PgUp PgDn scroll · Home End oldest / newest · Esc close log");
            h.press(KeyType.ArrowUp).await(s -> s.contains("#20 ") && !s.contains("#39"), "one line up");
            h.press(KeyType.Home).awaitScreen("events 1–");
            assertThat(h.awaitScreen("#0 ")).doesNotContain("#20 ");
            h.press(KeyType.End).awaitScreen("#39");

            send(w, numbered(40, 41)); // at the end: the log follows
            assertThat(h.awaitScreen("#40 ")).contains(BOX).contains("of 41");

            String held = h.press(KeyType.PageUp).await(s -> !s.contains("#40 "), "a page up");
            send(w, numbered(41, 43)); // scrolled back: the log stays where it is
            String after = h.await(s -> h.drawnState().events().size() == 43, "two more events");
            assertThat(position(after)).isEqualTo(position(held).replace("of 41", "of 43"));
            assertThat(after).contains(BOX).doesNotContain("#42 ");

            String closed = h.type("q").await(s -> !s.contains(BOX), "the log to close");
            assertThat(closed).contains("deploying my-chroma-stack").contains("#42")
                    .doesNotContain("Keep it running"); // q outside the log would have asked this
            assertThat(h.drawnState().finished()).isFalse();

            h.type("L").awaitScreen(BOX);
            h.press(KeyType.Escape).await(s -> !s.contains(BOX), "Esc to close the log");
            h.ctrlC().awaitScreen("▸ Keep it running in AWS and exit");
            h.press(KeyType.Enter).awaitScreen("keeps running in AWS");
            exitsWith(h, ExitCode.CANCELLED);
        }
    }

    @Test
    void onTheDoneScreenQClosesTheLogAndDoesNotExit() throws Exception {
        try (FaceHarness h = FaceHarness.start(TuiFaceTest.world(), dir)) {
            TuiFaceTest.toReview(h);
            h.type("y").press(KeyType.Enter);
            assertThat(h.awaitScreen("[ Python ]")).contains("s save snippets · l full log · Enter exit");
            String log = h.type("l").awaitScreen(BOX);
            assertThat(log).contains("events 1–6 of 6").contains("CREATE_COMPLETE");
            // q exits the Done screen; with the log open it only closes the log: a new frame proves it
            h.type("q").await(s -> !s.contains(BOX) && s.contains("[ Python ]"), "the Done screen again");
            assertThat(h.drawnState().finished()).isTrue();
            h.type("l").awaitScreen(BOX);
            h.type("l").await(s -> !s.contains(BOX), "l to close the log");
            exitsWith(h, ExitCode.OK);
        }
    }

    @Test
    void destroyTakesLAsALetterOfTheNameThenOffersTheLogOfTheDeletion() throws Exception {
        FakeWorld w = TuiFaceTest.world();
        w.polls.clear();
        w.existing = Optional.of(TuiFixtures.existingStack());
        w.polls.add(new PollAnswer("DELETE_IN_PROGRESS", List.of(stackEvent("DELETE_IN_PROGRESS", "User Initiated", 100),
                instance("DELETE_IN_PROGRESS", "", 101)), Map.of()));
        w.polls.add(new PollAnswer("DELETE_COMPLETE", List.of(instance("DELETE_COMPLETE", "", 140),
                sg("DELETE_COMPLETE", 141), stackEvent("DELETE_COMPLETE", "", 142)), Map.of()));
        WizardState destroy = Wizard.start(TuiFixtures.config(Mode.DESTROY, "region"), TuiFixtures.answers().withRegion("us-east-1"));
        try (FaceHarness h = new FaceHarness(80, 24, w, dir).start(destroy)) {
            assertThat(h.awaitScreen("Type the stack name")).doesNotContain("l full log");
            String typed = h.type("l").awaitScreen("(Enter keeps it)\n    l\n"); // the field, under its prompt
            assertThat(typed).doesNotContain(BOX);
            h.press(KeyType.Backspace).type("my-chroma-stack").press(KeyType.Enter).awaitScreen("Take a snapshot");
            h.type("n").press(KeyType.Enter);
            assertThat(h.awaitScreen("Deleted stack my-chroma-stack")).contains("l full log · Enter exit");
            String log = h.type("l").awaitScreen(BOX);
            assertThat(log).contains("events 1–5 of 5").contains("DELETE_COMPLETE").contains("User Initiated");
            h.press(KeyType.Escape).await(s -> !s.contains(BOX), "Esc to close the log");
            exitsWith(h, ExitCode.OK);
        }
    }

    @Test
    void inATextFieldLIsALetter() throws Exception {
        try (FaceHarness h = FaceHarness.start(TuiFaceTest.world(), dir)) {
            TuiFaceTest.toReviewUpToStackName(h);
            String typed = h.type("lL").awaitScreen("my-chroma-stacklL");
            assertThat(typed).doesNotContain(BOX).doesNotContain("l full log");
            assertThat(h.quit().outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        }
    }
}
