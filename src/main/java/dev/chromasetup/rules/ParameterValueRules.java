package dev.chromasetup.rules;

import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.SetupException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks stack parameter values against what Chroma's UserData script can survive. The template
 * writes the OpenTelemetry values into `.env` with single-quoted `echo` commands and substitutes the
 * version into a `sed` expression, on first boot only: a bad value does not fail the stack, it leaves
 * a running instance with no Chroma on it. So we refuse such values before anything is created.
 */
public final class ParameterValueRules {
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private static final String SCRIPT_WHY =
            "Chroma's template writes this value inside single quotes in the instance's start-up script, which would break it";

    private ParameterValueRules() {
    }

    /** "contains a line break" → "remove the line break and try again". */
    private static String fix(String problem) {
        return "remove the " + problem.replaceFirst("^contains (an? )?", "") + " and try again";
    }

    /** A value that may be shown in messages (service name, endpoint, key name): returned unchanged when safe. */
    public static String validate(String parameter, String value) {
        String v = value == null ? "" : value;
        problem(v).ifPresent(p -> {
            throw SetupException.usage(parameter + " " + p + ": \"" + new TextSanitizer(60).clean(v) + "\"",
                    SCRIPT_WHY, fix(p));
        });
        return v;
    }

    /** Same rules for a secret value; the message names the parameter only, never the value. */
    public static Secret validate(String parameter, Secret value) {
        problem(value.reveal()).ifPresent(p -> {
            throw SetupException.usage(parameter + " " + p, SCRIPT_WHY,
                    fix(p));
        });
        return value;
    }

    /**
     * The Chroma version: a docker image tag such as 1.5.9 or latest. It is substituted into a
     * `sed s/.../.../` expression, so a `/` (or `&`, or a space) would corrupt the compose file.
     */
    public static String chromaVersion(String value) {
        String v = value == null ? "" : value.strip();
        String fix = "give a Chroma release such as 1.5.9 (see https://github.com/chroma-core/chroma/releases) or a tag such as latest";
        if (v.isEmpty()) {
            throw SetupException.usage("Chroma version is empty", "the template needs a docker image tag to start", fix);
        }
        validate("ChromaVersion", v);
        if (!VERSION.matcher(v).matches()) {
            String shown = "\"" + new TextSanitizer(60).clean(v) + "\"";
            String why = v.contains("/") || v.chars().anyMatch(Character::isWhitespace)
                    ? "it contains a '/' or a space; the template puts the version inside a sed expression on the instance, which it would break"
                    : "a docker image tag has 1 to 128 letters, digits, '.', '_' or '-'";
            throw SetupException.usage("Chroma version " + shown + " is not a valid image tag", why, fix);
        }
        return v;
    }

    /** What is wrong with a value, in words, or empty when it is safe inside single quotes. */
    static Optional<String> problem(String v) {
        if (v.indexOf('\'') >= 0) {
            return Optional.of("contains a single quote (')");
        }
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return Optional.of("contains a line break");
        }
        if (v.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
            return Optional.of("contains a control character");
        }
        return Optional.empty();
    }
}
