package dev.chromasetup.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValueFactory;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * One duration syntax for flags, environment variables and config files: HOCON's "10m", "90s",
 * "1h", "500ms" and ISO-8601's "PT5M". A bare number is refused even though HOCON would read it as
 * milliseconds: "--ready-timeout 10" almost certainly does not mean ten milliseconds.
 */
public final class Durations {
    /** What every error message says is expected. */
    public static final String EXPECTED = "a duration such as 10m, 90s, 1h or PT5M";
    /** {@link #EXPECTED} for values that must be above zero. */
    public static final String EXPECTED_POSITIVE = "a positive duration such as 10m, 90s, 1h or PT5M";

    private Durations() {
    }

    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        if (t.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a unit is missing");
        }
        try {
            Duration d = Character.toUpperCase(t.charAt(0)) == 'P' || t.startsWith("-P")
                    ? Duration.parse(t)
                    : ConfigValueFactory.fromMap(Map.of("d", t)).toConfig().getDuration("d");
            d.toMillis(); // throws ArithmeticException when absurdly long, before anything uses it
            return d;
        } catch (ConfigException | DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("not a duration", e);
        }
    }

    /** The HOCON form handed to Typesafe Config when a flag carries an already parsed duration. */
    static String toHocon(Duration d) {
        return d.toMillis() + "ms";
    }
}
