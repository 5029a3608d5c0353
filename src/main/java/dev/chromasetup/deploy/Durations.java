package dev.chromasetup.deploy;

import java.time.Duration;

/** Short human durations for progress lines: "8s", "2m 05s", "1h 02m". */
final class Durations {
    private Durations() {
    }

    static String human(Duration d) {
        long s = Math.max(0, (d.toMillis() + 500) / 1000); // round, so 7.6 s reads "8s"
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm %02ds", s / 60, s % 60);
        }
        return String.format("%dh %02dm", s / 3600, (s % 3600) / 60);
    }
}
