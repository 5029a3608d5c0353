package dev.chromasetup.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.template.TemplateResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployProgressTest {
    private static final List<TemplateResource> EXPECTED = List.of(
            new TemplateResource(CfnEvents.SG, CfnEvents.SG_TYPE),
            new TemplateResource(CfnEvents.INSTANCE, CfnEvents.INSTANCE_TYPE));

    private final DeployProgress progress = new DeployProgress(EXPECTED,
            (id, type) -> type.equals(CfnEvents.INSTANCE_TYPE) ? "Server (EC2 instance)" : null);

    private static Instant at(int second) {
        return CfnEvents.T0.plusSeconds(second);
    }

    @Test
    void startsWithEveryExpectedResourceWaiting() {
        assertThat(progress.rows()).extracting(ResourceProgress::word).containsExactly("waiting", "waiting");
        assertThat(progress.rows()).extracting(ResourceProgress::humanName)
                .containsExactly(CfnEvents.SG, "Server (EC2 instance)");
        assertThat(progress.summary()).isEqualTo("0 of 2 resources created");
        assertThat(progress.totalElapsed(at(5))).isZero();
    }

    @Test
    void healthyCreateEndsTwoOfTwoWithElapsedPerRow() {
        progress.applyAll(CfnEvents.healthyStart());
        ResourceProgress sg = progress.rows().get(0);
        assertThat(sg.word()).isEqualTo("created");
        assertThat(sg.elapsed(at(30))).isEqualTo(Duration.ofSeconds(6)); // 2 s -> 8 s, frozen once done
        assertThat(progress.summary()).isEqualTo("1 of 2 resources created");

        progress.apply(CfnEvents.healthyEnd().get(0));
        ResourceProgress instance = progress.rows().get(1);
        assertThat(instance.word()).isEqualTo("creating");
        assertThat(instance.elapsed(at(20))).isEqualTo(Duration.ofSeconds(11)); // still running

        progress.applyAll(CfnEvents.healthyEnd());
        assertThat(progress.rows().get(1).elapsed(at(100))).isEqualTo(Duration.ofSeconds(36));
        assertThat(progress.summary()).isEqualTo("2 of 2 resources created");
        assertThat(progress.stackStatus()).contains("CREATE_COMPLETE");
        assertThat(progress.totalElapsed(at(500))).isEqualTo(Duration.ofSeconds(46));
        assertThat(progress.firstFailure()).isEmpty();
    }

    @Test
    void noDefaultVpcFailureKeepsTheRootCauseAfterRollback() {
        progress.applyAll(CfnEvents.noDefaultVpc().subList(0, 3));
        ResourceProgress sg = progress.rows().get(0);
        assertThat(sg.word()).isEqualTo("failed");
        assertThat(sg.reason()).hasValueSatisfying(r -> assertThat(r).startsWith("No default VPC for this user"));

        progress.applyAll(CfnEvents.noDefaultVpc());
        assertThat(progress.rows()).extracting(ResourceProgress::word).containsExactly("deleted", "waiting");
        assertThat(progress.stackStatus()).contains("ROLLBACK_COMPLETE");
        assertThat(progress.firstFailure()).hasValueSatisfying(r -> {
            assertThat(r.logicalId()).isEqualTo(CfnEvents.SG);
            assertThat(r.failure()).hasValueSatisfying(f -> assertThat(f).contains("VPCIdNotSpecified"));
        });
        assertThat(progress.summary()).isEqualTo("0 of 2 resources created");
    }

    @Test
    void cancelledResourcesAreNeverTheRootCause() {
        progress.apply(CfnEvents.instance(10, 1, "CREATE_IN_PROGRESS", null));
        progress.apply(CfnEvents.sg(11, 2, "CREATE_FAILED", "The key pair 'x' does not exist"));
        progress.apply(CfnEvents.instance(12, 2, "CREATE_FAILED", "Resource creation cancelled"));
        assertThat(progress.rows().get(1).word()).isEqualTo("cancelled");
        assertThat(progress.firstFailure().map(ResourceProgress::logicalId)).contains(CfnEvents.SG);
    }

    @Test
    void unknownStatusesAndResourcesDoNotBreakAnything() {
        progress.apply(CfnEvents.stack(1, 0, "CREATE_IN_PROGRESS", "User Initiated"));
        progress.apply(CfnEvents.stack(2, 50, "CONFIGURATION_COMPLETE", null));
        progress.apply(new StackEvent("e3", CfnEvents.STACK_ID, CfnEvents.STACK_NAME, "ExtraWaitHandle",
                "", "AWS::CloudFormation::WaitConditionHandle", at(3), "SHINY_NEW_STATUS", null));
        progress.apply(CfnEvents.sg(4, 4, "SHINY_NEW_STATUS", null));

        assertThat(progress.stackStatus()).contains("CONFIGURATION_COMPLETE");
        assertThat(progress.totalElapsed(at(60))).as("not terminal: still counting").isEqualTo(Duration.ofSeconds(60));
        assertThat(progress.rows()).extracting(ResourceProgress::logicalId)
                .containsExactly(CfnEvents.SG, CfnEvents.INSTANCE, "ExtraWaitHandle");
        assertThat(progress.rows().get(2).word()).isEqualTo("shiny new status");
        assertThat(progress.summary()).isEqualTo("0 of 3 resources created");
    }

    @Test
    void theSameEventTwiceCountsOnce() {
        progress.applyAll(CfnEvents.healthyStart());
        progress.applyAll(CfnEvents.healthyStart());
        assertThat(progress.createdCount()).isEqualTo(1);
        assertThat(progress.rows().get(0).elapsed(at(99))).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void awsTextIsCleanedForTheTerminal() {
        progress.apply(CfnEvents.sg(1, 1, "CREATE_FAILED", "bad\u001b[2J\nthing"));
        assertThat(progress.rows().get(0).reason()).contains("bad thing"); // no "[2J" remnant
    }
}
