package dev.chromasetup.wizard;

import dev.chromasetup.aws.CallerIdentity;
import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.HourlyPrice;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.config.Secret;
import dev.chromasetup.deploy.ProbeResult;
import dev.chromasetup.template.ChromaTemplate;
import dev.chromasetup.template.TemplateParameter;
import dev.chromasetup.template.TemplateResource;

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

    static WizardConfig config(Mode mode, boolean interactive, String... given) {
        return new WizardConfig(mode, interactive, "run1", "0.1.0", 2048, false, false, false,
                Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ofMinutes(30), Optional.empty(), 8000,
                "/api/v2/heartbeat", "https://cloudformation.REGION.amazonaws.com (AWS default)", false,
                Set.of(given), 0, 1536, "");
    }

    static Answers answers() {
        return new Answers("", "t3.small", "", "", "", "", Secret.empty(), "my-chroma-stack");
    }

    static ChromaTemplate template() {
        List<TemplateParameter> params = List.of(
                new TemplateParameter("KeyName", "String", "", "SSH key pair", false),
                new TemplateParameter("InstanceType", "String", "t3.small", "EC2 instance type", false),
                new TemplateParameter("ChromaVersion", "String", "1.5.9", "Chroma version", false),
                new TemplateParameter("ChromaOtelCollectionEndpoint", "String", "", "OTel endpoint", false),
                new TemplateParameter("ChromaOtelServiceName", "String", "", "OTel service", false),
                new TemplateParameter("ChromaOtelCollectionHeaders", "String", "{}", "OTel headers", false));
        return new ChromaTemplate("test", params, Optional.of(Set.copyOf(MAPPED)),
                List.of(new TemplateResource("ChromaInstanceSecurityGroup", "AWS::EC2::SecurityGroup"),
                        new TemplateResource("ChromaInstance", "AWS::EC2::Instance")),
                List.of("ServerIp"), "{\"Resources\":{}}", Optional.empty());
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
        long id = e.requestId();
        if (e instanceof Effect.CheckCredentials) {
            return Optional.of(new Event.CredentialsChecked(id, new CallerIdentity("123456789012",
                    "arn:aws:iam::123456789012:user/dev", "AKIA…MPLE", "environment variables")));
        }
        if (e instanceof Effect.LoadTemplate) {
            return Optional.of(new Event.TemplateLoaded(id, template()));
        }
        if (e instanceof Effect.LoadRegions) {
            return Optional.of(new Event.RegionsLoaded(id, ENABLED, Optional.of("us-east-1")));
        }
        if (e instanceof Effect.CheckNetwork) {
            return Optional.of(new Event.NetworkChecked(id, vpc));
        }
        if (e instanceof Effect.CreateDefaultVpc) {
            return Optional.of(new Event.DefaultVpcCreated(id, new DefaultVpc("vpc-new", "172.31.0.0/16", 3)));
        }
        if (e instanceof Effect.CheckInstanceType c) {
            return Optional.of(new Event.InstanceTypeChecked(id, c.instanceType(), catalog(c.instanceType()),
                    price(c.instanceType())));
        }
        if (e instanceof Effect.LoadSizing c) {
            List<InstanceTypeInfo> offered = c.candidates().stream().map(WizardDriver::catalog)
                    .flatMap(Optional::stream).toList();
            Map<String, HourlyPrice> prices = new java.util.HashMap<>();
            offered.forEach(t -> price(t.name()).ifPresent(p -> prices.put(t.name(), p)));
            return Optional.of(new Event.SizingLoaded(id, offered, prices));
        }
        if (e instanceof Effect.CreateKeyPair c) {
            return Optional.of(new Event.KeyPairCreated(id, c.name(), "/home/dev/.ssh/" + c.name() + ".pem"));
        }
        if (e instanceof Effect.LoadKeyPairs) {
            return Optional.of(new Event.KeyPairsLoaded(id, keyPairs));
        }
        if (e instanceof Effect.LookUpStack) {
            return Optional.of(new Event.StackLookedUp(id, existing));
        }
        return Optional.empty();
    }

    static Optional<HourlyPrice> price(String type) {
        return switch (type) {
            case "t3.small" -> Optional.of(new HourlyPrice(new java.math.BigDecimal("0.0208"), "AWS Price List API",
                    java.time.LocalDate.of(2026, 11, 26)));
            case "t3.medium" -> Optional.of(new HourlyPrice(new java.math.BigDecimal("0.0416"), "AWS Price List API",
                    java.time.LocalDate.of(2026, 11, 26)));
            default -> Optional.empty();
        };
    }

    static Optional<InstanceTypeInfo> catalog(String type) {
        return switch (type) {
            case "t3.micro" -> Optional.of(new InstanceTypeInfo("t3.micro", 2, 1024, List.of("x86_64"), true, true, true));
            case "t3.small" -> Optional.of(new InstanceTypeInfo("t3.small", 2, 2048, List.of("x86_64"), false, true, true));
            case "t3.medium" -> Optional.of(new InstanceTypeInfo("t3.medium", 2, 4096, List.of("x86_64"), false, true, true));
            case "t4g.small" -> Optional.of(new InstanceTypeInfo("t4g.small", 2, 2048, List.of("arm64"), false, true, true));
            default -> Optional.empty();
        };
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
