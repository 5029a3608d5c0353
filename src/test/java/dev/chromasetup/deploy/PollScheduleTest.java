package dev.chromasetup.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.aws.AwsTransientException;
import dev.chromasetup.aws.AwsTransientException.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final AwsTransientException THROTTLED =
            new AwsTransientException(Kind.THROTTLED, "Rate exceeded", null);

    private static PollSchedule schedule(double fraction) {
        return new PollSchedule(Duration.ofSeconds(2), Duration.ofSeconds(30), 5, new FixedRandom(fraction));
    }

    private static List<Long> delaysOverFailures(PollSchedule s, int n) {
        List<Long> seconds = new ArrayList<>();
        seconds.add(s.nextDelay().toSeconds());
        Instant now = T0;
        for (int i = 0; i < n; i++) {
            seconds.add(s.onFailure(THROTTLED, now).toSeconds());
            now = now.plus(s.nextDelay());
        }
        return seconds;
    }

    @Test
    void doublesUpToTheMaxAtTheTopOfTheJitter() {
        assertThat(delaysOverFailures(schedule(0.999999), 5)).containsExactly(2L, 4L, 8L, 16L, 30L, 30L);
    }

    @Test
    void equalJitterNeverGoesBelowHalfTheCeiling() {
        assertThat(delaysOverFailures(schedule(0.0), 5)).containsExactly(2L, 2L, 4L, 8L, 15L, 15L);
    }

    @Test
    void recoversToTheBaseAndClearsTheNotice() {
        PollSchedule s = schedule(0.999999);
        s.onFailure(THROTTLED, T0);
        s.onFailure(THROTTLED, T0.plusSeconds(4));
        assertThat(s.notice()).isPresent();

        assertThat(s.onSuccess()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.notice()).isEmpty();
        assertThat(s.consecutiveFailures()).isZero();
        assertThat(s.onFailure(THROTTLED, T0.plusSeconds(60))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void noticesSayWhatIsWrongAndWhenTheNextCheckIs() {
        PollSchedule s = schedule(0.999999);
        s.onFailure(THROTTLED, T0);
        s.onFailure(THROTTLED, T0);
        assertThat(s.notice()).contains("AWS is throttling requests; slowing down (next check in 8s)");

        PollSchedule n = schedule(0.999999);
        n.onFailure(new AwsTransientException(Kind.NETWORK, "connection refused", null), T0);
        assertThat(n.notice()).contains("Cannot reach AWS (connection refused); retrying in 4s");

        PollSchedule e = schedule(0.999999);
        e.onFailure(new AwsTransientException(Kind.SERVER_ERROR, null, null), T0);
        assertThat(e.notice()).contains("AWS answered with a server error; retrying in 4s");
    }

    @Test
    void keepsTryingAfterManyFailuresAndSaysForHowLong() {
        PollSchedule s = schedule(0.999999);
        Instant now = T0;
        for (int i = 0; i < 8; i++) {
            s.onFailure(THROTTLED, now);
            now = now.plus(s.nextDelay());
        }
        // failures at 0, 4, 12, 28, 58, 88, 118, 148 s
        assertThat(s.nextDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.notice()).contains("AWS is throttling requests; slowing down (next check in 30s);"
                + " failing for 2m 28s (8 tries), still trying");
    }

    @Test
    void awsTextInTheNoticeIsOneShortLine() {
        PollSchedule s = schedule(0.5);
        s.onFailure(new AwsTransientException(Kind.NETWORK, "reset\n\u001b[31m" + "x".repeat(200), null), T0);
        assertThat(s.notice().orElseThrow()).doesNotContain("\n", "\u001b").hasSizeLessThan(140);
    }
}
