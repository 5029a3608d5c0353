package dev.chromasetup.ui.tui;

import dev.chromasetup.wizard.Choice;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Question;
import dev.chromasetup.wizard.WizardState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the full-screen face keeps beside the wizard's state: the selection in a list, the text being
 * typed, the open overlay and where the full log is scrolled, the Done tab, the screen's size. Owned by
 * the GUI loop thread only; the views read it.
 */
final class TuiModel {
    enum Overlay { NONE, HELP, QUIT, LOG }

    /** Review field name in {@link Question#field()} (stable, documented as such). */
    static final String REVIEW_FIELD = "confirm-create";
    static final String RETRY_FIELD = "retry";

    Question question;
    int selected;
    /** What is typed: the answer of a text field, or a value typed over a list. */
    final LineEditor typed = new LineEditor();
    /** The first character a text field shows when its value is longer than the field ({@link FieldView}). */
    int fieldFrom;
    int scroll;
    Overlay overlay = Overlay.NONE;
    int dialogChoice;
    int doneTab;
    String doneNotice = "";
    String lastMessage = "";
    boolean userQuit;
    boolean exit;
    boolean tooSmall;
    /** The screen's size as the loop last saw it: the full log's keys scroll by its pages. */
    int columns = TuiView.MIN_WIDTH;
    int rows = TuiView.MIN_HEIGHT;
    final LogScroll log = new LogScroll();
    int spinner;
    private dev.chromasetup.wizard.Step lastStep;
    /** Effects started and not yet answered, by request id: what "working" is about. */
    final Map<Long, Effect> inFlight = new LinkedHashMap<>();

    /**
     * Follows the wizard's state: a new question resets the selection and the text; the same question
     * asked again (with an error) keeps what the user typed. Returns true when a new question opened.
     */
    boolean follow(WizardState state) {
        if (state.step() != lastStep) {
            lastMessage = ""; // a message belongs to the screen it came with
            lastStep = state.step();
        }
        if (!state.messages().isEmpty()) {
            lastMessage = String.join("  ", state.messages());
        }
        inFlight.keySet().retainAll(state.awaited());
        if (overlay == Overlay.LOG && !FullLog.offered(state)) {
            overlay = Overlay.NONE; // nothing left to show (a new attempt forgot the events)
        }
        Question q = state.question().orElse(null);
        if (q == question) {
            return false;
        }
        boolean same = q != null && question != null && q.step() == question.step()
                && q.field().equals(question.field());
        question = q;
        if (q == null || same) {
            return false;
        }
        scroll = 0;
        fieldFrom = 0;
        typed.clear();
        if (!q.choices().isEmpty()) {
            selected = initialChoice(q);
        } else if (q.confirmation()) {
            selected = q.defaultValue().trim().equalsIgnoreCase("y") ? 1 : 0;
        } else if (!q.secret()) {
            typed.set(q.defaultValue());
        }
        return true;
    }

    static int initialChoice(Question q) {
        List<Choice> choices = q.choices();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).value().equals(q.defaultValue()) && choices.get(i).enabled()) {
                return i;
            }
        }
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).enabled()) {
                return i;
            }
        }
        return 0;
    }

    /** Moves the selection by {@code delta}, skipping disabled choices; stays put at the ends. */
    void move(int delta) {
        List<Choice> choices = question.choices();
        int i = selected;
        int steps = Math.abs(delta);
        int dir = Integer.signum(delta);
        while (steps > 0) {
            int j = i + dir;
            while (j >= 0 && j < choices.size() && !choices.get(j).enabled()) {
                j += dir;
            }
            if (j < 0 || j >= choices.size()) {
                break;
            }
            i = j;
            steps--;
        }
        selected = i;
    }

    List<Effect> working() {
        return new ArrayList<>(inFlight.values());
    }

    Optional<Question> open() {
        return Optional.ofNullable(question);
    }

    boolean isTextField() {
        return question != null && isTextField(question);
    }

    /** A question answered by typing: every printable key is a letter of the answer. */
    static boolean isTextField(Question q) {
        return q.choices().isEmpty() && !q.confirmation() && !q.field().equals(RETRY_FIELD);
    }
}
