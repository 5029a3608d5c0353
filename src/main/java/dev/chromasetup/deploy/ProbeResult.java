package dev.chromasetup.deploy;

/**
 * One readiness probe: {@code httpStatus} is 0 when no HTTP answer came (refused, timed out, reset);
 * {@code detail} says what happened in plain words ("connection refused", "HTTP 503", ...).
 */
public record ProbeResult(boolean ready, int httpStatus, String detail) {
    /** How {@code detail} starts when the port refused the connection (the host answered, nothing listens). */
    public static final String REFUSED = "connection refused";
    /** How {@code detail} starts when nothing answered at all before the request timeout. */
    public static final String SILENT = "no answer";

    /** What kind of answer this was, for the timed-out diagnosis. */
    public enum Kind { READY, REFUSED, SILENT, GONE_410, STARTING_503, OTHER_HTTP, OTHER_FAILURE }

    public static ProbeResult ready(String detail) {
        return new ProbeResult(true, 200, detail);
    }

    public Kind kind() {
        if (ready) {
            return Kind.READY;
        }
        return switch (httpStatus) {
            case 0 -> detail.startsWith(REFUSED) ? Kind.REFUSED
                    : detail.startsWith(SILENT) ? Kind.SILENT : Kind.OTHER_FAILURE;
            case 410 -> Kind.GONE_410;
            case 503 -> Kind.STARTING_503;
            default -> Kind.OTHER_HTTP;
        };
    }

    public static ProbeResult notYet(int httpStatus, String detail) {
        return new ProbeResult(false, httpStatus, detail);
    }
}
