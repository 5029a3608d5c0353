package dev.chromasetup.errors;

/** The process exit codes, in one place. Scripts rely on these numbers: never renumber them. */
public enum ExitCode {
    /** Done: the stack is up (and answered, unless readiness was skipped), or the command succeeded. */
    OK(0),
    /** The deployment or deletion failed: stack failed or rolled back, readiness timed out. */
    FAILED(1),
    /** Usage error or invalid input: a bad flag, answer or config file. */
    USAGE(2),
    /** A preflight check blocked before anything was created. */
    BLOCKED(3),
    /** The user cancelled (Ctrl-C, "no" at the review, or detached from a running deploy). */
    CANCELLED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
