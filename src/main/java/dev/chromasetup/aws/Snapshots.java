package dev.chromasetup.aws;

import java.util.Map;
import java.util.Optional;

/**
 * EBS snapshots of a stack's data volume, taken before the stack is destroyed (deleting the stack
 * deletes the volume and the data with it).
 */
public interface Snapshots {
    /** The tag naming the stack a snapshot was taken from. */
    String STACK_TAG = "chroma-setup:stack";

    /**
     * The data volume of the stack's EC2 instance (its root EBS volume); empty when the stack, its
     * instance or an EBS root volume no longer exists.
     */
    Optional<DataVolume> dataVolume(String stackId);

    /**
     * Starts a snapshot of the volume and returns its id ({@code snap-…}); it completes later, see
     * {@link #snapshotStatus}. {@code description} is cut to EC2's 255 characters. The snapshot carries
     * {@code tags} plus {@link Stacks#CREATED_BY_TAG}; pass {@link #tagsFor} to name the stack.
     */
    String createSnapshot(String volumeId, String description, Map<String, String> tags);

    SnapshotStatus snapshotStatus(String snapshotId);

    /** The tags a snapshot of {@code stackName}'s volume should carry. */
    static Map<String, String> tagsFor(String stackName) {
        return Map.of(STACK_TAG, stackName);
    }
}
