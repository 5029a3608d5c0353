package dev.chromasetup.wizard;

import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;

import java.util.List;
import java.util.Set;

/**
 * The flow as a pure function: {@code next(state, event) → (state, effects)}. Nothing here touches the
 * network, the terminal or the clock; time arrives inside events. Every rule and every path of the
 * wizard is therefore a plain unit test.
 */
public final class Wizard {
    private final SetupSteps setup;
    private final StackSteps stacks;

    public Wizard(WizardRules rules) {
        this.stacks = new StackSteps(rules);
        this.setup = new SetupSteps(rules, stacks);
    }

    public Transition next(WizardState previous, Event event) {
        if (previous.finished()) {
            return Transition.of(previous);
        }
        WizardState state = withoutMessages(previous);
        if (event instanceof Event.Result result && !isAwaited(state, result.requestId())) {
            return Transition.of(previous); // stale: the user moved on since this was asked
        }
        if (event instanceof Event.Started started) {
            WizardState.Builder b = state.edit();
            b.startedAt = java.util.Optional.of(started.now());
            return setup.enterCredentials(b.build());
        }
        if (event instanceof Event.Interrupted) {
            return stacks.interrupted(state);
        }
        if (event instanceof Event.Failed failed) {
            return failedEffect(state, failed.error());
        }
        if (event instanceof Event.Back) {
            if (state.phase() != Phase.ASKING) {
                return Transition.of(state);
            }
            boolean stopQuestion = state.question().map(q -> q.field().equals(Questions.INTERRUPT)).orElse(false);
            return stopQuestion ? stacks.answered(state, "back") : setup.back(state);
        }
        if (event instanceof Event.Answered answered) {
            if (state.phase() != Phase.ASKING || state.question().isEmpty()) {
                return Transition.of(previous); // keys typed before a question appeared are ignored
            }
            if (state.question().get().field().equals(Questions.RETRY)) {
                return retryAnswered(state, answered.text());
            }
            Question open = state.question().get();
            if (open.field().equals(Questions.REVIEW_DECLINED)
                    && !Questions.choiceValue(open, answered.text()).orElse("").equals("quit")) {
                return setup.back(state); // back to the last option, every answer kept
            }
            return state.step().ordinal() >= Step.REVIEW.ordinal()
                    ? stacks.answered(state, answered.text())
                    : setup.answered(state, answered.text());
        }
        Event.Result result = (Event.Result) event;
        boolean aboutStack = result instanceof Event.StackCreated || result instanceof Event.StackPolled
                || result instanceof Event.ReadinessProbed || result instanceof Event.StackDeleteRequested
                || result instanceof Event.StackLookedUp && state.mode() != Mode.DEPLOY
                || result instanceof Event.SnapshotResult;
        return aboutStack ? stacks.result(state, result) : setup.result(state, result);
    }

    /** Messages belong to the transition that produced them: each event starts with none. */
    private static WizardState withoutMessages(WizardState state) {
        if (state.messages().isEmpty()) {
            return state;
        }
        WizardState.Builder b = state.edit();
        b.messages = List.of();
        return b.build();
    }

    private static boolean isAwaited(WizardState state, long requestId) {
        return state.awaited.contains(requestId);
    }

    /**
     * An effect failed. Interactive runs keep every answer and offer a retry of the step; non-interactive
     * runs end with the error and its exit code.
     */
    private Transition failedEffect(WizardState state, SetupException error) {
        if (!state.config().interactive() || error.exitCode() == ExitCode.USAGE) {
            return Flow.finish(state, Outcome.of(error));
        }
        if (state.step() == Step.CREDENTIALS && setup.profilePickerApplies(state) && state.profiles().size() > 1) {
            // these credentials did not work: another profile may (picking the same one retries)
            WizardState.Builder b = state.edit();
            b.awaited = Set.of();
            b.lastError = java.util.Optional.of(error);
            return setup.askProfile(b.build(), java.util.Optional.of(error));
        }
        WizardState.Builder b = state.edit();
        b.awaited = Set.of();
        b.phase = Phase.ASKING;
        b.question = java.util.Optional.of(Questions.retry(state.step(), error));
        b.lastError = java.util.Optional.of(error);
        return Transition.of(b.build());
    }

    private Transition retryAnswered(WizardState state, String text) {
        String answer = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (answer.equals("q") || answer.equals("quit")) {
            SetupException error = state.lastError.orElseThrow();
            return Flow.finish(state, Outcome.of(error));
        }
        WizardState cleared = state.edit().build();
        return state.step().ordinal() < Step.REVIEW.ordinal() ? setup.retryStep(cleared) : stacks.retry(cleared);
    }

    /** Ends the run from outside the flow (the face lost its input, the terminal went away). */
    public static WizardState end(WizardState state, Outcome outcome) {
        return Flow.finish(state, outcome).state();
    }

    /** Builds the first state of a run. */
    public static WizardState start(WizardConfig config, Answers answers) {
        return WizardState.initial(config, answers);
    }

    static List<Effect> none() {
        return List.of();
    }
}
