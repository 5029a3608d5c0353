package dev.chromasetup.deploy;

import java.util.random.RandomGenerator;

/** Always the same fraction: 0 gives the lowest jittered delay, 0.999999 the highest. */
final class FixedRandom implements RandomGenerator {
    private final double fraction;

    FixedRandom(double fraction) {
        this.fraction = fraction;
    }

    @Override
    public long nextLong() {
        return (long) (fraction * Long.MAX_VALUE);
    }

    @Override
    public double nextDouble() {
        return fraction;
    }
}
