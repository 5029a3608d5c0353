package dev.chromasetup.wizard;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Small moves shared by every step: ask a question, start effects, finish the run. */
final class Flow {
    private Flow() {
    }

    static Transition ask(WizardState state, Step step, Question question) {
        WizardState.Builder b = state.edit();
        b.step = step;
        b.phase = Phase.ASKING;
        b.question = Optional.of(question);
        b.awaited = Set.of();
        return Transition.of(b.build());
    }

    static Transition ask(WizardState.Builder b, Step step, Question question) {
        b.step = step;
        b.phase = Phase.ASKING;
        b.question = Optional.of(question);
        b.awaited = Set.of();
        return Transition.of(b.build());
    }

    /** Moves to {@code step} in the WORKING phase and starts the effects built by {@code effects}. */
    static Transition work(WizardState.Builder b, Step step, EffectFactory... effects) {
        b.step = step;
        b.phase = Phase.WORKING;
        b.question = Optional.empty();
        Set<Long> awaited = new HashSet<>();
        Effect[] started = new Effect[effects.length];
        for (int i = 0; i < effects.length; i++) {
            long id = ++b.lastRequest;
            awaited.add(id);
            started[i] = effects[i].create(id);
        }
        b.awaited = Set.copyOf(awaited);
        return Transition.of(b.build(), started);
    }

    static Transition finish(WizardState state, Outcome outcome) {
        WizardState.Builder b = state.edit();
        return finish(b, outcome);
    }

    static Transition finish(WizardState.Builder b, Outcome outcome) {
        b.phase = Phase.FINISHED;
        b.question = Optional.empty();
        b.awaited = Set.of();
        b.outcome = Optional.of(outcome);
        return Transition.of(b.build());
    }

    /** The messages of this transition so far, plus one line. */
    static java.util.List<String> append(java.util.List<String> messages, String line) {
        java.util.List<String> all = new java.util.ArrayList<>(messages);
        all.add(line);
        return java.util.List.copyOf(all);
    }

    /** Builds an effect once its request id is known. */
    @FunctionalInterface
    interface EffectFactory {
        Effect create(long requestId);
    }
}
