package dev.chromasetup.aws.sdk;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value built on first use and remembered. SDK clients are built this way because loading a
 * client's classes costs hundreds of milliseconds: a run that never lists key pairs never pays for it.
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }

    /** The value if it was ever built: closing must not build a client just to close it. */
    synchronized Optional<T> ifBuilt() {
        return Optional.ofNullable(value);
    }
}
