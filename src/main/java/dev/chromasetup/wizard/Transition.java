package dev.chromasetup.wizard;

import java.util.List;

/** The answer of the state machine to one event: the new state and what must be done now. */
public record Transition(WizardState state, List<Effect> effects) {
    public Transition {
        effects = List.copyOf(effects);
    }

    public static Transition of(WizardState state, Effect... effects) {
        return new Transition(state, List.of(effects));
    }
}
