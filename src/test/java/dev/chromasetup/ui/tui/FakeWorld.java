package dev.chromasetup.ui.tui;

import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.deploy.ProbeResult;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Event;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static dev.chromasetup.ui.tui.TuiFixtures.instance;
import static dev.chromasetup.ui.tui.TuiFixtures.sg;
import static dev.chromasetup.ui.tui.TuiFixtures.stackEvent;

/** The runner the face's key-driven tests use: answers every effect at once, like a quick AWS. */
final class FakeWorld implements Function<Effect, Event> {
    final Clock clock;
    final AtomicInteger credentialFailures = new AtomicInteger();
    /** Stack polls, in order; when used up, the stack stays CREATE_IN_PROGRESS (or completes, see below). */
    final Deque<PollAnswer> polls = new ArrayDeque<>();
    volatile boolean completeWhenPollsRunOut = true;
    volatile CountDownLatch lookUpGate;
    /** What looking up the stack by name finds (status, watch, destroy); empty: the name is free. */
    volatile Optional<StackInfo> existing = Optional.empty();

    record PollAnswer(String status, List<StackEvent> events, Map<String, String> outputs) {
    }

    FakeWorld(Clock clock) {
        this.clock = clock;
    }

    static FakeWorld quickDeploy(Clock clock) {
        FakeWorld w = new FakeWorld(clock);
        w.polls.add(new PollAnswer("CREATE_IN_PROGRESS", List.of(stackEvent("CREATE_IN_PROGRESS", "User Initiated", 0),
                sg("CREATE_IN_PROGRESS", 2), sg("CREATE_COMPLETE", 8),
                instance("CREATE_IN_PROGRESS", "Resource creation Initiated", 9)), Map.of()));
        w.polls.add(new PollAnswer("CREATE_COMPLETE", List.of(instance("CREATE_COMPLETE", "", 60),
                stackEvent("CREATE_COMPLETE", "", 61)), Map.of("ServerIp", "54.1.2.3")));
        return w;
    }

    @Override
    public Event apply(Effect e) {
        long id = e.requestId();
        if (e instanceof Effect.CheckCredentials && credentialFailures.getAndDecrement() > 0) {
            return new Event.Failed(id, SetupException.blocked("No AWS credentials found",
                    "none of the environment, ~/.aws/credentials, ~/.aws/config or SSO gave any",
                    "export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run aws configure"));
        }
        if (e instanceof Effect.LookUpStack && lookUpGate != null) {
            await(lookUpGate);
        }
        if (e instanceof Effect.LookUpStack && existing.isPresent()) {
            return new Event.StackLookedUp(id, existing);
        }
        Optional<Event> setup = TuiFixtures.setup(e, Optional.of(new DefaultVpc("vpc-1", "172.31.0.0/16", 3)),
                List.of("laptop"));
        if (setup.isPresent()) {
            return setup.get();
        }
        if (e instanceof Effect.CreateStack) {
            return new Event.StackCreated(id, TuiFixtures.STACK_ID, clock.instant());
        }
        if (e instanceof Effect.PollStack) {
            PollAnswer a;
            synchronized (polls) {
                a = polls.poll();
            }
            if (a == null) {
                a = completeWhenPollsRunOut
                        ? new PollAnswer("CREATE_COMPLETE", List.of(), Map.of("ServerIp", "54.1.2.3"))
                        : new PollAnswer("CREATE_IN_PROGRESS", List.of(), Map.of());
            }
            return new Event.StackPolled(id, a.events(), Optional.of(a.status()), Optional.empty(), a.outputs(), false,
                    Optional.empty(), Duration.ofMillis(20), clock.instant());
        }
        if (e instanceof Effect.ProbeReadiness) {
            return new Event.ReadinessProbed(id, ProbeResult.ready("heartbeat"), clock.instant());
        }
        if (e instanceof Effect.DeleteStack) {
            return new Event.StackDeleteRequested(id, clock.instant());
        }
        throw new IllegalStateException("unexpected effect " + e);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
