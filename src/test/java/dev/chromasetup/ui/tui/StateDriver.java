package dev.chromasetup.ui.tui;

import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.deploy.ProbeResult;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.wizard.Answers;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Event;
import dev.chromasetup.wizard.Transition;
import dev.chromasetup.wizard.Wizard;
import dev.chromasetup.wizard.WizardRules;
import dev.chromasetup.wizard.WizardState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Drives the real wizard to the state a screen test needs, answering effects from the fake world. */
final class StateDriver {
    final Wizard wizard = new Wizard(new WizardRules());
    WizardState state;
    List<Effect> effects = List.of();
    Instant now = TuiFixtures.T0;
    Optional<DefaultVpc> vpc = Optional.of(new DefaultVpc("vpc-1", "172.31.0.0/16", 3));
    List<String> keyPairs = List.of("laptop");
    boolean credentialsFail;

    StateDriver() {
        this(TuiFixtures.answers());
    }

    StateDriver(Answers answers) {
        state = Wizard.start(TuiFixtures.config(), answers);
    }

    StateDriver send(Event event) {
        Transition t = wizard.next(state, event);
        state = t.state();
        effects = t.effects();
        return this;
    }

    StateDriver start() {
        return send(new Event.Started(now));
    }

    StateDriver answer(String text) {
        return send(new Event.Answered(text)).settle();
    }

    <E extends Effect> E effect(Class<E> type) {
        return effects.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " among " + effects));
    }

    StateDriver settle() {
        int guard = 0;
        while (!effects.isEmpty() && guard++ < 50) {
            List<Effect> pending = new ArrayList<>(effects);
            List<Effect> next = new ArrayList<>();
            for (Effect e : pending) {
                Optional<Event> answer = credentialsFail && e instanceof Effect.CheckCredentials
                        ? Optional.of(new Event.Failed(e.requestId(), SetupException.blocked("No AWS credentials found",
                        "none of the environment, ~/.aws/credentials, ~/.aws/config or SSO gave any",
                        "export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run aws configure")))
                        : TuiFixtures.setup(e, vpc, keyPairs);
                if (answer.isEmpty()) {
                    effects = pending;
                    return this;
                }
                send(answer.get());
                next.addAll(effects);
            }
            effects = next;
        }
        return this;
    }

    /** Started and settled at the region question. */
    static StateDriver atRegion() {
        return new StateDriver().start().settle();
    }

    static StateDriver atReview() {
        StateDriver d = atRegion();
        d.answer("3"); // us-east-1
        d.answer("1"); // t3.small
        d.answer("2"); // key pair "laptop"
        d.answer("y"); // exposure
        for (int i = 0; i < 5; i++) {
            d.answer("");
        }
        return d;
    }

    StateDriver created() {
        return send(new Event.StackCreated(effect(Effect.CreateStack.class).requestId(), TuiFixtures.STACK_ID, now));
    }

    StateDriver polled(String status, List<StackEvent> events, Map<String, String> outputs) {
        long id = effect(Effect.PollStack.class).requestId();
        return send(new Event.StackPolled(id, events, Optional.of(status), Optional.empty(), outputs, false,
                Optional.empty(), Duration.ofSeconds(2), now));
    }

    StateDriver probed(ProbeResult result) {
        return send(new Event.ReadinessProbed(effect(Effect.ProbeReadiness.class).requestId(), result, now));
    }
}
