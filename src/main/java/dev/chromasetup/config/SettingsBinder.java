package dev.chromasetup.config;

import dev.chromasetup.text.Secret;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigOrigin;
import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.template.TemplateChoice;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the merged Config into a validated {@link Settings}. A bad value is reported with its key,
 * where it came from (file and line, environment variable or option) and what was expected.
 */
final class SettingsBinder {
    /** Keys whose values must never appear in a message. */
    private static final Set<String> SECRET_KEYS = Set.of("otel-headers");

    private final Config c;
    private final Config reference;
    private final Map<String, String> env;
    private final Path home;

    SettingsBinder(Config merged, Config reference, Map<String, String> env, Path home) {
        this.c = merged;
        this.reference = reference;
        this.env = env;
        this.home = home;
    }

    Settings bind(Set<String> explicit) {
        String noColorEnv = env.get("NO_COLOR"); // https://no-color.org: set and not empty
        return new Settings(
                optional(str("profile")), optional(region()), url("endpoint-url"),
                bool("plain"), bool("yes"), output(), bool("no-color") || (noColorEnv != null && !noColorEnv.isEmpty()),
                bool("debug"),
                str("stack-name"), instanceType(), optional(keyName()), optional(str("chroma-version")),
                str("otel-endpoint"), serviceName(), Secret.of(str("otel-headers")),
                template(),
                url("template-url").orElseThrow(() -> invalid("template-url", "an http(s) URL", null)).toString(),
                path("template-file"), bool("create-default-vpc"), bool("no-wait"), bool("detach"),
                duration("ready-timeout"), url("readiness-url"),
                positiveLong("min-memory-mib"), duration("events.poll-interval"), duration("events.max-backoff"),
                duration("deploy-timeout"), readinessPath(), port("readiness.port"), duration("readiness.interval"),
                duration("aws.api-call-timeout"), duration("aws.api-call-attempt-timeout"),
                nonNegativeLong("expected-embeddings"), dimensions(),
                optional(str("create-key-pair")), bool("snapshot"),
                str("allowed-cidr"), bool("ssh"), bool("auth"), bool("elastic-ip"), url("public-address-url"),
                explicit);
    }

    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final java.util.regex.Pattern INSTANCE_TYPE =
            java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z0-9-]+");

    /** Empty (not set: the wizard asks or uses AWS_REGION) or the shape of a region code. */
    private String region() {
        String v = str("region").toLowerCase(Locale.ROOT);
        if (!v.isEmpty() && (v.length() > 32 || !REGION.matcher(v).matches())) {
            throw invalid("region", "an AWS region code such as us-east-1 or eu-west-3" + lookAlike(v), null);
        }
        return v;
    }

    private String instanceType() {
        String v = str("instance-type");
        if (v.length() > 64 || !INSTANCE_TYPE.matcher(v).matches()) {
            throw invalid("instance-type", "an EC2 instance type such as t3.small or m7i.large" + lookAlike(v), null);
        }
        return v;
    }

    /** EC2 key pair names: up to 255 ASCII characters; empty means no key pair. */
    private String keyName() {
        String v = str("key-name");
        if (v.length() > 255 || !v.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
            throw invalid("key-name", "an EC2 key pair name (up to 255 ASCII characters, no control characters)"
                    + lookAlike(v), null);
        }
        return v;
    }

    private String serviceName() {
        String v = str("otel-service-name");
        if (v.length() > 255 || v.codePoints().anyMatch(ch -> Character.isISOControl(ch)
                || Character.getType(ch) == Character.FORMAT)) {
            throw invalid("otel-service-name", "a service name of at most 255 printable characters", null);
        }
        return v;
    }

    private static String lookAlike(String v) {
        return TextSanitizer.lookAlikeHint(v);
    }

    private String str(String key) {
        try {
            return c.getString(key).trim();
        } catch (ConfigException e) {
            throw invalid(key, "a text value", e);
        }
    }

    private boolean bool(String key) {
        try {
            return c.getBoolean(key);
        } catch (ConfigException e) {
            throw invalid(key, "true or false", e);
        }
    }

    private Duration duration(String key) {
        try {
            Duration d = Durations.parse(c.getValue(key).unwrapped().toString());
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("not positive");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw invalid(key, Durations.EXPECTED_POSITIVE, e);
        }
    }

    private long positiveLong(String key) {
        try {
            long v = c.getLong(key);
            if (v > 0) {
                return v;
            }
        } catch (ConfigException e) {
            throw invalid(key, "a positive whole number", e);
        }
        throw invalid(key, "a positive whole number", null);
    }

    private long nonNegativeLong(String key) {
        try {
            long v = c.getLong(key);
            if (v >= 0) {
                return v;
            }
        } catch (ConfigException e) {
            throw invalid(key, "a whole number, 0 or more", e);
        }
        throw invalid(key, "a whole number, 0 or more", null);
    }

    /** Embedding dimensions: 1 to 65,536 (larger is no embedding model anyone ships). */
    private int dimensions() {
        long v = positiveLong("dimensions");
        if (v > 65_536) {
            throw invalid("dimensions", "a whole number from 1 to 65536", null);
        }
        return (int) v;
    }

    private int port(String key) {
        try {
            int v = c.getInt(key);
            if (v >= 1 && v <= 65535) {
                return v;
            }
        } catch (ConfigException e) {
            throw invalid(key, "a port number from 1 to 65535", e);
        }
        throw invalid(key, "a port number from 1 to 65535", null);
    }

    private OutputFormat output() {
        String v = str("output").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "text" -> OutputFormat.TEXT;
            case "json" -> OutputFormat.JSON;
            default -> throw invalid("output", "text or json", null);
        };
    }

    private TemplateChoice template() {
        return TemplateChoice.parse(str("template")).orElseThrow(() -> invalid("template", TemplateChoice.expected(), null));
    }

    private String readinessPath() {
        String p = str("readiness.path");
        if (!p.startsWith("/")) {
            throw invalid("readiness.path", "a path starting with /", null);
        }
        return p;
    }

    /**
     * Empty means "not set"; anything else must be an absolute http(s) URL with a host. An explicitly
     * empty --endpoint-url is refused: an unset shell variable must not silently send a run to real AWS.
     */
    private Optional<URI> url(String key) {
        String v = str(key);
        if (v.isEmpty()) {
            if (MUST_NOT_BE_EMPTY.contains(key) && givenByUser(key)) {
                throw invalid(key, "an http(s) URL such as http://127.0.0.1:5000 (an empty value is not allowed)", null);
            }
            return Optional.empty();
        }
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return Optional.of(u);
            }
        } catch (URISyntaxException e) {
            throw invalid(key, "an http(s) URL such as http://127.0.0.1:5000", e);
        }
        throw invalid(key, "an http(s) URL such as http://127.0.0.1:5000", null);
    }

    private Optional<Path> path(String key) {
        String v = str(key);
        if (v.isEmpty()) {
            if (MUST_NOT_BE_EMPTY.contains(key) && givenByUser(key)) {
                // else the default template URL would be downloaded instead of the file the user meant
                throw invalid(key, "a file path (an empty value is not allowed)", null);
            }
            return Optional.empty();
        }
        if (v.length() > 4096 || v.chars().anyMatch(Character::isISOControl)) {
            throw invalid(key, "a file path without control characters", null);
        }
        try {
            return Optional.of(v.equals("~") ? home : v.startsWith("~/") ? home.resolve(v.substring(2)) : Path.of(v));
        } catch (InvalidPathException e) {
            throw invalid(key, "a file path", e);
        }
    }

    /** Settings where an explicit empty value is a mistake rather than "use the default". */
    private static final Set<String> MUST_NOT_BE_EMPTY = Set.of("endpoint-url", "template-file");

    /** True when the value came from an option, the environment or a config file (not reference.conf). */
    private boolean givenByUser(String key) {
        return !c.getValue(key).origin().equals(reference.getValue(key).origin());
    }

    private static Optional<String> optional(String v) {
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private SetupException invalid(String key, String expected, Throwable cause) {
        ConfigOrigin o = c.getValue(key).origin();
        String got = SECRET_KEYS.contains(key) ? "" : ", got " + TextSanitizer.quote(String.valueOf(c.getValue(key).unwrapped()));
        String dflt = String.valueOf(reference.getValue(key).unwrapped());
        String fix;
        String where;
        if (o.filename() != null) {
            where = o.filename() + (o.lineNumber() > 0 ? " line " + o.lineNumber() : "");
            fix = "Edit " + where + ", or remove that line to use the default ('" + dflt + "').";
        } else if (o.description().startsWith("environment variable ")) {
            where = o.description();
            fix = "Set " + ConfigSources.envName(key) + " to " + expected + ", or unset it.";
        } else if (o.description().startsWith("option ")) {
            where = o.description();
            fix = "Pass --" + key + " " + expected + ".";
        } else {
            where = "reference.conf";
            fix = "Reinstall chroma-setup: its built-in defaults are damaged.";
        }
        return new SetupException(dev.chromasetup.errors.ExitCode.USAGE,
                "Invalid setting " + key + " in " + TextSanitizer.sanitize(where), "expected " + expected + got, fix, cause);
    }
}
