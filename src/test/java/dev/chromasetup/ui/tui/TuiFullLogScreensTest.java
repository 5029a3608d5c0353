package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.wizard.Event;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.chromasetup.ui.tui.TuiFixtures.instance;
import static org.assertj.core.api.Assertions.assertThat;

/** The full log ({@code l}) at 80×24: what it shows, where it opens, how it scrolls and follows. */
class TuiFullLogScreensTest {
    /** Where a reason wraps to in {@link #inside}: the margin, the box's space, then under the name. */
    private static final String UNDER_THE_NAME = " ".repeat(3 + FullLogLines.INDENT);
    private static final String FOOTER = "↑↓ PgUp PgDn scroll · Home End oldest / newest · Esc close log";

    /** The model after pressing {@code l} on the screen of {@code d}. */
    private static TuiModel pressL(StateDriver d) {
        TuiModel m = new TuiModel();
        m.follow(d.state);
        new TuiKeys(() -> { }).handle(d.state, m, new KeyStroke('l', false, false));
        return m;
    }

    private static void press(StateDriver d, TuiModel m, KeyType key) {
        new TuiKeys(() -> { }).handle(d.state, m, new KeyStroke(key));
    }

    private static String screen(StateDriver d, TuiModel m) {
        return Screens.render(d.state, m, 80, 24, d.now);
    }

    /** The screen without the box's side borders, trailing spaces cut: "#40\n" is a line's end. */
    private static String inside(String screen) {
        return screen.lines().map(l -> l.replace("│", "").stripTrailing()).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The deploy of {@link TuiScreensTest#deploying()} with {@code n} more events, reasons "#0" to "#n-1". */
    private static StateDriver deployingWith(int n) {
        StateDriver d = TuiScreensTest.deploying();
        return d.polled("CREATE_IN_PROGRESS", numbered(0, n), Map.of());
    }

    private static List<StackEvent> numbered(int from, int to) {
        List<StackEvent> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            events.add(instance("CREATE_IN_PROGRESS", "#" + i, 20 + i));
        }
        return events;
    }

    @Test
    void theFullLogShowsEveryEventWithItsWholeReasonWrappedUnderTheName() {
        StateDriver d = TuiScreensTest.failed();
        TuiModel m = pressL(d);
        String s = screen(d, m);
        assertThat(inside(s)).contains("┌─ Full log · events 1–9 of 9 ")
                .contains("12:00:00  Stack                         CREATE_IN_PROGRESS\n")
                .contains("\n" + UNDER_THE_NAME + "User Initiated\n")
                .contains("12:00:12  Chroma server (EC2 instance)  CREATE_FAILED\n")
                .contains("\n" + UNDER_THE_NAME + "The key pair 'laptop' does not exist (Service: Ec2, Status\n"
                        + UNDER_THE_NAME + "Code: 400)\n")
                .contains("12:00:21  Stack                         ROLLBACK_COMPLETE")
                .contains(FOOTER)
                .doesNotContain("Delete the failed stack now?"); // the box covers the screen below
        Screens.assertGolden("full-log", s);
    }

    @Test
    void failedEventsAreInTheErrorRoleTheOthersAreNot() {
        StateDriver d = TuiScreensTest.failed();
        Screens.Rendered r = Screens.render(d.state, pressL(d), 80, 24, d.now, false);
        int failed = TuiScreensTest.rowOf(r.text(), "CREATE_FAILED");
        assertThat(r.terminal().getCharacter(4, failed).getForegroundColor()).isEqualTo(TextColor.ANSI.RED);
        assertThat(r.terminal().getCharacter(12, failed + 1).getForegroundColor()).as("its reason")
                .isEqualTo(TextColor.ANSI.RED);
        int complete = TuiScreensTest.rowOf(r.text(), "ROLLBACK_COMPLETE");
        assertThat(r.terminal().getCharacter(4, complete).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
    }

    @Test
    void aLongLogOpensAtTheNewestEventsAndScrollsBackToTheOldest() {
        StateDriver d = deployingWith(60);
        TuiModel m = pressL(d);
        String end = inside(screen(d, m));
        assertThat(end).contains("#59").contains("#41").doesNotContain("#40\n").doesNotContain("User Initiated")
                .contains("events 46–64 of 64");

        press(d, m, KeyType.ArrowUp);
        assertThat(inside(screen(d, m))).contains("#40\n").doesNotContain("#59");
        press(d, m, KeyType.PageUp);
        assertThat(inside(screen(d, m))).contains("#21\n").doesNotContain("#40\n").contains("events 26–44 of 64");
        press(d, m, KeyType.Home);
        String oldest = screen(d, m);
        assertThat(oldest).contains("12:00:00  Stack").contains("User Initiated").contains("events 1–");
        press(d, m, KeyType.PageDown);
        assertThat(screen(d, m)).doesNotContain("User Initiated").doesNotContain("#59");
        press(d, m, KeyType.End);
        assertThat(inside(screen(d, m))).isEqualTo(end);
        press(d, m, KeyType.ArrowDown); // already at the end: stays
        assertThat(inside(screen(d, m))).isEqualTo(end);
    }

    @Test
    void atTheEndNewEventsAreFollowedScrolledBackThePositionIsKept() {
        StateDriver d = deployingWith(60);
        TuiModel m = pressL(d);
        d.polled("CREATE_IN_PROGRESS", numbered(60, 63), Map.of());
        assertThat(screen(d, m)).contains("#62").contains("events 49–67 of 67");

        for (int i = 0; i < 5; i++) {
            press(d, m, KeyType.ArrowUp);
        }
        String held = inside(screen(d, m));
        assertThat(held).contains("#57\n").doesNotContain("#58").contains("events 44–62 of 67");
        d.polled("CREATE_IN_PROGRESS", numbered(63, 70), Map.of());
        assertThat(inside(screen(d, m))).contains("#57\n").doesNotContain("#58").contains("events 44–62 of 74");

        press(d, m, KeyType.End);
        assertThat(screen(d, m)).contains("#69").contains("of 74");

        press(d, m, KeyType.PageUp);
        press(d, m, KeyType.PageDown); // back at the end by scrolling: following again
        d.polled("CREATE_IN_PROGRESS", numbered(70, 71), Map.of());
        assertThat(screen(d, m)).contains("#70").contains("of 75");
    }

    @Test
    void escLAndQCloseTheLogAndQDoesNotQuit() {
        for (KeyStroke close : List.of(new KeyStroke(KeyType.Escape), new KeyStroke('l', false, false),
                new KeyStroke('L', false, false), new KeyStroke('q', false, false))) {
            StateDriver d = deployingWith(3);
            TuiModel m = pressL(d);
            assertThat(m.overlay).isEqualTo(TuiModel.Overlay.LOG);
            assertThat(new TuiKeys(() -> { }).handle(d.state, m, close)).as("%s sends nothing", close).isEmpty();
            assertThat(m.overlay).as("after %s", close).isEqualTo(TuiModel.Overlay.NONE);
            assertThat(m.userQuit).isFalse();
            assertThat(m.exit).isFalse();
        }
    }

    @Test
    void theDeployScreensOfferTheLogInTheFooterAndHelp() {
        assertThat(screen(TuiScreensTest.deploying(), new TuiModel()))
                .contains("Ctrl-C: keep running and exit / cancel and delete · l full log · ? help");
        assertThat(screen(TuiScreensTest.failed(), new TuiModel()))
                .contains("←→ or y/n choose · Enter confirm · l full log · ? help · q quit");
        assertThat(screen(TuiScreensTest.ready(), new TuiModel()))
                .contains("Ctrl-C: keep running and exit / cancel and delete · l full log · ? help");
        StateDriver finished = TuiScreensTest.failed();
        finished.send(new Event.Answered("n"));
        assertThat(screen(finished, new TuiModel())).contains("l full log · Enter exit");
        assertThat(pressL(finished).overlay).isEqualTo(TuiModel.Overlay.LOG);

        TuiModel help = new TuiModel();
        help.overlay = TuiModel.Overlay.HELP;
        assertThat(screen(TuiScreensTest.deploying(), help)).contains("l shows the full log");
    }

    @Test
    void withoutEventsLDoesNothingAndIsNotOffered() {
        StateDriver created = StateDriver.atReview();
        created.send(new Event.Answered("y")).created(); // the stack exists; no event has come yet
        assertThat(created.state.events()).isEmpty();
        assertThat(screen(created, new TuiModel())).doesNotContain("l full log");
        assertThat(pressL(created).overlay).isEqualTo(TuiModel.Overlay.NONE);

        StateDriver region = StateDriver.atRegion();
        assertThat(screen(region, new TuiModel())).doesNotContain("l full log");
        TuiModel help = new TuiModel();
        help.overlay = TuiModel.Overlay.HELP;
        assertThat(screen(region, help)).doesNotContain("l shows the full log");
    }

    @Test
    void inAListTheLogOpensOnlyBeforeANumberIsTyped() {
        StateDriver d = TuiScreensTest.deploying().send(new Event.Interrupted()); // keep / delete / back
        TuiModel m = new TuiModel();
        m.follow(d.state);
        m.typed.insert("2");
        new TuiKeys(() -> { }).handle(d.state, m, new KeyStroke('l', false, false));
        assertThat(m.overlay).isEqualTo(TuiModel.Overlay.NONE);
        assertThat(pressL(d).overlay).isEqualTo(TuiModel.Overlay.LOG);
    }
}
