package dev.chromasetup.aws;

import java.util.Objects;

/**
 * An EBS snapshot as DescribeSnapshots reports it. {@code state} is read as a string
 * ({@code pending}, {@code completed}, {@code error}, or whatever EC2 adds later); {@code progress}
 * is EC2's percentage text (e.g. {@code "42%"}), empty when EC2 gives none; {@code message} is EC2's
 * state message (set when the snapshot failed), empty otherwise.
 */
public record SnapshotStatus(String snapshotId, String state, String progress, String message) {
    public static final String PENDING = "pending";
    public static final String COMPLETED = "completed";
    public static final String ERROR = "error";

    public SnapshotStatus {
        Objects.requireNonNull(snapshotId);
        Objects.requireNonNull(state);
        progress = progress == null ? "" : progress;
        message = message == null ? "" : message;
    }

    public boolean completed() {
        return COMPLETED.equals(state);
    }

    public boolean failed() {
        return ERROR.equals(state);
    }
}
