package dev.chromasetup.text;

import java.util.Objects;

/**
 * A value that must never be shown, logged or saved (OpenTelemetry headers, tokens). Its
 * {@link #toString()} is masked so a stray log line or exception message cannot leak it.
 */
public final class Secret {
    private static final Secret EMPTY = new Secret("");
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static Secret of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Secret(value);
    }

    public static Secret empty() {
        return EMPTY;
    }

    /** The real value: only for handing to AWS as a parameter. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** What a screen may show: "(none)" or "•••••• (set, N characters)". */
    public String masked() {
        return value.isEmpty() ? "(none)" : "•••••• (set, " + value.length() + " characters)";
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
