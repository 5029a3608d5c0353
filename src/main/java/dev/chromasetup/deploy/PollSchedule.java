package dev.chromasetup.deploy;

import dev.chromasetup.text.DurationText;
import dev.chromasetup.text.TextSanitizer;

import dev.chromasetup.aws.AwsTransientException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to poll AWS next. After a success: the base interval. After each transient failure the ceiling
 * doubles up to {@code max}, and the delay is drawn with equal jitter (half the ceiling plus a random
 * part of the other half) so many clients do not retry in step. It never gives up: peers that stop
 * streaming after three throttles (SAM #2671) leave the user staring at a frozen screen. Instead
 * {@link #notice()} says what is wrong and, past {@code warnAfter} failures, for how long.
 *
 * <p>Pure policy: no clock, no sleeping, randomness injected. Owned by one poll loop.
 */
public final class PollSchedule {
    private final Duration base;
    private final Duration max;
    private final int warnAfter;
    private final RandomGenerator random;
    private int failures;
    private Instant failingSince;
    private Duration next;
    private String notice;

    public PollSchedule(Duration base, Duration max, int warnAfter, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || warnAfter < 1) {
            throw new IllegalArgumentException("need 0 < base <= max and warnAfter >= 1");
        }
        this.base = base;
        this.max = max;
        this.warnAfter = warnAfter;
        this.random = Objects.requireNonNull(random);
        this.next = base;
    }

    /** 2 s normally, up to 30 s when AWS pushes back; warns after 5 failures in a row. */
    public static PollSchedule standard(RandomGenerator random) {
        return new PollSchedule(Duration.ofSeconds(2), Duration.ofSeconds(30), 5, random);
    }

    /** A call succeeded: back to the base interval, notice cleared. */
    public Duration onSuccess() {
        failures = 0;
        failingSince = null;
        notice = null;
        next = base;
        return next;
    }

    /** A call failed transiently at {@code now}: the delay before the next try, longer each time. */
    public Duration onFailure(AwsTransientException e, Instant now) {
        failures++;
        if (failingSince == null) {
            failingSince = now;
        }
        next = jittered(ceiling());
        notice = describe(e, now);
        return next;
    }

    public Duration nextDelay() {
        return next;
    }

    public int consecutiveFailures() {
        return failures;
    }

    /** What a UI shows under the progress while AWS is unhappy; empty when all is well. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    private Duration ceiling() {
        // base * 2^failures, capped; the shift is capped too so it cannot overflow.
        long millis = base.toMillis() << Math.min(failures, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    private Duration jittered(Duration ceiling) {
        long half = ceiling.toMillis() / 2;
        double r = random.nextDouble();
        return Duration.ofMillis(half + Math.round((ceiling.toMillis() - half) * r));
    }

    private String describe(AwsTransientException e, Instant now) {
        String wait = DurationText.human(next);
        String line = switch (e.kind()) {
            case THROTTLED -> "AWS is throttling requests; slowing down (next check in " + wait + ")";
            case NETWORK -> "Cannot reach AWS" + detail(e) + "; retrying in " + wait;
            case SERVER_ERROR -> "AWS answered with a server error" + detail(e) + "; retrying in " + wait;
        };
        if (failures >= warnAfter) {
            line += "; failing for " + DurationText.human(Duration.between(failingSince, now))
                    + " (" + failures + " tries), still trying";
        }
        return line;
    }

    private static String detail(AwsTransientException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "";
        }
        // AWS text: keep one short printable line.
        return " (" + new TextSanitizer(80).clean(m) + ")";
    }
}
