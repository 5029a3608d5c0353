package dev.chromasetup.cli;

import dev.chromasetup.config.LoadedSettings;
import dev.chromasetup.config.Settings;
import dev.chromasetup.config.SettingsLoader;
import dev.chromasetup.text.TextSanitizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Shared by every command: collects the options the user actually passed (before and after the
 * subcommand name), loads Settings, prints loader warnings, then calls the handler.
 */
public final class CommandRunner {
    /** Options that steer the run but are not settings. */
    private static final Set<String> NOT_SETTINGS = Set.of("config", "help", "version");

    private final CommandHandler handler;
    private final SettingsLoader loader;
    private final PrintWriter err;
    private boolean debug;

    CommandRunner(CommandHandler handler, SettingsLoader loader, PrintWriter err) {
        this.handler = handler;
        this.loader = loader;
        this.err = err;
    }

    /** True once settings with debug on were loaded: only then may a stack trace be shown. */
    boolean debug() {
        return debug;
    }

    int run(CommandSpec spec, BiFunction<CommandHandler, Settings, Integer> action) {
        Map<String, Object> flags = new LinkedHashMap<>();
        Path config = null;
        CommandSpec parent = spec.parent();
        if (parent != null) {
            // "chroma-setup --region x status": options before the command name count too.
            ParseResult top = parent.commandLine().getParseResult();
            Set<String> accepted = spec.options().stream().map(CommandRunner::key).collect(Collectors.toSet());
            for (Map.Entry<String, Object> e : matched(top).entrySet()) {
                if (!accepted.contains(e.getKey())) {
                    throw new ParameterException(spec.commandLine(),
                            "Option --" + e.getKey() + " does not apply to '" + spec.name() + "'");
                }
                flags.put(e.getKey(), e.getValue());
            }
            config = top.matchedOptionValue("--config", null);
        }
        ParseResult own = spec.commandLine().getParseResult();
        flags.putAll(matched(own));
        config = own.matchedOptionValue("--config", config);

        LoadedSettings loaded = loader.load(Optional.ofNullable(config), flags);
        debug = loaded.settings().debug();
        loaded.warnings().forEach(w -> err.println("Warning: " + TextSanitizer.sanitize(w)));
        err.flush();
        return action.apply(handler, loaded.settings());
    }

    private static Map<String, Object> matched(ParseResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (OptionSpec o : result.matchedOptions()) {
            if (!NOT_SETTINGS.contains(key(o))) {
                out.put(key(o), o.getValue());
            }
        }
        return out;
    }

    /** "--ready-timeout" → "ready-timeout": option names are the reference.conf keys. */
    private static String key(OptionSpec o) {
        return o.longestName().replaceFirst("^-+", "");
    }
}
