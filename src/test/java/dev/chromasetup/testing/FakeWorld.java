package dev.chromasetup.testing;

import dev.chromasetup.aws.CallerIdentity;
import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.HourlyPrice;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.template.ChromaTemplate;
import dev.chromasetup.template.TemplateParameter;
import dev.chromasetup.template.TemplateResource;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The small AWS world the state-machine and screen tests share: a Chroma-shaped template, an account,
 * a few instance types with real memory and architecture, prices, and how each pre-deploy effect is
 * answered. Stack effects are left to each test, which scripts them.
 */
public final class FakeWorld {
    public static final List<String> MAPPED = List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1");
    public static final List<String> ENABLED = List.of("eu-south-1", "eu-west-1", "us-east-1", "us-east-2", "us-west-2");

    public Optional<DefaultVpc> vpc = Optional.of(new DefaultVpc("vpc-1", "172.31.0.0/16", 3));
    public List<String> keyPairs = List.of("laptop");
    public Optional<StackInfo> existing = Optional.empty();
    public List<StackInfo> managed = List.of();

    public static ChromaTemplate template() {
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

    /** Shaped like chroma-setup's hardened template: no region mapping, arm64, access parameters, IAM. */
    public static ChromaTemplate hardenedTemplate() {
        List<TemplateParameter> params = List.of(
                new TemplateParameter("KeyName", "String", "", "SSH key pair", false),
                new TemplateParameter("InstanceType", "String", "t3.small", "EC2 instance type", false),
                new TemplateParameter("ChromaVersion", "String", "1.5.9", "Chroma version", false),
                new TemplateParameter("ChromaOtelCollectionEndpoint", "String", "", "OTel endpoint", false),
                new TemplateParameter("ChromaOtelServiceName", "String", "", "OTel service", false),
                new TemplateParameter("ChromaOtelCollectionHeaders", "String", "", "OTel headers", true),
                new TemplateParameter("Architecture", "String", "x86_64", "x86_64 or arm64", false),
                new TemplateParameter("AllowedCidr", "String", null, "who may connect", false),
                new TemplateParameter("SshAccess", "String", "false", "SSH on", false),
                new TemplateParameter("AuthToken", "String", "", "token", true),
                new TemplateParameter("ElasticIp", "String", "false", "EIP", false));
        return new ChromaTemplate("hardened", params, Optional.empty(),
                List.of(new TemplateResource("ChromaInstanceSecurityGroup", "AWS::EC2::SecurityGroup"),
                        new TemplateResource("ChromaRole", "AWS::IAM::Role"),
                        new TemplateResource("ChromaInstance", "AWS::EC2::Instance")),
                List.of("ServerIp", "Endpoint", "DataVolumeId", "ConnectCommand"), "{\"Resources\":{}}", Optional.empty());
    }

    public Optional<String> publicAddress = Optional.of("203.0.113.7");
    public List<String> profiles = List.of("default", "work");

    public static CallerIdentity identity() {
        return new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/dev", "AKIA…MPLE",
                "environment variables");
    }

    public static Optional<InstanceTypeInfo> catalog(String type) {
        return switch (type) {
            case "t3.micro" -> Optional.of(new InstanceTypeInfo("t3.micro", 2, 1024, List.of("x86_64"), true, true, true));
            case "t3.small" -> Optional.of(new InstanceTypeInfo("t3.small", 2, 2048, List.of("x86_64"), false, true, true));
            case "t3.medium" -> Optional.of(new InstanceTypeInfo("t3.medium", 2, 4096, List.of("x86_64"), false, true, true));
            case "t4g.small" -> Optional.of(new InstanceTypeInfo("t4g.small", 2, 2048, List.of("arm64"), false, true, true));
            case "t4g.medium" -> Optional.of(new InstanceTypeInfo("t4g.medium", 2, 4096, List.of("arm64"), false, true, true));
            default -> Optional.empty();
        };
    }

    public static Optional<HourlyPrice> price(String type) {
        LocalDate today = LocalDate.of(2026, 11, 26);
        return switch (type) {
            case "t3.small" -> Optional.of(new HourlyPrice(new BigDecimal("0.0208"), HourlyPrice.PRICE_LIST_API, today));
            case "t3.medium" -> Optional.of(new HourlyPrice(new BigDecimal("0.0416"), HourlyPrice.PRICE_LIST_API, today));
            // Graviton: AWS's us-east-1 on-demand prices, 20% under their x86_64 counterparts
            case "t4g.small" -> Optional.of(new HourlyPrice(new BigDecimal("0.0168"), HourlyPrice.PRICE_LIST_API, today));
            case "t4g.medium" -> Optional.of(new HourlyPrice(new BigDecimal("0.0336"), HourlyPrice.PRICE_LIST_API, today));
            default -> Optional.empty();
        };
    }

    /** How this world answers an effect that comes before any stack exists; empty for stack effects. */
    public Optional<Event> answer(Effect e) {
        long id = e.requestId();
        if (e instanceof Effect.ListProfiles) {
            return Optional.of(new Event.ProfilesListed(id, profiles));
        }
        if (e instanceof Effect.UseProfile) {
            return Optional.of(new Event.ProfileSwitched(id));
        }
        if (e instanceof Effect.CheckCredentials) {
            return Optional.of(new Event.CredentialsChecked(id, identity()));
        }
        if (e instanceof Effect.LoadTemplate t) {
            return Optional.of(new Event.TemplateLoaded(id, "hardened".equals(t.choice()) ? hardenedTemplate() : template()));
        }
        if (e instanceof Effect.DetectPublicAddress) {
            return Optional.of(new Event.PublicAddressDetected(id, publicAddress, "checkip.amazonaws.com"));
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
        if (e instanceof Effect.LoadSizing c) {
            List<InstanceTypeInfo> offered = c.candidates().stream().map(FakeWorld::catalog)
                    .flatMap(Optional::stream).toList();
            Map<String, HourlyPrice> prices = new HashMap<>();
            offered.forEach(t -> price(t.name()).ifPresent(p -> prices.put(t.name(), p)));
            return Optional.of(new Event.SizingLoaded(id, offered, prices));
        }
        if (e instanceof Effect.CheckInstanceType c) {
            return Optional.of(new Event.InstanceTypeChecked(id, c.instanceType(), catalog(c.instanceType()),
                    price(c.instanceType())));
        }
        if (e instanceof Effect.LoadKeyPairs) {
            return Optional.of(new Event.KeyPairsLoaded(id, keyPairs));
        }
        if (e instanceof Effect.CreateKeyPair c) {
            return Optional.of(new Event.KeyPairCreated(id, c.name(), "/home/dev/.ssh/" + c.name() + ".pem"));
        }
        if (e instanceof Effect.ListManagedStacks) {
            return Optional.of(new Event.ManagedStacksListed(id, managed));
        }
        if (e instanceof Effect.LookUpStack) {
            return Optional.of(new Event.StackLookedUp(id, existing));
        }
        return Optional.empty();
    }
}
