package dev.chromasetup.wizard;

import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.text.Secret;
import dev.chromasetup.deploy.ProbeResult;
import dev.chromasetup.errors.ExitCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.chromasetup.wizard.WizardDriver.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The flow under --yes: every answer from flags and defaults, every refusal ends the run clearly. */
class WizardNonInteractiveTest {

    private static WizardDriver yes(Answers answers, String... given) {
        return new WizardDriver(WizardDriver.config(Mode.DEPLOY, false, given), answers);
    }

    private static Answers inRegion(String region) {
        return WizardDriver.answers().withRegion(region);
    }

    @Test
    void preflightRunsCredentialsTemplateAndRegionsTogether() {
        WizardDriver d = yes(inRegion("us-east-1"), "region").start();
        assertThat(d.effects).hasSize(3).hasAtLeastOneElementOfType(Effect.CheckCredentials.class)
                .hasAtLeastOneElementOfType(Effect.LoadTemplate.class)
                .hasAtLeastOneElementOfType(Effect.LoadRegions.class);
    }

    @Test
    void happyPathCreatesTheStackWithTheTemplatesParametersThenWaitsForTheHeartbeat() {
        WizardDriver d = yes(inRegion("us-east-1").withKeyName("laptop"), "region", "key-name").start().settle();

        Effect.CreateStack create = d.effect(Effect.CreateStack.class);
        assertThat(create.region()).isEqualTo("us-east-1");
        assertThat(create.request().stackName()).isEqualTo("my-chroma-stack");
        assertThat(create.request().parameters()).containsExactlyInAnyOrderEntriesOf(
                Map.of("InstanceType", "t3.small", "KeyName", "laptop"));
        assertThat(create.request().tags()).containsEntry("chroma-setup:created-by", "chroma-setup");
        assertThat(create.request().clientRequestToken()).isEqualTo("chroma-setup-run1-1");
        assertThat(d.state.messages()).anySatisfy(m -> assertThat(m).contains("aws cloudformation create-stack"));

        d.created();
        assertThat(d.state.step()).isEqualTo(Step.DEPLOY);
        d.polled("CREATE_IN_PROGRESS", List.of(event("my-chroma-stack", "AWS::CloudFormation::Stack",
                "CREATE_IN_PROGRESS", "User Initiated", 0)), Map.of());
        assertThat(d.effect(Effect.PollStack.class).after()).hasSeconds(2);
        d.polled("CREATE_COMPLETE", List.of(event("ChromaInstance", "AWS::EC2::Instance", "CREATE_COMPLETE", "", 40)),
                Map.of("ServerIp", "54.1.2.3"));

        assertThat(d.state.step()).isEqualTo(Step.READY);
        assertThat(d.effect(Effect.ProbeReadiness.class).heartbeatUrl())
                .hasToString("http://54.1.2.3:8000/api/v2/heartbeat");
        assertThat(d.state.events()).hasSize(2);

        d.now = d.now.plusSeconds(30);
        d.probed(ProbeResult.notYet(0, "connection refused"));
        assertThat(d.state.finished()).isFalse();
        assertThat(d.state.readinessPhase()).isPresent();
        d.probed(ProbeResult.ready("heartbeat"));

        assertThat(d.state.finished()).isTrue();
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.OK);
        assertThat(d.state.serverIp()).contains("54.1.2.3");
    }

    @Test
    void aStaleAnswerIsDropped() {
        WizardDriver d = yes(inRegion("us-east-1"), "region").start();
        WizardState before = d.state;
        d.send(new Event.NetworkChecked(999, Optional.empty()));
        assertThat(d.state).isSameAs(before);
    }

    @Test
    void missingRegionUnderYesIsAUsageErrorNamingTheFlag() {
        WizardDriver d = yes(WizardDriver.answers()).start();
        List<Effect> preflight = d.effects;
        long regions = d.effect(Effect.LoadRegions.class).requestId();
        d.send(new Event.RegionsLoaded(regions, WizardDriver.ENABLED, Optional.empty()));
        d.effects = preflight.stream().filter(e -> e.requestId() != regions).toList();
        d.settle();
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(d.state.outcome().get().error().get().fix()).contains("--region");
    }

    @Test
    void aRegionOutsideTheTemplatesMappingIsBlocked() {
        WizardDriver d = yes(inRegion("eu-south-1"), "region").start().settle();
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(d.state.outcome().get().error().get().describe()).contains("us-east-1");
    }

    @Test
    void noDefaultVpcBlocksUnlessTheFixIsAllowed() {
        WizardDriver d = yes(inRegion("us-east-1"), "region");
        d.vpc = Optional.empty();
        d.start().settle();
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(d.state.outcome().get().error().get().fix()).contains("--create-default-vpc")
                .contains("aws ec2 create-default-vpc --region us-east-1");
    }

    @Test
    void createDefaultVpcFlagRunsTheFixAndGoesOn() {
        WizardConfig allowed = WizardDriver.config(Mode.DEPLOY, false, "region").withCreateDefaultVpcAllowed(true);
        WizardDriver d = new WizardDriver(allowed, inRegion("us-east-1"));
        d.vpc = Optional.empty();
        d.start().settle();
        assertThat(d.effect(Effect.CreateStack.class)).isNotNull();
        assertThat(d.state.vpc().orElseThrow().vpcId()).isEqualTo("vpc-new");
    }

    @Test
    void tooSmallAndArmInstanceTypesAreRefusedWithTheReason() {
        WizardDriver micro = yes(inRegion("us-east-1").withInstanceType("t3.micro"), "region", "instance-type")
                .start().settle();
        assertThat(micro.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(micro.state.outcome().get().error().get().describe()).contains("2 GiB");

        WizardDriver arm = yes(inRegion("us-east-1").withInstanceType("t4g.small"), "region", "instance-type")
                .start().settle();
        assertThat(arm.state.outcome().get().error().get().describe()).contains("arm64");
    }

    @Test
    void anUnknownKeyPairIsBlocked() {
        WizardDriver d = yes(inRegion("us-east-1").withKeyName("nope"), "region", "key-name").start().settle();
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(d.state.outcome().get().error().get().what()).contains("nope");
    }

    @Test
    void aTakenStackNameIsBlockedAndPointsToStatusWatchDestroy() {
        WizardDriver d = yes(inRegion("us-east-1"), "region");
        d.existing = Optional.of(WizardDriver.stack("CREATE_COMPLETE"));
        d.start().settle();
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(d.state.outcome().get().error().get().describe()).contains("CREATE_COMPLETE")
                .contains("status / watch / destroy");
    }

    @Test
    void aQuoteInAnOptionIsAUsageError() {
        WizardDriver d = yes(inRegion("us-east-1").withOtelServiceName("it's"), "region", "otel-service-name")
                .start().settle();
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void otelHeadersAreSentAsKeyValueAndNeverShown() {
        Answers a = inRegion("us-east-1").withOtelEndpoint("api.honeycomb.com")
                .withOtelHeaders(Secret.of("{'x-honeycomb-team': 'SECRET123'}"));
        WizardDriver d = yes(a, "region", "otel-endpoint", "otel-headers").start().settle();
        Effect.CreateStack create = d.effect(Effect.CreateStack.class);
        assertThat(create.request().parameters()).containsEntry("ChromaOtelCollectionHeaders", "x-honeycomb-team=SECRET123")
                .containsEntry("ChromaOtelCollectionEndpoint", "https://api.honeycomb.com:443");
        assertThat(String.join("\n", d.state.messages())).doesNotContain("SECRET123");
        assertThat(create.request().toString()).doesNotContain("SECRET123");
    }

    @Test
    void aRolledBackStackFailsWithTheRootCauseAndTheFix() {
        WizardDriver d = yes(inRegion("us-east-1"), "region").start().settle().created();
        List<StackEvent> events = List.of(
                event("ChromaInstanceSecurityGroup", "AWS::EC2::SecurityGroup", "CREATE_FAILED",
                        "No default VPC for this user (Service: AmazonEC2; Status Code: 400; Error Code: VPCIdNotSpecified)", 3),
                event("ChromaInstance", "AWS::EC2::Instance", "CREATE_FAILED", "Resource creation cancelled", 4),
                event("my-chroma-stack", "AWS::CloudFormation::Stack", "ROLLBACK_COMPLETE", "", 9));
        d.polled("ROLLBACK_COMPLETE", events, Map.of());
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.FAILED);
        String text = d.state.outcome().get().error().get().describe();
        assertThat(text).containsIgnoringCase("default VPC").contains("chroma-setup destroy --stack-name my-chroma-stack");
    }

    @Test
    void readinessTimesOutWithWhatToCheck() {
        WizardDriver d = yes(inRegion("us-east-1"), "region").start().settle().created();
        d.polled("CREATE_COMPLETE", List.of(), Map.of("ServerIp", "54.1.2.3"));
        d.now = d.now.plusSeconds(601);
        d.probed(ProbeResult.notYet(0, "connection refused"));
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(d.state.outcome().get().error().get().describe()).contains("54.1.2.3").contains("destroy");
    }

    @Test
    void noWaitEndsAtCreateComplete() {
        WizardConfig noWait = WizardDriver.config(Mode.DEPLOY, false, "region").withNoWait(true);
        WizardDriver d = new WizardDriver(noWait, inRegion("us-east-1")).start().settle().created();
        d.polled("CREATE_COMPLETE", List.of(), Map.of("ServerIp", "54.1.2.3"));
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.OK);
        assertThat(d.effects).isEmpty();
    }

    @Test
    void ctrlCDuringDeployLeavesTheStackAndSaysHowToReattach() {
        WizardDriver d = yes(inRegion("us-east-1"), "region").start().settle().created();
        d.send(new Event.Interrupted());
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        assertThat(d.state.outcome().get().error().get().describe())
                .contains("chroma-setup watch --stack-name my-chroma-stack --region us-east-1");
    }

    @Test
    void credentialFailureUnderYesEndsWithItsExitCode() {
        WizardDriver d = yes(inRegion("us-east-1"), "region").start();
        long id = d.effect(Effect.CheckCredentials.class).requestId();
        d.send(new Event.Failed(id, dev.chromasetup.errors.SetupException.blocked("No AWS credentials found",
                "nothing in the environment", "export AWS_ACCESS_KEY_ID")));
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.BLOCKED);
    }
}
