package dev.chromasetup.text;

import java.time.Duration;

/** Elapsed time the way the screens show it: "6s", "1m 42s", "1h 02m" (numbers carry units, UX "Words"). */
public final class DurationText {
    private DurationText() {
    }

    public static String human(Duration d) {
        if (d != null && !d.isNegative() && d.toMillis() < 1000 && !d.isZero()) {
            return d.toMillis() + "ms"; // short probe timeouts would otherwise read "0s"
        }
        long total = d == null || d.isNegative() ? 0 : d.getSeconds();
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long s = total % 60;
        if (h > 0) {
            // Seconds stop mattering past an hour; fixed-width minutes keep columns aligned.
            return String.format("%dh %02dm", h, m);
        }
        if (m > 0) {
            return String.format("%dm %02ds", m, s);
        }
        return s + "s";
    }
}
