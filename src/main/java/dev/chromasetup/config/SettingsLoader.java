package dev.chromasetup.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.errors.SetupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the {@link Settings} of one run from four layers, each overriding the one before:
 * reference.conf &lt; user file &lt; CHROMA_SETUP_* environment variables &lt; command-line flags.
 * The environment and home folder are injected so tests never see the developer's own setup.
 */
public final class SettingsLoader {
    private final Map<String, String> env;
    private final Path home;

    public SettingsLoader(Map<String, String> env, Path home) {
        this.env = Map.copyOf(env);
        this.home = Objects.requireNonNull(home);
    }

    /**
     * The defaults: the "chroma-setup" block of reference.conf (also read by the help texts). Parsed once
     * per process (a Config is immutable): each parse costs ~10 ms before the first frame.
     */
    public static Config reference() {
        return Reference.CONFIG;
    }

    /** Holds the parsed reference.conf; the JVM's class initialisation makes the parse happen once. */
    private static final class Reference {
        // parseResources, not ConfigFactory.load(): system properties must not leak into settings.
        static final Config CONFIG = ConfigFactory.parseResources(SettingsLoader.class.getClassLoader(),
                "reference.conf", ConfigParseOptions.defaults().setAllowMissing(false)).getConfig(ConfigSources.ROOT);
    }

    /** Every key reference.conf defines, as dotted paths ("region", "events.poll-interval"). */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        reference().entrySet().forEach(e -> keys.add(e.getKey()));
        return Collections.unmodifiableSet(keys);
    }

    /** The environment variable that sets a key: "instance-type" → CHROMA_SETUP_INSTANCE_TYPE. */
    public static String envName(String key) {
        return ConfigSources.envName(key);
    }

    /** $XDG_CONFIG_HOME/chroma-setup/chroma-setup.conf, or ~/.config/chroma-setup/chroma-setup.conf. */
    public Path defaultConfigFile() {
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says to ignore a relative value.
        Path base = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("chroma-setup").resolve("chroma-setup.conf");
    }

    /**
     * @param configFile the --config file, which must exist; empty = the default file, if present
     * @param flags      option values keyed like reference.conf ("ready-timeout" → Duration, …);
     *                   only options the user actually passed
     */
    public LoadedSettings load(Optional<Path> configFile, Map<String, ?> flags) {
        List<String> warnings = new ArrayList<>();
        Set<String> explicit = new HashSet<>();
        ConfigSources sources = new ConfigSources(keys(), env);

        Config user = ConfigFactory.empty();
        Path file = configFile.orElse(defaultConfigFile());
        if (configFile.isPresent() && !Files.exists(file)) {
            throw SetupException.usage("Config file " + TextSanitizer.sanitize(file.toString()) + " not found",
                    "--config names a file that does not exist",
                    "Check the path, or leave out --config to use " + defaultConfigFile() + ".");
        }
        if (Files.exists(file)) {
            user = sources.userFile(file, warnings);
            user.entrySet().forEach(e -> explicit.add(e.getKey()));
        }
        Config fromEnv = sources.environment(explicit, warnings);
        Config fromFlags = sources.flags(flags, explicit);

        Config reference = reference();
        Config merged = fromFlags.withFallback(fromEnv).withFallback(user).withFallback(reference);
        Settings settings = new SettingsBinder(merged, reference, env, home).bind(explicit);
        return new LoadedSettings(settings, warnings);
    }
}
