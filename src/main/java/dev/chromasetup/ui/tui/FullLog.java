package dev.chromasetup.ui.tui;

import dev.chromasetup.wizard.Phase;
import dev.chromasetup.wizard.Step;
import dev.chromasetup.wizard.WizardState;

/**
 * When the full log ({@code l}) is offered: once the stack has events to show, on the screens that
 * follow a stack (deploy, destroy, the readiness wait) and on the finished screens after them. Never
 * while a text field is open: there {@code l} is a letter (the destroy command's "type the stack
 * name" question).
 */
final class FullLog {
    /** The footer's words, as the UX spec writes them. */
    static final String KEY = "l full log";

    private FullLog() {
    }

    static boolean offered(WizardState s) {
        boolean followingAStack = s.finished() || s.step() == Step.DEPLOY || s.step() == Step.READY;
        boolean typing = s.phase() == Phase.ASKING && s.question().filter(TuiModel::isTextField).isPresent();
        return followingAStack && !s.events().isEmpty() && !typing;
    }
}
