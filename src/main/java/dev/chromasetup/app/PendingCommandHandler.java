package dev.chromasetup.app;

import dev.chromasetup.cli.CommandHandler;
import dev.chromasetup.config.Settings;
import dev.chromasetup.errors.ExitCode;
import java.io.PrintWriter;

/** Placeholder until the commands are wired to the wizard and the AWS ports: says so and exits 2. */
public final class PendingCommandHandler implements CommandHandler {
    private final PrintWriter err;

    public PendingCommandHandler(PrintWriter err) {
        this.err = err;
    }

    private int pending(String command) {
        err.println("chroma-setup " + command + ": not wired yet");
        err.flush();
        return ExitCode.USAGE.code();
    }

    @Override
    public int deploy(Settings s) {
        return pending("deploy");
    }

    @Override
    public int status(Settings s) {
        return pending("status");
    }

    @Override
    public int watch(Settings s) {
        return pending("watch");
    }

    @Override
    public int destroy(Settings s) {
        return pending("destroy");
    }
}
