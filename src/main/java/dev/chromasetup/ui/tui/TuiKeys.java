package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.chromasetup.ui.tui.TuiModel.Overlay;
import dev.chromasetup.wizard.Event;
import dev.chromasetup.wizard.Phase;
import dev.chromasetup.wizard.Question;
import dev.chromasetup.wizard.WizardState;

import java.util.Optional;

/**
 * Turns one key into what it means on the current screen: a change of the face's model (selection,
 * text, overlay) and at most one event for the wizard. Enter on a list answers the 1-based number of the
 * selection; Esc is {@link Event.Back}; answers are only sent while a question is open.
 */
final class TuiKeys {
    /** Called when the user asks to save the snippets on the Done screen. */
    interface DoneActions {
        void save();
    }

    private final DoneActions done;

    TuiKeys(DoneActions done) {
        this.done = done;
    }

    /** The event to send to the wizard, if any; model changes (overlay, exit) happen in place. */
    Optional<Event> handle(WizardState s, TuiModel m, KeyStroke k) {
        if (k.getKeyType() == KeyType.EOF) {
            return quit(s, m);
        }
        if (isCtrlC(k)) {
            return ctrlC(s, m);
        }
        if (m.tooSmall) {
            return Optional.empty();
        }
        if (m.overlay != Overlay.NONE) {
            return overlay(s, m, k);
        }
        if (s.finished()) {
            return finished(s, m, k);
        }
        if (k.getKeyType() == KeyType.F1) {
            m.overlay = Overlay.HELP;
            return Optional.empty();
        }
        if (s.phase() != Phase.ASKING || m.question == null) {
            if (isChar(k, '?')) {
                m.overlay = Overlay.HELP;
            } else if (isChar(k, 'q')) {
                return askToQuit(s, m);
            } else if (FullLogKeys.opens(k) && FullLog.offered(s)) {
                FullLogKeys.open(m);
            }
            return Optional.empty();
        }
        if (FullLogKeys.opens(k) && FullLog.offered(s) && m.typed.isEmpty()) {
            FullLogKeys.open(m); // never in a text field (not offered there); in a list only before typing
            return Optional.empty();
        }
        Question q = m.question;
        if (q.field().equals(TuiModel.RETRY_FIELD)) {
            return retry(s, m, k);
        }
        if (m.isTextField()) {
            return text(m, k);
        }
        if (isChar(k, '?') && m.typed.isEmpty()) {
            m.overlay = Overlay.HELP;
            return Optional.empty();
        }
        if (isChar(k, 'q') && m.typed.isEmpty()) {
            return askToQuit(s, m);
        }
        return q.confirmation() ? confirm(m, k) : choice(m, k);
    }

    static boolean isCtrlC(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'c';
    }

    static boolean isChar(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown() && k.getCharacter() == c;
    }

    static boolean printable(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()
                && !Character.isISOControl(k.getCharacter());
    }

    // ---- quitting ----------------------------------------------------------------------------------

    private static Optional<Event> ctrlC(WizardState s, TuiModel m) {
        if (s.finished()) {
            m.exit = true;
            return Optional.empty();
        }
        if (m.tooSmall) {
            return quit(s, m);
        }
        if (s.stackId().isPresent() && !s.deleting()) {
            // the flow asks (keep running / cancel and delete / back); a second Ctrl-C keeps it running
            m.overlay = Overlay.NONE;
            return Optional.of(new Event.Interrupted());
        } else {
            m.overlay = Overlay.QUIT;
            m.dialogChoice = 0;
        }
        return Optional.empty();
    }

    /** q: quits at once while a question waits; asks first while work runs or a stack exists. */
    private static Optional<Event> askToQuit(WizardState s, TuiModel m) {
        if (s.stackId().isPresent() || s.phase() == Phase.WORKING) {
            return ctrlC(s, m);
        }
        return quit(s, m);
    }

    private static Optional<Event> quit(WizardState s, TuiModel m) {
        m.userQuit = true;
        m.overlay = Overlay.NONE;
        if (s.finished()) {
            m.exit = true;
            return Optional.empty();
        }
        return Optional.of(new Event.Interrupted());
    }

    private static Optional<Event> overlay(WizardState s, TuiModel m, KeyStroke k) {
        KeyType t = k.getKeyType();
        switch (m.overlay) {
            case HELP -> {
                if (t == KeyType.Escape || t == KeyType.Enter || t == KeyType.F1 || isChar(k, '?') || isChar(k, 'q')) {
                    m.overlay = Overlay.NONE;
                }
            }
            case QUIT -> {
                if (isChar(k, 'y') || t == KeyType.Enter && m.dialogChoice == 1) {
                    return quit(s, m);
                }
                if (isChar(k, 'n') || t == KeyType.Escape || t == KeyType.Enter) {
                    m.overlay = Overlay.NONE;
                } else if (t == KeyType.ArrowLeft || t == KeyType.ArrowRight || t == KeyType.Tab) {
                    m.dialogChoice = 1 - m.dialogChoice;
                }
            }
            case LOG -> FullLogKeys.handle(s, m, k);
            case NONE -> {
            }
        }
        return Optional.empty();
    }

    // ---- the finished screens -------------------------------------------------------------------

    private Optional<Event> finished(WizardState s, TuiModel m, KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Enter || t == KeyType.Escape || isChar(k, 'q')) {
            m.exit = true;
        } else if (FullLogKeys.opens(k) && FullLog.offered(s)) {
            FullLogKeys.open(m);
        } else if (t == KeyType.Tab || t == KeyType.ReverseTab || t == KeyType.ArrowLeft || t == KeyType.ArrowRight) {
            m.doneTab = 1 - Math.floorMod(m.doneTab, 2);
        } else if (isChar(k, 's')) {
            done.save();
        }
        return Optional.empty();
    }

    // ---- questions --------------------------------------------------------------------------------

    private static Optional<Event> retry(WizardState s, TuiModel m, KeyStroke k) {
        if (k.getKeyType() == KeyType.Enter) {
            return Optional.of(new Event.Answered(""));
        }
        if (isChar(k, 'q')) {
            m.userQuit = true;
            return Optional.of(new Event.Answered("q"));
        }
        if (isChar(k, '?')) {
            m.overlay = Overlay.HELP;
        } else if (k.getKeyType() == KeyType.Escape && TuiView.canGoBack(s)) {
            return Optional.of(new Event.Back());
        }
        return Optional.empty();
    }

    /** A free-text field: Enter answers, Esc goes back, every other key edits the line. */
    private static Optional<Event> text(TuiModel m, KeyStroke k) {
        switch (k.getKeyType()) {
            case Enter -> {
                return Optional.of(new Event.Answered(m.typed.text()));
            }
            case Escape -> {
                return Optional.of(new Event.Back());
            }
            default -> FieldKeys.edit(m.typed, k);
        }
        return Optional.empty();
    }

    private static Optional<Event> confirm(TuiModel m, KeyStroke k) {
        KeyType t = k.getKeyType();
        boolean review = m.question.field().equals(TuiModel.REVIEW_FIELD);
        if (t == KeyType.Enter) {
            return Optional.of(new Event.Answered(m.selected == 1 ? "y" : "n"));
        } else if (t == KeyType.Escape) {
            return Optional.of(new Event.Back());
        } else if (isChar(k, 'y') || isChar(k, 'Y')) {
            m.selected = 1;
        } else if (isChar(k, 'n') || isChar(k, 'N')) {
            m.selected = 0;
        } else if (t == KeyType.ArrowLeft || t == KeyType.ArrowRight || t == KeyType.Tab || t == KeyType.ReverseTab) {
            m.selected = 1 - m.selected;
        } else if (review && (t == KeyType.ArrowUp || t == KeyType.PageUp)) {
            m.scroll = Math.max(0, m.scroll - (t == KeyType.PageUp ? 10 : 1));
        } else if (review && (t == KeyType.ArrowDown || t == KeyType.PageDown)) {
            m.scroll += t == KeyType.PageDown ? 10 : 1; // the view clamps it
        }
        return Optional.empty();
    }

    private static Optional<Event> choice(TuiModel m, KeyStroke k) {
        switch (k.getKeyType()) {
            case ArrowUp -> m.move(-1);
            case ArrowDown, Tab -> m.move(1);
            case PageUp -> m.move(-10);
            case PageDown -> m.move(10);
            case Home -> m.move(-m.question.choices().size());
            case End -> m.move(m.question.choices().size());
            case Enter -> {
                String typed = m.typed.text().trim();
                return Optional.of(new Event.Answered(typed.isEmpty() ? String.valueOf(m.selected + 1) : typed));
            }
            case Escape -> {
                if (!m.typed.isEmpty()) {
                    m.typed.clear();
                } else {
                    return Optional.of(new Event.Back());
                }
            }
            // Over a list ←→ stay unused and typing only appends: the keys of a list come first.
            case Backspace -> m.typed.backspace();
            default -> {
                if (printable(k) && k.getCharacter() != ' ') {
                    m.typed.insert(k.getCharacter());
                }
            }
        }
        return Optional.empty();
    }
}
