package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.DataVolume;
import dev.chromasetup.aws.SnapshotStatus;
import dev.chromasetup.aws.Snapshots;
import dev.chromasetup.aws.Stacks;
import dev.chromasetup.errors.SetupException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackResource;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * The stack's data volume and its snapshots: CloudFormation names the instance, EC2 its root volume.
 * Anything that has gone (stack, instance, volume) is "no data volume", not an error: destroy then
 * simply has nothing to snapshot.
 */
final class SdkSnapshots implements Snapshots {
    private static final AwsCall RESOURCES = AwsCall.of("DescribeStackResources", "cloudformation:DescribeStackResources");
    private static final AwsCall INSTANCES = AwsCall.of("DescribeInstances", "ec2:DescribeInstances");
    private static final AwsCall VOLUMES = AwsCall.of("DescribeVolumes", "ec2:DescribeVolumes");
    private static final AwsCall CREATE = AwsCall.of("CreateSnapshot", "ec2:CreateSnapshot");
    private static final AwsCall DESCRIBE = AwsCall.of("DescribeSnapshots", "ec2:DescribeSnapshots");
    private static final String INSTANCE_TYPE = "AWS::EC2::Instance";
    private static final Set<String> GONE = Set.of("InvalidInstanceID.NotFound", "InvalidInstanceID.Malformed",
            "InvalidVolume.NotFound");
    static final int MAX_DESCRIPTION = 255;

    private final Supplier<CloudFormationClient> cfn;
    private final Supplier<Ec2Client> ec2;
    private final AwsErrors errors;

    SdkSnapshots(Supplier<CloudFormationClient> cfn, Supplier<Ec2Client> ec2, AwsErrors errors) {
        this.cfn = cfn;
        this.ec2 = ec2;
        this.errors = errors;
    }

    @Override
    public Optional<DataVolume> dataVolume(String stackId) {
        return instanceId(stackId).flatMap(this::rootVolume);
    }

    private Optional<String> instanceId(String stackId) {
        return errors.call(RESOURCES.forStack(stackId), () -> {
            try {
                return cfn.get().describeStackResources(r -> r.stackName(stackId)).stackResources().stream()
                        .filter(r -> INSTANCE_TYPE.equals(r.resourceType()))
                        .map(StackResource::physicalResourceId)
                        .filter(id -> id != null && !id.isBlank())
                        .findFirst();
            } catch (AwsServiceException e) {
                if (SdkStacks.isMissingStack(e)) {
                    return Optional.<String>empty();
                }
                throw e;
            }
        });
    }

    private Optional<DataVolume> rootVolume(String instanceId) {
        Optional<String> volumeId = errors.call(INSTANCES, () -> ignoringGone(() -> ec2.get()
                .describeInstances(r -> r.instanceIds(instanceId)).reservations().stream()
                .flatMap(r -> r.instances().stream())
                .findFirst()
                .flatMap(SdkSnapshots::rootVolumeId)));
        return volumeId.flatMap(v -> errors.call(VOLUMES, () -> ignoringGone(() -> ec2.get()
                .describeVolumes(r -> r.volumeIds(v)).volumes().stream().findFirst()
                .map(vol -> new DataVolume(instanceId, vol.volumeId(), vol.size() == null ? 0 : vol.size())))));
    }

    /** The EBS volume on the root device; the first EBS volume when the root device is not listed. */
    static Optional<String> rootVolumeId(Instance instance) {
        return instance.blockDeviceMappings().stream()
                .filter(m -> m.deviceName() != null && m.deviceName().equals(instance.rootDeviceName()))
                .findFirst()
                .or(() -> instance.blockDeviceMappings().stream().filter(m -> m.ebs() != null).findFirst())
                .map(InstanceBlockDeviceMapping::ebs)
                .map(EbsInstanceBlockDevice::volumeId);
    }

    @Override
    public String createSnapshot(String volumeId, String description, Map<String, String> tags) {
        Map<String, String> all = new LinkedHashMap<>(tags);
        all.put(Stacks.CREATED_BY_TAG, Stacks.CREATED_BY_VALUE);
        String text = description == null ? "" : description;
        String cut = text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text;
        return errors.call(CREATE, () -> ec2.get().createSnapshot(r -> r.volumeId(volumeId).description(cut)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                        .tags(all.entrySet().stream()
                                .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build()).toList())
                        .build()))
                .snapshotId());
    }

    @Override
    public SnapshotStatus snapshotStatus(String snapshotId) {
        Snapshot s = errors.call(DESCRIBE, () -> ec2.get().describeSnapshots(r -> r.snapshotIds(snapshotId))
                .snapshots().stream().findFirst()
                .orElseThrow(() -> SetupException.failed("Snapshot not found",
                        "EC2 lists no snapshot " + snapshotId,
                        "look for it in the EC2 console (Elastic Block Store > Snapshots)")));
        return new SnapshotStatus(s.snapshotId(), s.stateAsString(), s.progress(),
                s.stateMessage() == null ? "" : AwsErrors.sanitize(s.stateMessage()));
    }

    private static <T> Optional<T> ignoringGone(Supplier<Optional<T>> body) {
        try {
            return body.get();
        } catch (AwsServiceException e) {
            if (e.awsErrorDetails() != null && GONE.contains(e.awsErrorDetails().errorCode())) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
