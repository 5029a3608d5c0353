package dev.chromasetup.wizard;

import dev.chromasetup.aws.CallerIdentity;
import dev.chromasetup.aws.DataVolume;
import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.SnapshotStatus;
import dev.chromasetup.aws.HourlyPrice;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.deploy.ProbeResult;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.template.ChromaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened: the user answered, AWS answered, time passed. Results of effects carry the id of the
 * effect they answer ({@link Result#requestId()}); user events do not.
 */
public sealed interface Event {

    /** An answer to an effect. */
    sealed interface Result extends Event {
        long requestId();
    }

    /** The run begins. */
    record Started(Instant now) implements Event {}

    /** The user answered the open question (text as typed; the machine validates it). */
    record Answered(String text) implements Event {}

    /** Esc / "back": one step back, keeping every answer. */
    record Back() implements Event {}

    /** Ctrl-C: during a deploy the stack keeps running and the run ends with the re-attach command. */
    record Interrupted() implements Event {}

    record ProfilesListed(long requestId, List<String> names) implements Result {}

    record ProfileSwitched(long requestId) implements Result {}

    record CredentialsChecked(long requestId, CallerIdentity identity) implements Result {}

    record TemplateLoaded(long requestId, ChromaTemplate template) implements Result {}

    /** {@code source} says how it was found ("checkip.amazonaws.com"); empty address when it could not be. */
    record PublicAddressDetected(long requestId, Optional<String> address, String source) implements Result {}

    record RegionsLoaded(long requestId, List<String> enabled, Optional<String> suggested) implements Result {}

    record NetworkChecked(long requestId, Optional<DefaultVpc> vpc) implements Result {}

    record DefaultVpcCreated(long requestId, DefaultVpc vpc) implements Result {}

    /** {@code price}: from the Price List API, else the bundled table, else empty (unknown). */
    record InstanceTypeChecked(long requestId, String instanceType, Optional<InstanceTypeInfo> info,
                               Optional<HourlyPrice> price) implements Result {}

    /** The types offered in the region and the prices found for them (the table fills gaps). */
    record SizingLoaded(long requestId, List<InstanceTypeInfo> offered, Map<String, HourlyPrice> prices)
            implements Result {}

    record KeyPairCreated(long requestId, String name, String privateKeyFile) implements Result {}

    record KeyPairsLoaded(long requestId, List<String> names) implements Result {}

    record ManagedStacksListed(long requestId, List<StackInfo> stacks) implements Result {}

    record StackLookedUp(long requestId, Optional<StackInfo> stack) implements Result {}

    record StackCreated(long requestId, String stackId, Instant now) implements Result {}

    /**
     * One tick of following a stack: the new events (oldest first), its status now (empty until AWS has
     * answered once), its outputs, whether AWS no longer knows it ({@code gone}), a notice when AWS is
     * throttling or unreachable, and when to look again.
     */
    record StackPolled(long requestId, List<StackEvent> newEvents, Optional<String> status,
                       Optional<String> statusReason, Map<String, String> outputs, boolean gone,
                       Optional<String> notice, Duration nextPoll, Instant now) implements Result {}

    record ReadinessProbed(long requestId, ProbeResult result, Instant now) implements Result {}

    /** Answers to the snapshot-before-destroy effects. */
    sealed interface SnapshotResult extends Result {
    }

    record DataVolumeFound(long requestId, Optional<DataVolume> volume) implements SnapshotResult {}

    record SnapshotStarted(long requestId, String snapshotId) implements SnapshotResult {}

    record SnapshotPolled(long requestId, SnapshotStatus status) implements SnapshotResult {}

    record StackDeleteRequested(long requestId, Instant now) implements Result {}

    /** An effect failed; the error says what, why and how to fix it. */
    record Failed(long requestId, SetupException error) implements Result {}
}
