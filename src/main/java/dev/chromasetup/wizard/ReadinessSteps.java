package dev.chromasetup.wizard;

import dev.chromasetup.text.Secret;
import dev.chromasetup.deploy.ReadinessWait;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * After CREATE_COMPLETE: wait for Chroma's heartbeat (the stack completes minutes before the server
 * answers), saying what is probably happening, until it answers or the wait times out with what to
 * check. Skipped with --no-wait, and for a template that only completes once Chroma answered.
 */
final class ReadinessSteps {
    private final WizardRules rules;

    ReadinessSteps(WizardRules rules) {
        this.rules = rules;
    }

    Transition created(WizardState state, Instant now) {
        boolean signalled = state.stack().map(s -> s.outputs().containsKey("DataVolumeId")).orElse(false);
        if (signalled && rules.readinessToken(state).isEmpty()) {
            // the hardened template completes only after Chroma answered on the instance; without its token
            // (watch: the token is NoEcho) a probe from here would only see the proxy's 401
            WizardState.Builder b = state.edit();
            b.step = Step.DONE;
            b.messages = Flow.append(state.messages(), "The template reported CREATE_COMPLETE only after Chroma"
                    + " answered its heartbeat on the server.");
            return Flow.finish(b, Outcome.ok(Messages.doneSummary(state)));
        }
        if (state.config().noWait() || state.serverIp().isEmpty() && state.config().readinessUrl().isEmpty()) {
            WizardState.Builder b = state.edit();
            b.step = Step.DONE;
            return Flow.finish(b, Outcome.ok(Messages.doneSummary(state)));
        }
        WizardState.Builder b = state.edit();
        b.readyStartedAt = Optional.of(now);
        return probe(b, Duration.ZERO);
    }

    Transition probe(WizardState.Builder b, Duration after) {
        URI url = rules.heartbeatUrl(b.build());
        Secret token = rules.readinessToken(b.build());
        return Flow.work(b, Step.READY, id -> new Effect.ProbeReadiness(id, url, after, token));
    }

    Transition probed(WizardState.Builder b, Event.ReadinessProbed e) {
        b.lastProbe = Optional.of(e.result());
        WizardState state = b.build();
        ReadinessWait wait = new ReadinessWait(state.readyStartedAt().orElse(e.now()), state.config().readyTimeout(),
                state.config().readinessInterval(), state.serverIp().orElse("the server"),
                Optional.of(state.answers().keyName()).filter(k -> !k.isEmpty()).map(k -> "~/.ssh/" + k + ".pem"));
        ReadinessWait.Decision decision = wait.next(e.result(), e.now());
        if (decision instanceof ReadinessWait.Ready) {
            b.readyAt = Optional.of(e.now());
            b.step = Step.DONE;
            return Flow.finish(b, Outcome.ok(Messages.doneSummary(b.build())));
        }
        if (decision instanceof ReadinessWait.TimedOut timedOut) {
            return Flow.finish(state, Outcome.of(Messages.readinessTimedOut(state, timedOut.message())));
        }
        ReadinessWait.KeepWaiting keep = (ReadinessWait.KeepWaiting) decision;
        b.readinessPhase = Optional.of(keep.phase());
        return probe(b, keep.delay());
    }
}
