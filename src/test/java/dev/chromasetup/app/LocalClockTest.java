package dev.chromasetup.app;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The clock the program runs on: the system's time, in the machine's own time zone. */
class LocalClockTest {
    @Test
    void tellsTheSystemTimeInTheLocalZone() {
        LocalClock clock = new LocalClock();
        Instant before = Instant.now();
        Instant now = clock.instant();
        assertThat(now).isBetween(before, Instant.now());
        assertThat(Math.abs(clock.millis() - System.currentTimeMillis())).isLessThan(1_000);
        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(clock.getZone()).isSameAs(clock.getZone()); // looked up once
    }

    @Test
    void withZoneKeepsTheTimeAndChangesTheZone() {
        var utc = new LocalClock().withZone(ZoneOffset.UTC);
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(Duration.between(utc.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(1));
    }
}
