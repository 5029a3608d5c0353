package dev.chromasetup.aws;

/**
 * AWS could not answer right now, after the SDK's own retries: throttled, unreachable, or a 5xx.
 * Callers that poll (the event tail, the readiness wait) back off and try again; one-shot callers
 * turn it into a {@link dev.chromasetup.errors.SetupException} with a retry offer.
 */
public final class AwsTransientException extends RuntimeException {
    public enum Kind { THROTTLED, NETWORK, SERVER_ERROR }

    private final Kind kind;

    public AwsTransientException(Kind kind, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
