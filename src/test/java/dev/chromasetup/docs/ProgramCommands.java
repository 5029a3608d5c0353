package dev.chromasetup.docs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The program's real command line, built the way {@code dev.chromasetup.cli.Cli} builds it (the same
 * command classes, case-insensitive enum values, no @-files), for parsing only: nothing is executed,
 * so the commands get no runner. The command classes are package-private in {@code cli}; they are
 * found by reflection, every non-abstract {@code @Command} class of {@code Commands}, so a command
 * added there is covered here without editing this class.
 */
final class ProgramCommands {
    static final String TOP = "chroma-setup";

    private ProgramCommands() {
    }

    /** A fresh command line (picocli keeps parsed values in the command objects: one per parse). */
    static CommandLine commandLine() {
        return dev.chromasetup.cli.Cli.commandLine(null);
    }

    /** Command name → every option name it accepts, negated forms ("--no-auth") included. */
    static Map<String, Set<String>> optionsByCommand() {
        CommandLine top = commandLine();
        Map<String, Set<String>> all = new TreeMap<>();
        all.put(TOP, names(top.getCommandSpec()));
        // hidden commands (generate-completion, a build-time helper) are not part of what users configure
        top.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                all.put(name, names(sub.getCommandSpec()));
            }
        });
        return all;
    }

    private static Set<String> names(CommandSpec spec) {
        Set<String> names = new TreeSet<>();
        spec.options().forEach(o -> names.addAll(Arrays.asList(o.names())));
        names.addAll(spec.negatedOptionsMap().keySet());
        return names;
    }

    /** A value of the right type for a placeholder such as NAME, DURATION or N after {@code option}. */
    static String sampleValue(OptionSpec option) {
        Class<?> type = option.type();
        String name = option.longestName();
        if (type == Duration.class) {
            return "10m";
        }
        if (type == Integer.class || type == int.class) {
            return "1536";
        }
        if (type == Long.class || type == long.class) {
            return "500000";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString().toLowerCase(Locale.ROOT);
        }
        if (type == Path.class) {
            return "sample.conf";
        }
        return switch (name) {
            case "--region" -> "us-east-1";
            case "--allowed-cidr" -> "203.0.113.7/32";
            case "--endpoint-url", "--readiness-url", "--template-url", "--otel-endpoint" -> "http://127.0.0.1:5000";
            case "--template" -> "official";
            default -> "sample";
        };
    }
}
