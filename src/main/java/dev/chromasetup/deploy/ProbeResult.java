package dev.chromasetup.deploy;

/**
 * One readiness probe: {@code httpStatus} is 0 when no HTTP answer came (refused, timed out, reset);
 * {@code detail} says what happened in plain words ("connection refused", "HTTP 503", ...).
 */
public record ProbeResult(boolean ready, int httpStatus, String detail) {
    public static ProbeResult ready(String detail) {
        return new ProbeResult(true, 200, detail);
    }

    public static ProbeResult notYet(int httpStatus, String detail) {
        return new ProbeResult(false, httpStatus, detail);
    }
}
