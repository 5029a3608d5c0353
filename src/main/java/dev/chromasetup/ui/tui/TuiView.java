package dev.chromasetup.ui.tui;

import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.text.DurationText;
import dev.chromasetup.ui.tui.Theme.Role;
import dev.chromasetup.wizard.Phase;
import dev.chromasetup.wizard.Question;
import dev.chromasetup.wizard.Step;
import dev.chromasetup.wizard.WizardState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one frame: a header with the step list, the body of the current screen, a status line, and a
 * footer with the keys that work here. Pure drawing: reads the state and the model, and changes only
 * where a list, the review or a text field is scrolled, which depends on the room the frame has.
 */
final class TuiView {
    static final int MIN_WIDTH = 80;
    static final int MIN_HEIGHT = 24;
    static final int BODY_TOP = 3;
    /** The destroy command's "type the stack name" question (wizard.Questions.CONFIRM_DESTROY). */
    private static final String CONFIRM_DESTROY = "confirm-destroy";

    /** Steps shown in the header before the stack exists. */
    private static final List<Step> SETUP = List.of(Step.CREDENTIALS, Step.REGION, Step.NETWORK, Step.SIZE,
            Step.ACCESS, Step.OPTIONS, Step.REVIEW);
    private static final List<Step> AFTER = List.of(Step.REVIEW, Step.DEPLOY, Step.READY, Step.DONE);

    private final QuestionView questions = new QuestionView();
    private final ProgressView progress;
    private final FinishView finish;
    private final OverlayView overlays;

    TuiView(FinishView finish, java.util.function.Supplier<java.time.ZoneId> zone) {
        this.finish = finish;
        this.progress = new ProgressView(zone);
        this.overlays = new OverlayView(zone);
    }

    /** Draws the frame; returns where the text cursor should be (null: hidden). */
    com.googlecode.lanterna.TerminalPosition render(WizardState s, TuiModel m, Canvas c, Instant now) {
        if (c.width() < MIN_WIDTH || c.height() < MIN_HEIGHT) {
            Body b = new Body(c, 0, c.height(), 1);
            b.add("Make the window at least " + MIN_WIDTH + "×" + MIN_HEIGHT + " (now " + c.width() + "×"
                    + c.height() + ").", Role.WARN);
            b.add("Ctrl-C quits.", Role.NORMAL);
            return null;
        }
        header(s, c, now);
        int bottom = c.height() - 3;
        Body body = new Body(c, BODY_TOP, bottom, 2);
        com.googlecode.lanterna.TerminalPosition cursor = null;
        if (s.finished()) {
            finish.render(s, m, body, now);
        } else if (s.step() == Step.READY) {
            progress.ready(s, m, body, now);
        } else if (s.step() == Step.DEPLOY && (s.stackId().isPresent() || s.phase() != Phase.ASKING)) {
            cursor = progress.deploy(s, m, body, now);
        } else if (s.phase() == Phase.ASKING && s.question().isPresent()) {
            cursor = questions.render(s, m, body);
        } else {
            progress.working(s, m, body);
        }
        status(s, m, c, bottom);
        c.rule(c.height() - 2, "");
        c.text(2, c.height() - 1, String.join(" · ", keys(s, m)), Role.NORMAL);
        if (m.overlay != TuiModel.Overlay.NONE) {
            overlays.render(s, m, c);
            return null;
        }
        return cursor;
    }

    private static void header(WizardState s, Canvas c, Instant now) {
        String title = title(s);
        String right = right(s, now);
        String head = " chroma-setup ─ " + title + " ";
        int fill = c.width() - Canvas.columns(head) - Canvas.columns(right) - 3;
        c.text(0, 0, head, Role.TITLE);
        c.text(Canvas.columns(head), 0, "─".repeat(Math.max(1, fill)), Role.MUTED);
        if (!right.isEmpty()) {
            c.text(c.width() - Canvas.columns(right) - 3, 0, " " + right + " ", Role.NORMAL);
        }
        steps(s, c);
    }

    private static String title(WizardState s) {
        if (s.finished()) {
            boolean ok = s.outcome().map(o -> o.exitCode() == ExitCode.OK).orElse(false);
            if (ok) {
                return s.step() == Step.DONE && s.readyAt().isPresent() ? "Chroma is ready" : "Finished";
            }
            return s.outcome().map(o -> o.exitCode() == ExitCode.CANCELLED).orElse(false) ? "Stopped" : "Something went wrong";
        }
        String where = s.answers().stackName() + " in " + s.answers().region();
        return switch (s.step()) {
            case DEPLOY -> s.deleting() ? "deleting " + where
                    : s.question().filter(q -> q.field().equals(CONFIRM_DESTROY)).isPresent() ? "destroy " + where
                    : s.stackId().isPresent() ? "deploying " + where : "Deploy";
            case READY -> "waiting for Chroma on " + s.answers().stackName();
            default -> s.step().title();
        };
    }

    private static String right(WizardState s, Instant now) {
        int i = SETUP.indexOf(s.step());
        if (!s.finished() && i >= 0) {
            return "step " + (i + 1) + " of " + SETUP.size();
        }
        return s.deployStartedAt().map(t -> DurationText.human(Duration.between(t, s.readyAt().orElse(now))))
                .orElse("");
    }

    /** "Credentials ✓ · Region ✓ · [Size] · Access · …", made shorter when it does not fit. */
    private static void steps(WizardState s, Canvas c) {
        Step current = s.step();
        List<Step> shown = current.ordinal() >= Step.DEPLOY.ordinal() ? AFTER : SETUP;
        List<String> parts = new ArrayList<>();
        if (shown == AFTER) {
            parts.add("Setup ✓");
        }
        for (Step step : shown) {
            boolean done = step.ordinal() < current.ordinal() || step == Step.DONE && s.finished()
                    && s.readyAt().isPresent();
            parts.add(step == current && !done ? "[" + step.title() + "]" : step.title() + (done ? " ✓" : ""));
        }
        String line = String.join(" · ", parts);
        if (Canvas.columns(line) > c.width() - 2) {
            line = String.join("  ", parts);
        }
        int col = 1;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            Role role = p.startsWith("[") ? Role.ACCENT : p.endsWith("✓") ? Role.OK : Role.MUTED;
            c.text(col, 1, p, role);
            col += Canvas.columns(p);
            if (i < parts.size() - 1) {
                String sep = line.contains(" · ") ? " · " : "  ";
                c.text(col, 1, sep, Role.MUTED);
                col += Canvas.columns(sep);
            }
        }
    }

    private static void status(WizardState s, TuiModel m, Canvas c, int row) {
        // one row: a longer message is cut with "…" at the edge, never in the middle of a word unmarked
        Body line = new Body(c, row, row + 1, 2);
        if (s.notice().isPresent() && !s.finished()) {
            line.line(0, "! " + s.notice().get(), Role.WARN);
        } else if (!m.lastMessage.isEmpty() && !s.finished()) {
            line.line(0, m.lastMessage, Role.MUTED);
        }
    }

    /** The keys that work on this screen, as the footer shows them. */
    static List<String> keys(WizardState s, TuiModel m) {
        if (m.overlay == TuiModel.Overlay.HELP) {
            return List.of("Esc close help");
        }
        if (m.overlay == TuiModel.Overlay.QUIT) {
            return List.of("←→ choose", "y quit", "n stay", "Enter confirm", "Esc stay");
        }
        if (m.overlay == TuiModel.Overlay.LOG) {
            return List.of("↑↓ PgUp PgDn scroll", "Home End oldest / newest", "Esc close log");
        }
        String log = FullLog.offered(s) ? FullLog.KEY : ""; // empty entries are dropped below
        boolean stack = s.stackId().isPresent();
        Question q = s.phase() == Phase.ASKING ? s.question().orElse(null) : null;
        String back = canGoBack(s) ? "Esc back" : "";
        List<String> keys = new ArrayList<>();
        if (s.finished()) {
            boolean done = s.step() == Step.DONE && s.serverIp().isPresent();
            keys.addAll(List.of(done ? "Tab Python / TypeScript" : "", done ? "s save snippets" : "", log, "Enter exit"));
        } else if (q == null) {
            keys.addAll(stack ? List.of("Ctrl-C: keep running and exit / cancel and delete", log, "? help")
                    : List.of(log, "? help", "q quit"));
        } else if (q.field().equals(TuiModel.RETRY_FIELD)) {
            keys.addAll(List.of("Enter retry", "q quit", log, "? help"));
        } else if (!q.choices().isEmpty()) {
            keys.addAll(List.of("↑↓ choose", "Enter next", back, log, "? help", "q quit"));
        } else if (q.confirmation()) {
            boolean review = q.field().equals(TuiModel.REVIEW_FIELD);
            keys.addAll(List.of("←→ or y/n choose", "Enter confirm", review ? "↑↓ scroll" : "", back, log, "? help",
                    "q quit"));
        } else {
            keys.addAll(List.of("type", "Enter next", back, "F1 help", "Ctrl-C quit"));
        }
        keys.removeIf(String::isEmpty);
        return keys;
    }

    static boolean canGoBack(WizardState s) {
        return s.phase() == Phase.ASKING && switch (s.step()) {
            case NETWORK, SIZE, ACCESS, OPTIONS, REVIEW -> true;
            default -> false;
        };
    }
}
