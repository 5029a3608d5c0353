package dev.chromasetup.ui.tui;

import dev.chromasetup.testing.FakeWorld;

import dev.chromasetup.aws.CallerIdentity;
import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.text.Secret;
import dev.chromasetup.template.ChromaTemplate;
import dev.chromasetup.wizard.Answers;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Event;
import dev.chromasetup.wizard.Mode;
import dev.chromasetup.wizard.WizardConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A small fake AWS world for the full-screen face's tests (ideas from the wizard's WizardDriver). */
final class TuiFixtures {
    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final List<String> MAPPED = List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1");
    static final List<String> ENABLED = List.of("eu-south-1", "eu-west-1", "us-east-1", "us-east-2", "us-west-2");
    static final String STACK_ID = "arn:aws:cloudformation:us-east-1:123456789012:stack/my-chroma-stack/1";

    private TuiFixtures() {
    }

    static WizardConfig config() {
        return config(Mode.DEPLOY);
    }

    /** {@code given}: the answers set by flags (not asked), for example "region". */
    static WizardConfig config(Mode mode, String... given) {
        return new WizardConfig(mode, true, "run1", "0.1.0", 2048, false, false, false,
                Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ofMinutes(30), Optional.empty(), 8000,
                "/api/v2/heartbeat", "AWS (default endpoints)", false, Set.of(given),
                0, 1536, "", false, false,
                dev.chromasetup.text.Secret.of("generated-token-0123456789abcdef"), false);
    }

    static Answers answers() {
        return new Answers("", "t3.small", "", "", "", "", Secret.empty(), "my-chroma-stack");
    }

    /** The stack that status, watch and destroy find: complete, made by chroma-setup. */
    static StackInfo existingStack() {
        return new StackInfo(STACK_ID, "my-chroma-stack", "CREATE_COMPLETE", "", T0, java.util.Map.of(),
                java.util.Map.of("ServerIp", "54.1.2.3"), java.util.Map.of("chroma-setup:created-by", "chroma-setup"));
    }

    static ChromaTemplate template() {
        return FakeWorld.template();
    }

    static CallerIdentity identity() {
        return FakeWorld.identity();
    }

    /** How the fake world answers the checks before anything is created; empty for stack effects. */
    static Optional<Event> setup(Effect e, Optional<DefaultVpc> vpc, List<String> keyPairs) {
        FakeWorld world = new FakeWorld();
        world.vpc = vpc;
        world.keyPairs = keyPairs;
        return world.answer(e);
    }

    static Optional<InstanceTypeInfo> catalog(String type) {
        return FakeWorld.catalog(type);
    }

    static StackEvent event(String logicalId, String type, String status, String reason, int second) {
        return new StackEvent("e-" + logicalId + "-" + status + "-" + second, STACK_ID, "my-chroma-stack",
                logicalId, "", type, T0.plusSeconds(second), status, reason);
    }

    static StackEvent stackEvent(String status, String reason, int second) {
        return event("my-chroma-stack", "AWS::CloudFormation::Stack", status, reason, second);
    }

    static StackEvent sg(String status, int second) {
        return event("ChromaInstanceSecurityGroup", "AWS::EC2::SecurityGroup", status,
                status.endsWith("IN_PROGRESS") ? "Resource creation Initiated" : "", second);
    }

    static StackEvent instance(String status, String reason, int second) {
        return event("ChromaInstance", "AWS::EC2::Instance", status, reason, second);
    }
}
