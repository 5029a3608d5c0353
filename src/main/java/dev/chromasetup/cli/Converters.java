package dev.chromasetup.cli;

import dev.chromasetup.config.Durations;
import dev.chromasetup.text.Secret;
import dev.chromasetup.text.TextSanitizer;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for the project's own value types. */
final class Converters {
    private Converters() {
    }

    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                Duration d = Durations.parse(value);
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("not positive");
                }
                return d;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(
                        "expected " + Durations.EXPECTED_POSITIVE + ", got " + TextSanitizer.quote(value));
            }
        }
    }

    /** Wraps at once so the raw value never sits in a String field someone might print. */
    static final class SecretConverter implements ITypeConverter<Secret> {
        @Override
        public Secret convert(String value) {
            return Secret.of(value);
        }
    }
}
