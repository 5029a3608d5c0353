package dev.chromasetup.wizard;

import dev.chromasetup.aws.DataVolume;
import dev.chromasetup.aws.SnapshotStatus;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.MonthlyCost;
import dev.chromasetup.rules.PriceTable;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Snapshot before destroy: find the instance's data volume, snapshot it, wait until EC2 says
 * "completed", tell the user the id, the cost and how to restore, and only then delete the stack. A
 * failed snapshot stops the destroy: the data is never deleted without the copy the user asked for.
 */
final class SnapshotSteps {
    /** How often a pending snapshot is checked: snapshots of a small volume take a minute or two. */
    static final Duration POLL = Duration.ofSeconds(5);

    private final StackSteps stacks;

    SnapshotSteps(StackSteps stacks) {
        this.stacks = stacks;
    }

    Transition result(WizardState.Builder b, Event.SnapshotResult event) {
        if (event instanceof Event.DataVolumeFound e) {
            return volumeFound(b, e.volume());
        }
        if (event instanceof Event.SnapshotStarted e) {
            b.snapshotId = Optional.of(e.snapshotId());
            b.messages = Flow.append(b.messages, "Snapshot " + e.snapshotId() + " started; waiting for it to"
                    + " complete before deleting anything.");
            return poll(b, Duration.ZERO);
        }
        Event.SnapshotPolled e = (Event.SnapshotPolled) event;
        return polled(b, e.status());
    }

    private Transition volumeFound(WizardState.Builder b, Optional<DataVolume> volume) {
        WizardState state = b.build();
        if (volume.isEmpty()) {
            return stacks.deleteWithoutSnapshot(state, "No data volume found (the server may already be gone):"
                    + " nothing to snapshot.");
        }
        DataVolume v = volume.get();
        WizardState.Builder w = state.edit();
        w.dataVolume = volume;
        String region = state.answers().region();
        String name = state.answers().stackName();
        return Flow.work(w, Step.DEPLOY, id -> new Effect.CreateSnapshot(id, region, v.volumeId(), name));
    }

    private Transition poll(WizardState.Builder b, Duration after) {
        String region = b.answers.region();
        String snapshot = b.snapshotId.orElseThrow();
        return Flow.work(b, Step.DEPLOY, id -> new Effect.PollSnapshot(id, region, snapshot, after));
    }

    private Transition polled(WizardState.Builder b, SnapshotStatus status) {
        if (status.completed()) {
            b.messages = Flow.append(b.messages, completedMessage(b.build(), status.snapshotId()));
            return stacks.deleteAfterSnapshot(b);
        }
        if (status.failed()) {
            WizardState state = b.build();
            return Flow.finish(state, Outcome.of(SetupException.failed("The snapshot " + status.snapshotId()
                            + " failed, so the stack " + state.answers().stackName() + " was not deleted",
                    status.message().isEmpty() ? "EC2 reported the snapshot as failed" : status.message(),
                    "run destroy again to retry the snapshot, or pass --no-snapshot to delete without one")));
        }
        b.notice = Optional.of("Snapshot " + status.snapshotId() + " " + status.progress() + " done");
        return poll(b, POLL);
    }

    private String completedMessage(WizardState state, String snapshotId) {
        DataVolume v = state.dataVolume().orElseThrow();
        BigDecimal perGbMonth = PriceTable.bundled().ebsGbMonth("snapshot"); // read when needed, not at start
        BigDecimal monthly = perGbMonth.multiply(BigDecimal.valueOf(v.sizeGib()));
        return "Snapshot " + snapshotId + " of " + v.volumeId() + " (" + v.sizeGib() + " GiB) is complete. It costs"
                + " at most " + MonthlyCost.perMonth(monthly) + " (" + MonthlyCost.money(perGbMonth)
                + " per GB-month, us-east-1 list price) until you delete it: aws ec2 delete-snapshot --snapshot-id "
                + snapshotId + " --region " + state.answers().region() + ". To get the data back, create a volume"
                + " from it: aws ec2 create-volume --snapshot-id " + snapshotId + " --availability-zone ZONE.";
    }
}
