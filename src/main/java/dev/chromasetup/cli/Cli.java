package dev.chromasetup.cli;

import com.typesafe.config.Config;
import dev.chromasetup.config.SettingsLoader;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.errors.SetupException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The command line: parses arguments, builds Settings and calls the {@link CommandHandler}.
 * Everything it needs is injected, so a test runs it like a process: arguments in, exit code and
 * printed text out. Usage errors exit 2; a {@link SetupException} exits with its own code.
 */
public final class Cli {
    private final CommandHandler handler;
    private final Map<String, String> env;
    private final Path home;
    private final PrintWriter out;
    private final PrintWriter err;

    public Cli(CommandHandler handler, Map<String, String> env, Path home, PrintWriter out, PrintWriter err) {
        this.handler = handler;
        this.env = Map.copyOf(env);
        this.home = home;
        this.out = out;
        this.err = err;
    }

    /**
     * The command tree with every option, as users get it. {@code runner} may be null when the line is
     * only parsed, never run (the docs check parses every example in README and docs/ with it).
     */
    public static CommandLine commandLine(CommandRunner runner) {
        CommandLine cl = new CommandLine(CommandTree.top(runner))
                .addSubcommand(new CommandLine(CommandTree.deploy(runner)))
                .addSubcommand(new CommandLine(CommandTree.status(runner)))
                .addSubcommand(new CommandLine(CommandTree.watch(runner)))
                .addSubcommand(new CommandLine(CommandTree.destroy(runner)))
                // hidden: prints the bash/zsh completion script (docs/completion.md); run at build time
                .addSubcommand(new AutoComplete.GenerateCompletion());
        cl.getSubcommands().get(CommandTree.GENERATE_COMPLETION).getCommandSpec().usageMessage().hidden(true);
        return configured(cl);
    }

    /**
     * The top command alone (deploy, the default), without the subcommands' models: building those
     * costs ~13 ms before the first frame. Only for argument lists that never name a subcommand, where
     * both trees parse the same way; see {@link #forArguments}.
     */
    static CommandLine topOnly(CommandRunner runner) {
        return configured(new CommandLine(CommandTree.top(runner)));
    }

    private static CommandLine configured(CommandLine cl) {
        cl.setResourceBundle(defaults(SettingsLoader.reference()));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExpandAtFiles(false); // "@name" is an ordinary value here, never a file to read
        return cl;
    }

    /**
     * The command tree for {@code args}: the top command alone when it parses them without help being
     * asked for (no argument is a subcommand's name, so the full tree would parse them the same way),
     * else the full tree, which also gives every error and the usage text, subcommands included.
     */
    static CommandLine forArguments(CommandRunner runner, String... args) {
        if (!namesASubcommand(args)) {
            CommandLine top = topOnly(runner);
            try {
                if (!top.parseArgs(args).isUsageHelpRequested()) {
                    return top;
                }
            } catch (ParameterException e) {
                // the full tree reports it, with its suggestions
            }
        }
        return commandLine(runner);
    }

    private static boolean namesASubcommand(String... args) {
        for (String arg : args) {
            if (CommandTree.SUBCOMMANDS.contains(arg)) {
                return true;
            }
        }
        return false;
    }

    public int run(String... args) {
        SettingsLoader loader;
        try {
            loader = new SettingsLoader(env, home);
        } catch (RuntimeException e) {
            return unexpected(e, args, false);
        }
        CommandRunner runner = new CommandRunner(handler, loader, err);
        CommandLine cl = forArguments(runner, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> usage(ex, a));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ParameterException pe) {
                return usage(pe, args);
            } else if (ex instanceof SetupException se) {
                if (runner.debug() && se.getCause() != null) {
                    se.getCause().printStackTrace(err);
                }
                err.println(TextSanitizer.sanitizeLines(ArgsMask.mask(se.describe(), args)));
                err.flush();
                return se.exitCode().code();
            }
            return unexpected(ex, args, runner.debug());
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private int usage(ParameterException ex, String[] args) {
        err.println(TextSanitizer.sanitizeLines(ArgsMask.mask(ex.getMessage(), args)));
        err.println("Run 'chroma-setup --help' for usage.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    private int unexpected(Exception ex, String[] args, boolean debug) {
        // A bug, not a user error: say so, and keep the trace for --debug (it may quote values).
        err.println("chroma-setup failed unexpectedly: " + ex.getClass().getSimpleName()
                + ": " + TextSanitizer.sanitize(ArgsMask.mask(String.valueOf(ex.getMessage()), args)));
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println("Fix: run again with --debug and report the log file at "
                    + "https://github.com/chroma-core/chroma/issues");
        }
        err.flush();
        return ExitCode.FAILED.code();
    }

    /** reference.conf values as "default.KEY" for the "${bundle:default.KEY}" help variables. */
    private static ResourceBundle defaults(Config reference) {
        Map<String, String> values = reference.entrySet().stream().collect(Collectors.toMap(
                e -> "default." + e.getKey(),
                e -> {
                    String v = String.valueOf(e.getValue().unwrapped());
                    return v.isEmpty() ? "none" : v;
                }));
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return values.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(values.keySet());
            }
        };
    }
}
