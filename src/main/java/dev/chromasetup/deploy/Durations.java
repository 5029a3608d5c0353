package dev.chromasetup.deploy;

import java.time.Duration;

/** Short human durations for progress lines: "300ms", "8s", "2m 05s", "1h 02m". */
final class Durations {
    private Durations() {
    }

    static String human(Duration d) {
        if (!d.isNegative() && d.toMillis() < 1000) {
            return d.toMillis() + "ms"; // short test/probe timeouts would otherwise read "0s"
        }
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
