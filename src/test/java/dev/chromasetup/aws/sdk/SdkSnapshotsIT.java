package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.aws.AwsPorts;
import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.aws.DataVolume;
import dev.chromasetup.aws.SnapshotStatus;
import dev.chromasetup.aws.Snapshots;
import dev.chromasetup.aws.Stacks;
import dev.chromasetup.aws.TemplateSource;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * The data volume of a Chroma-like stack and its snapshot, through the real SDK against moto. moto's
 * account owns hundreds of "Auto-created snapshot for AMI …" snapshots: only this test's are counted.
 */
@ExtendWith(MotoExtension.class)
class SdkSnapshotsIT {
    private static final String REGION = "us-east-2"; // no other test uses it
    private static SdkAwsConnector aws;
    private static String template;

    @BeforeAll
    static void connect(SdkAwsConnector connector) throws IOException {
        aws = connector; // closed by MotoExtension after the class
        template = Files.readString(Path.of("samples/moto/chroma-like.cf.json"));
    }

    private static String createStack(AwsPorts ports, String name) {
        return ports.stacks().create(new CreateStackRequest(name, TemplateSource.ofBody(template),
                Map.of("InstanceType", "t3.small"), Map.of(Stacks.CREATED_BY_TAG, Stacks.CREATED_BY_VALUE),
                "token-" + UUID.randomUUID()));
    }

    @Test
    void theStacksRootVolumeIsFoundSnapshottedAndTagged(MotoServer moto) {
        AwsPorts ports = aws.forRegion(REGION);
        String stackId = createStack(ports, "chroma-it-snapshot");

        DataVolume volume = ports.snapshots().dataVolume(stackId).orElseThrow();
        assertThat(volume.instanceId()).startsWith("i-");
        assertThat(volume.volumeId()).startsWith("vol-");
        assertThat(volume.sizeGib()).isEqualTo(24); // the fixture's BlockDeviceMappings, like Chroma's template

        String snapshotId = ports.snapshots().createSnapshot(volume.volumeId(),
                "chroma-setup: chroma-it-snapshot before destroy", Snapshots.tagsFor("chroma-it-snapshot"));
        assertThat(snapshotId).startsWith("snap-");

        SnapshotStatus status = ports.snapshots().snapshotStatus(snapshotId);
        assertThat(status.snapshotId()).isEqualTo(snapshotId);
        assertThat(status.state()).isEqualTo(SnapshotStatus.COMPLETED); // moto completes at once
        assertThat(status.completed()).isTrue();
        assertThat(status.failed()).isFalse();

        try (Ec2Client ec2 = MotoClients.ec2(moto, REGION)) {
            List<Snapshot> ours = ec2.describeSnapshots(r -> r.filters(Filter.builder()
                    .name("tag:" + Snapshots.STACK_TAG).values("chroma-it-snapshot").build())).snapshots();
            assertThat(ours).singleElement().satisfies(s -> {
                assertThat(s.snapshotId()).isEqualTo(snapshotId);
                assertThat(s.volumeId()).isEqualTo(volume.volumeId());
                assertThat(s.description()).isEqualTo("chroma-setup: chroma-it-snapshot before destroy");
                assertThat(s.tags()).extracting(Tag::key, Tag::value).contains(
                        org.assertj.core.groups.Tuple.tuple(Snapshots.STACK_TAG, "chroma-it-snapshot"),
                        org.assertj.core.groups.Tuple.tuple(Stacks.CREATED_BY_TAG, Stacks.CREATED_BY_VALUE));
            });
        }

        // Then the destroy itself: the snapshot outlives the stack.
        ports.stacks().delete(stackId);
        assertThat(ports.stacks().describe(stackId)).get().extracting(s -> s.status()).isEqualTo("DELETE_COMPLETE");
        assertThat(ports.snapshots().snapshotStatus(snapshotId).completed()).isTrue();
    }

    @Test
    void aStackThatIsGoneHasNoDataVolume() {
        AwsPorts ports = aws.forRegion(REGION);
        assertThat(ports.snapshots().dataVolume("chroma-it-never-created")).isEmpty();
    }

    @Test
    void anUnknownSnapshotIsAnErrorInWords() {
        AwsPorts ports = aws.forRegion(REGION);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ports.snapshots().snapshotStatus("snap-0123456789abcdef0"))
                .isInstanceOf(SetupException.class);
    }
}
