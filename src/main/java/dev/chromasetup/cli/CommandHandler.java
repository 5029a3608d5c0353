package dev.chromasetup.cli;

import dev.chromasetup.config.Settings;

/**
 * What the commands do, kept out of the command line: the CLI only turns arguments into
 * {@link Settings} and calls one of these. Each method returns the process exit code
 * ({@link dev.chromasetup.errors.ExitCode}) or throws {@link dev.chromasetup.errors.SetupException}.
 */
public interface CommandHandler {
    int deploy(Settings s);

    int status(Settings s);

    int watch(Settings s);

    int destroy(Settings s);
}
