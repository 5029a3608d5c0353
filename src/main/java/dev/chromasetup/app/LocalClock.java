package dev.chromasetup.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the local time zone, with the zone looked up at its first use. Why not
 * {@link Clock#systemDefaultZone()}: it reads the time-zone database at once, about 15 ms before the
 * first frame (measured with a profiler, docs/performance.md), and only event times shown later need it.
 */
public final class LocalClock extends Clock {
    private volatile ZoneId zone;

    @Override
    public ZoneId getZone() {
        ZoneId z = zone;
        if (z == null) {
            z = ZoneId.systemDefault();
            zone = z;
        }
        return z;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
