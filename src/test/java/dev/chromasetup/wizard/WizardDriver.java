package dev.chromasetup.wizard;

import dev.chromasetup.testing.FakeWorld;

import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.text.Secret;
import dev.chromasetup.deploy.ProbeResult;
import dev.chromasetup.template.ChromaTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drives the pure state machine in tests: feeds events, keeps the state, and remembers the effects
 * asked for, with a small fake world that answers them the way AWS would.
 */
final class WizardDriver {
    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final List<String> MAPPED = List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1");
    static final List<String> ENABLED = List.of("eu-south-1", "eu-west-1", "us-east-1", "us-east-2", "us-west-2");

    final Wizard wizard = new Wizard(new WizardRules());
    WizardState state;
    List<Effect> effects = List.of();
    Instant now = T0;

    // the fake world
    Optional<DefaultVpc> vpc = Optional.of(new DefaultVpc("vpc-1", "172.31.0.0/16", 3));
    List<String> keyPairs = List.of("laptop");
    Optional<StackInfo> existing = Optional.empty();
    List<StackInfo> managed = List.of();
    Optional<String> publicAddress = Optional.of("203.0.113.7");

    static WizardConfig config(Mode mode, boolean interactive, String... given) {
        return new WizardConfig(mode, interactive, "run1", "0.1.0", 2048, false, false, false,
                Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ofMinutes(30), Optional.empty(), 8000,
                "/api/v2/heartbeat", "AWS (default endpoints)", false,
                Set.of(given), 0, 1536, "", false, false,
                dev.chromasetup.text.Secret.of("generated-token-0123456789abcdef"), false);
    }

    static Answers answers() {
        return new Answers("", "t3.small", "", "", "", "", Secret.empty(), "my-chroma-stack");
    }

    static ChromaTemplate template() {
        return FakeWorld.template();
    }

    WizardDriver(WizardConfig config, Answers answers) {
        state = Wizard.start(config, answers);
    }

    WizardDriver send(Event event) {
        Transition t = wizard.next(state, event);
        state = t.state();
        effects = t.effects();
        return this;
    }

    WizardDriver start() {
        return send(new Event.Started(now));
    }

    WizardDriver answer(String text) {
        return send(new Event.Answered(text));
    }

    <E extends Effect> E effect(Class<E> type) {
        return effects.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " among " + effects));
    }

    /** Answers every pending effect the way the fake world would, until a question or the end. */
    WizardDriver settle() {
        int guard = 0;
        while (!effects.isEmpty() && guard++ < 50) {
            List<Effect> pending = new ArrayList<>(effects);
            List<Effect> next = new ArrayList<>();
            for (Effect e : pending) {
                Optional<Event> answer = world(e);
                if (answer.isEmpty()) {
                    effects = pending; // a stack effect: the test answers it itself
                    return this;
                }
                send(answer.get());
                next.addAll(effects);
            }
            effects = next;
        }
        return this;
    }

    private Optional<Event> world(Effect e) {
        FakeWorld world = new FakeWorld();
        world.vpc = vpc;
        world.keyPairs = keyPairs;
        world.existing = existing;
        world.managed = managed;
        world.publicAddress = publicAddress;
        return world.answer(e);
    }



    // ---- stack effects answered by tests ------------------------------------------------------

    WizardDriver created() {
        return send(new Event.StackCreated(effect(Effect.CreateStack.class).requestId(), "arn:stack/my-chroma-stack/1", now));
    }

    WizardDriver polled(String status, List<StackEvent> events, Map<String, String> outputs) {
        long id = effect(Effect.PollStack.class).requestId();
        return send(new Event.StackPolled(id, events, Optional.of(status), Optional.empty(), outputs, false,
                Optional.empty(), Duration.ofSeconds(2), now));
    }

    WizardDriver probed(ProbeResult result) {
        return send(new Event.ReadinessProbed(effect(Effect.ProbeReadiness.class).requestId(), result, now));
    }

    static StackEvent event(String logicalId, String type, String status, String reason, int second) {
        return new StackEvent("e-" + logicalId + "-" + status + "-" + second, "arn:stack/my-chroma-stack/1",
                "my-chroma-stack", logicalId, "", type, T0.plusSeconds(second), status, reason);
    }

    static StackInfo stack(String status) {
        return new StackInfo("arn:stack/my-chroma-stack/1", "my-chroma-stack", status, "", T0, Map.of(),
                Map.of("ServerIp", "54.1.2.3"), Map.of("chroma-setup:created-by", "chroma-setup"));
    }

    static URI uri(String s) {
        return URI.create(s);
    }
}
