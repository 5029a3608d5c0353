package dev.chromasetup.config;

import dev.chromasetup.text.Secret;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.errors.SetupException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns each layer (user file, environment, flags) into a Config holding only known keys. */
final class ConfigSources {
    static final String ROOT = "chroma-setup";
    static final String ENV_PREFIX = "CHROMA_SETUP_";
    static final long MAX_FILE_BYTES = 1024 * 1024;
    /** Read by bin/chroma-setup, not by the application: not a setting, so no warning for it. */
    private static final Set<String> LAUNCHER_ENV = Set.of("CHROMA_SETUP_JAVA_OPTS");

    private final Set<String> known;
    private final Map<String, String> env;

    ConfigSources(Set<String> known, Map<String, String> env) {
        this.known = known;
        this.env = env;
    }

    /** The environment variable for a key: "events.poll-interval" → CHROMA_SETUP_EVENTS_POLL_INTERVAL. */
    static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }

    /**
     * Reads a user config file. Keys may sit at the top of the file or inside "chroma-setup { }";
     * substitutions like ${HOME} resolve against the injected environment, not the process's.
     */
    Config userFile(Path file, List<String> warnings) {
        checkReadable(file);
        Config parsed;
        try {
            parsed = ConfigFactory.parseFile(file.toFile(),
                    ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF).setAllowMissing(false));
            Config envSource = ConfigValueFactory.fromMap(env, "environment").toConfig();
            parsed = parsed.resolveWith(parsed.withFallback(envSource),
                    ConfigResolveOptions.defaults().setUseSystemEnvironment(false));
        } catch (ConfigException e) {
            throw malformed(file, e);
        }
        Config user = parsed.withoutPath(ROOT);
        ConfigValue rooted = parsed.root().get(ROOT);
        if (rooted instanceof ConfigObject o) {
            user = o.toConfig().withFallback(user);
        } else if (rooted != null) {
            warnings.add(unknown(ROOT + " (should be a block: chroma-setup { … })", rooted.origin()));
        }
        Config kept = ConfigFactory.empty();
        for (Map.Entry<String, ConfigValue> e : user.entrySet()) {
            if (known.contains(e.getKey())) {
                kept = kept.withValue(e.getKey(), e.getValue());
            } else {
                warnings.add(unknown(e.getKey(), e.getValue().origin()));
            }
        }
        return kept;
    }

    /** CHROMA_SETUP_* variables that name a known key; empty values count as unset. */
    Config environment(Set<String> explicit, List<String> warnings) {
        Config out = ConfigFactory.empty();
        for (String key : known) {
            String value = env.get(envName(key));
            if (value != null && !value.isEmpty()) {
                out = out.withValue(key, ConfigValueFactory.fromAnyRef(value, "environment variable " + envName(key)));
                explicit.add(key);
            }
        }
        Set<String> knownNames = known.stream().map(ConfigSources::envName).collect(java.util.stream.Collectors.toSet());
        env.keySet().stream().filter(n -> n.startsWith(ENV_PREFIX))
                .filter(n -> !knownNames.contains(n) && !LAUNCHER_ENV.contains(n)).sorted()
                .forEach(n -> warnings.add("Unknown environment variable " + TextSanitizer.sanitize(n) + ": ignored"));
        return out;
    }

    /** Flags from the command line, keyed like reference.conf; values already typed by picocli. */
    Config flags(Map<String, ?> flags, Set<String> explicit) {
        Config out = ConfigFactory.empty();
        for (Map.Entry<String, ?> e : flags.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new IllegalArgumentException("not a setting: " + e.getKey());
            }
            if (e.getValue() == null) {
                continue;
            }
            out = out.withValue(e.getKey(), ConfigValueFactory.fromAnyRef(plain(e.getValue()), "option --" + e.getKey()));
            explicit.add(e.getKey());
        }
        return out;
    }

    private static Object plain(Object v) {
        if (v instanceof Duration d) {
            return Durations.toHocon(d);
        } else if (v instanceof Secret s) {
            return s.reveal();
        } else if (v instanceof Path || v instanceof URI) {
            return v.toString();
        } else if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        return v;
    }

    private static void checkReadable(Path file) {
        String f = TextSanitizer.sanitize(file.toString());
        if (!Files.isRegularFile(file)) {
            throw SetupException.usage("Config file " + f + " is not a regular file",
                    Files.isDirectory(file) ? "it is a folder" : "it is a device or special file",
                    "Pass --config the path of a chroma-setup.conf file.");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw SetupException.usage("Config file " + f + " is too large",
                        "it holds " + size + " bytes; a chroma-setup config file may hold at most 1 MiB",
                        "Check that --config names the right file; a config file only needs a few lines.");
            }
        } catch (IOException e) {
            throw SetupException.usage("Cannot read config file " + f, TextSanitizer.sanitize(String.valueOf(e.getMessage())),
                    "Check the file's permissions.");
        }
    }

    private static SetupException malformed(Path file, ConfigException e) {
        ConfigOrigin o = e.origin();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (o != null && msg.startsWith(o.description() + ": ")) {
            msg = msg.substring(o.description().length() + 2);
        }
        String line = o != null && o.lineNumber() > 0 ? "line " + o.lineNumber() : "somewhere";
        return new SetupException(dev.chromasetup.errors.ExitCode.USAGE,
                "Config file " + TextSanitizer.sanitize(file.toString()) + " is malformed at " + line,
                TextSanitizer.sanitize(msg),
                "Correct " + line + " (HOCON syntax: key = value), or pass --config another file.", e);
    }

    private static String unknown(String key, ConfigOrigin o) {
        String where = o != null && o.filename() != null
                ? " in " + o.filename() + (o.lineNumber() > 0 ? " line " + o.lineNumber() : "") : "";
        return "Unknown setting " + TextSanitizer.sanitize(key) + TextSanitizer.sanitize(where) + ": ignored";
    }
}
