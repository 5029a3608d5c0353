package dev.chromasetup.deploy;

import java.util.Set;

/**
 * Reads CloudFormation stack statuses as strings: AWS adds new ones faster than SDK releases, so an
 * unknown status is treated as "still in progress" rather than as an error.
 */
public final class StackStatuses {
    // Stable states: the stack will not change again without a new request.
    private static final Set<String> TERMINAL = Set.of(
            "CREATE_COMPLETE", "CREATE_FAILED", "ROLLBACK_COMPLETE", "ROLLBACK_FAILED",
            "DELETE_COMPLETE", "DELETE_FAILED", "UPDATE_COMPLETE", "UPDATE_FAILED",
            "UPDATE_ROLLBACK_COMPLETE", "UPDATE_ROLLBACK_FAILED",
            "IMPORT_COMPLETE", "IMPORT_ROLLBACK_COMPLETE", "IMPORT_ROLLBACK_FAILED");

    private StackStatuses() {
    }

    public static boolean isTerminal(String status) {
        return status != null && TERMINAL.contains(status);
    }

    public static boolean isInProgress(String status) {
        return !isTerminal(status);
    }

    /** The create (or the re-attached create) ended with a working stack. */
    public static boolean isCreateSuccess(String status) {
        return "CREATE_COMPLETE".equals(status);
    }

    public static boolean isDeleteSuccess(String status) {
        return "DELETE_COMPLETE".equals(status);
    }

    /** Terminal and not what anyone asked for: a failure or a rollback (even a complete one). */
    public static boolean isFailure(String status) {
        return isTerminal(status) && (status.contains("FAILED") || status.contains("ROLLBACK"));
    }

    /** ROLLBACK_COMPLETE: the failed stack is still there and can only be deleted. */
    public static boolean needsDeleteBeforeRetry(String status) {
        return "ROLLBACK_COMPLETE".equals(status) || "ROLLBACK_FAILED".equals(status)
                || "CREATE_FAILED".equals(status);
    }
}
