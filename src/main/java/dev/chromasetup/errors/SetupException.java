package dev.chromasetup.errors;

import java.util.Objects;

/**
 * Every failure a user sees: what happened, why, and how to fix it, plus the exit code it maps to.
 * Messages must never contain secrets (secret keys, session tokens, OpenTelemetry headers).
 */
public final class SetupException extends RuntimeException {
    private final ExitCode exitCode;
    private final String what;
    private final String why;
    private final String fix;

    public SetupException(ExitCode exitCode, String what, String why, String fix) {
        this(exitCode, what, why, fix, null);
    }

    public SetupException(ExitCode exitCode, String what, String why, String fix, Throwable cause) {
        super(what + ": " + why, cause, false, false);
        this.exitCode = Objects.requireNonNull(exitCode);
        this.what = Objects.requireNonNull(what);
        this.why = why == null ? "" : why;
        this.fix = fix == null ? "" : fix;
    }

    public static SetupException usage(String what, String why, String fix) {
        return new SetupException(ExitCode.USAGE, what, why, fix);
    }

    public static SetupException blocked(String what, String why, String fix) {
        return new SetupException(ExitCode.BLOCKED, what, why, fix);
    }

    public static SetupException failed(String what, String why, String fix) {
        return new SetupException(ExitCode.FAILED, what, why, fix);
    }

    public static SetupException cancelled(String what, String fix) {
        return new SetupException(ExitCode.CANCELLED, what, "cancelled by the user", fix);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public String what() {
        return what;
    }

    public String why() {
        return why;
    }

    public String fix() {
        return fix;
    }

    /** The two-line form every face prints: "{what}: {why}" then "Fix: {fix}". */
    public String describe() {
        String head = why.isEmpty() ? what : what + ": " + why;
        return fix.isEmpty() ? head : head + System.lineSeparator() + "Fix: " + fix;
    }
}
