package dev.chromasetup.wizard;

import dev.chromasetup.aws.DataVolume;
import dev.chromasetup.aws.SnapshotStatus;
import dev.chromasetup.errors.ExitCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Resume on launch and snapshot before destroy. */
class WizardLifecycleTest {

    private static Question question(WizardDriver d) {
        return d.state.question().orElseThrow();
    }

    @Test
    void aLaunchInARegionWithChromaStacksOffersThemFirst() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.DEPLOY, true), WizardDriver.answers());
        d.managed = List.of(WizardDriver.stack("CREATE_COMPLETE"));
        d.existing = Optional.of(WizardDriver.stack("CREATE_COMPLETE"));
        d.start().settle().answer("").settle();
        Question q = question(d);
        assertThat(q.field()).isEqualTo("resume");
        assertThat(q.defaultValue()).isEqualTo("new");
        assertThat(q.choices()).extracting(Choice::value)
                .containsExactly("status my-chroma-stack", "destroy my-chroma-stack", "new");

        d.answer("1").settle();
        assertThat(d.state.mode()).isEqualTo(Mode.STATUS);
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.OK);
        assertThat(d.state.serverIp()).contains("54.1.2.3");
    }

    @Test
    void aStackInProgressIsOfferedForWatchingAndNewGoesOnWithTheDeploy() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.DEPLOY, true), WizardDriver.answers());
        d.managed = List.of(WizardDriver.stack("CREATE_IN_PROGRESS"));
        d.start().settle().answer("").settle();
        assertThat(question(d).choices().get(0).value()).isEqualTo("watch my-chroma-stack");
        d.answer("").settle();
        assertThat(question(d).step()).isEqualTo(Step.SIZE);
        assertThat(d.state.mode()).isEqualTo(Mode.DEPLOY);
    }

    @Test
    void aFailedStackIsOfferedForCleanUp() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.DEPLOY, true), WizardDriver.answers());
        d.managed = List.of(WizardDriver.stack("ROLLBACK_COMPLETE"));
        d.start().settle().answer("").settle();
        assertThat(question(d).choices().get(0).label()).startsWith("Clean up my-chroma-stack (ROLLBACK_COMPLETE)");
    }

    private static WizardDriver destroy(boolean interactive, WizardConfig config) {
        WizardDriver d = new WizardDriver(config, WizardDriver.answers().withRegion("us-east-1"));
        d.existing = Optional.of(WizardDriver.stack("CREATE_COMPLETE"));
        return d.start().settle();
    }

    @Test
    void destroyWithSnapshotWaitsForItThenDeletes() {
        WizardDriver d = destroy(false, WizardDriver.config(Mode.DESTROY, false, "region", "snapshot").withSnapshot(true));
        Effect.FindDataVolume find = d.effect(Effect.FindDataVolume.class);
        d.send(new Event.DataVolumeFound(find.requestId(), Optional.of(new DataVolume("i-1", "vol-1", 24))));
        Effect.CreateSnapshot create = d.effect(Effect.CreateSnapshot.class);
        assertThat(create.volumeId()).isEqualTo("vol-1");
        d.send(new Event.SnapshotStarted(create.requestId(), "snap-1"));
        d.send(new Event.SnapshotPolled(d.effect(Effect.PollSnapshot.class).requestId(),
                new SnapshotStatus("snap-1", SnapshotStatus.PENDING, "40%", "")));
        assertThat(d.effect(Effect.PollSnapshot.class).after()).isPositive();
        assertThat(d.effects).noneMatch(e -> e instanceof Effect.DeleteStack);
        d.send(new Event.SnapshotPolled(d.effect(Effect.PollSnapshot.class).requestId(),
                new SnapshotStatus("snap-1", SnapshotStatus.COMPLETED, "100%", "")));
        assertThat(d.effect(Effect.DeleteStack.class)).isNotNull();
        assertThat(d.state.messages()).anySatisfy(m -> assertThat(m).contains("snap-1").contains("$1.20")
                .contains("create-volume --snapshot-id snap-1"));
    }

    @Test
    void aFailedSnapshotStopsTheDestroy() {
        WizardDriver d = destroy(false, WizardDriver.config(Mode.DESTROY, false, "region", "snapshot").withSnapshot(true));
        d.send(new Event.DataVolumeFound(d.effect(Effect.FindDataVolume.class).requestId(),
                Optional.of(new DataVolume("i-1", "vol-1", 24))));
        d.send(new Event.SnapshotStarted(d.effect(Effect.CreateSnapshot.class).requestId(), "snap-1"));
        d.send(new Event.SnapshotPolled(d.effect(Effect.PollSnapshot.class).requestId(),
                new SnapshotStatus("snap-1", SnapshotStatus.ERROR, "0%", "internal error")));
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(d.state.outcome().get().error().get().what()).contains("was not deleted");
    }

    @Test
    void destroyUnderYesTakesNoSnapshotAndSaysSo() {
        WizardDriver d = destroy(false, WizardDriver.config(Mode.DESTROY, false, "region"));
        assertThat(d.effect(Effect.DeleteStack.class)).isNotNull();
        assertThat(d.state.messages()).anySatisfy(m -> assertThat(m).contains("No snapshot taken").contains("--snapshot"));
    }

    @Test
    void interactiveDestroyAsksForTheSnapshotAfterTheTypedName() {
        WizardDriver d = destroy(true, WizardDriver.config(Mode.DESTROY, true, "region"));
        d.answer("my-chroma-stack");
        assertThat(question(d).field()).isEqualTo("snapshot");
        assertThat(question(d).defaultValue()).isEqualTo("n");
        d.answer("y");
        assertThat(d.effect(Effect.FindDataVolume.class).stackId()).isEqualTo("arn:stack/my-chroma-stack/1");
    }

    @Test
    void aTemplateThatSnapshotsItselfIsNotSnapshottedTwice() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.DESTROY, false, "region"),
                WizardDriver.answers().withRegion("us-east-1"));
        var base = WizardDriver.stack("CREATE_COMPLETE");
        d.existing = Optional.of(new dev.chromasetup.aws.StackInfo(base.stackId(), base.stackName(), base.status(),
                "", base.createdAt(), Map.of(), Map.of("ServerIp", "54.1.2.3", "DataVolumeId", "vol-9"), Map.of()));
        d.start().settle();
        assertThat(d.effect(Effect.DeleteStack.class)).isNotNull();
        assertThat(d.state.messages()).anySatisfy(m -> assertThat(m).contains("DeletionPolicy: Snapshot"));
    }

    @Test
    void ctrlCWhileTheSnapshotRunsDeletesNothing() {
        WizardDriver d = destroy(false, WizardDriver.config(Mode.DESTROY, true, "region").withSnapshot(true));
        d.answer("my-chroma-stack");
        d.answer("y");
        d.send(new Event.DataVolumeFound(d.effect(Effect.FindDataVolume.class).requestId(),
                Optional.of(new DataVolume("i-1", "vol-1", 24))));
        d.send(new Event.SnapshotStarted(d.effect(Effect.CreateSnapshot.class).requestId(), "snap-1"));
        d.send(new Event.Interrupted());
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        assertThat(d.state.outcome().get().error().get().describe()).contains("Nothing was deleted").contains("snap-1");
        assertThat(d.effects).noneMatch(e -> e instanceof Effect.DeleteStack);
    }
}
