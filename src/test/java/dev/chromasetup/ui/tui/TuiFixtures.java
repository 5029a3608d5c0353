package dev.chromasetup.ui.tui;

import dev.chromasetup.aws.CallerIdentity;
import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.config.Secret;
import dev.chromasetup.template.ChromaTemplate;
import dev.chromasetup.template.TemplateParameter;
import dev.chromasetup.template.TemplateResource;
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
        return new WizardConfig(Mode.DEPLOY, true, "run1", "0.1.0", 2048, false, false, false,
                Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ofMinutes(30), Optional.empty(), 8000,
                "/api/v2/heartbeat", "https://cloudformation.REGION.amazonaws.com (AWS default)", false, Set.of());
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

    static CallerIdentity identity() {
        return new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/dev", "AKIA…MPLE",
                "environment variables");
    }

    /** How the fake world answers the checks before anything is created; empty for stack effects. */
    static Optional<Event> setup(Effect e, Optional<DefaultVpc> vpc, List<String> keyPairs) {
        long id = e.requestId();
        if (e instanceof Effect.CheckCredentials) {
            return Optional.of(new Event.CredentialsChecked(id, identity()));
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
            return Optional.of(new Event.InstanceTypeChecked(id, c.instanceType(), catalog(c.instanceType())));
        }
        if (e instanceof Effect.LoadKeyPairs) {
            return Optional.of(new Event.KeyPairsLoaded(id, keyPairs));
        }
        if (e instanceof Effect.LookUpStack) {
            return Optional.of(new Event.StackLookedUp(id, Optional.empty()));
        }
        return Optional.empty();
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
