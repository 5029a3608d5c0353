package dev.chromasetup.deploy;

import dev.chromasetup.text.TextSanitizer;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of {@link DeployProgress}: a resource, its latest CloudFormation status (empty while
 * waiting), the plain word for it, and when its work started and ended. {@code reason} is the latest
 * event's text; {@code failure} keeps the first failure's text even after a rollback deletes the
 * resource, because that is what the user needs to read. Immutable.
 */
public record ResourceProgress(String logicalId, String type, String humanName, Optional<String> status,
        Optional<Instant> started, Optional<Instant> ended, Optional<String> reason,
        Optional<String> failure, Optional<Instant> failedAt) {

    public static ResourceProgress waiting(String logicalId, String type, String humanName) {
        return new ResourceProgress(logicalId, type, humanName, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The row after one more event for this resource. */
    ResourceProgress with(String newStatus, Instant at, String newReason) {
        boolean inProgress = newStatus.endsWith("_IN_PROGRESS");
        boolean finished = newStatus.endsWith("_COMPLETE") || newStatus.endsWith("_FAILED")
                || newStatus.endsWith("_SKIPPED");
        // Start at the first IN_PROGRESS; when attached late (no IN_PROGRESS seen), at the first event.
        Optional<Instant> start = started.isPresent() || !(inProgress || finished) ? started : Optional.ofNullable(at);
        // New work after an end (a rollback deleting a created resource) reopens the row.
        Optional<Instant> end = finished ? Optional.ofNullable(at) : inProgress ? Optional.empty() : ended;
        Optional<String> why = Optional.ofNullable(newReason).filter(r -> !r.isBlank()).map(ResourceProgress::clean);
        boolean firstFailure = failure.isEmpty() && newStatus.endsWith("_FAILED");
        return new ResourceProgress(logicalId, type, humanName, Optional.of(newStatus), start, end, why,
                firstFailure ? why.or(() -> Optional.of(newStatus)) : failure,
                firstFailure ? Optional.ofNullable(at) : failedAt);
    }

    /** waiting, creating, created, failed, cancelled, deleting, deleted, rolling back... */
    public String word() {
        if (status.isEmpty()) {
            return "waiting";
        }
        String s = status.get();
        if ("CREATE_FAILED".equals(s) && isCancellation()) {
            return "cancelled";
        }
        return switch (s) {
            case "CREATE_IN_PROGRESS" -> "creating";
            case "CREATE_COMPLETE" -> "created";
            case "CREATE_FAILED" -> "failed";
            case "DELETE_IN_PROGRESS" -> "deleting";
            case "DELETE_COMPLETE" -> "deleted";
            case "DELETE_FAILED" -> "delete failed";
            case "DELETE_SKIPPED" -> "kept";
            case "UPDATE_IN_PROGRESS" -> "updating";
            case "UPDATE_COMPLETE" -> "updated";
            case "UPDATE_FAILED" -> "update failed";
            case "ROLLBACK_IN_PROGRESS", "UPDATE_ROLLBACK_IN_PROGRESS" -> "rolling back";
            case "ROLLBACK_COMPLETE", "UPDATE_ROLLBACK_COMPLETE" -> "rolled back";
            case "ROLLBACK_FAILED", "UPDATE_ROLLBACK_FAILED" -> "rollback failed";
            // Statuses newer than this code (CONFIGURATION_COMPLETE, ...) still read as words.
            default -> s.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    public boolean isCreated() {
        return status.filter(s -> s.equals("CREATE_COMPLETE") || s.equals("UPDATE_COMPLETE")
                || s.equals("IMPORT_COMPLETE")).isPresent();
    }

    /** Currently in a failed state. */
    public boolean isFailed() {
        return status.filter(s -> s.endsWith("_FAILED")).isPresent();
    }

    /** Failed at some point, even if a rollback has since deleted it. */
    public boolean hasFailed() {
        return failure.isPresent();
    }

    /** "Resource creation cancelled" is a consequence of another failure, never the root cause. */
    public boolean isCancellation() {
        return failure.filter(r -> r.toLowerCase(Locale.ROOT).contains("resource creation cancelled")).isPresent();
    }

    /** Time spent so far (or in total once ended); zero while waiting. */
    public Duration elapsed(Instant now) {
        if (started.isEmpty()) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(started.get(), ended.orElse(now));
        return d.isNegative() ? Duration.ZERO : d;
    }

    // AWS text goes to a terminal: drop control characters (escape sequences included).
    private static String clean(String text) {
        return TextSanitizer.sanitize(text);
    }
}
