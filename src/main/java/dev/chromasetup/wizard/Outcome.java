package dev.chromasetup.wizard;

import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;

import java.util.Optional;

/** How a run ended: the exit code, and the error to print when it did not succeed. */
public record Outcome(ExitCode exitCode, Optional<SetupException> error, String summary) {
    public static Outcome ok(String summary) {
        return new Outcome(ExitCode.OK, Optional.empty(), summary);
    }

    public static Outcome of(SetupException error) {
        return new Outcome(error.exitCode(), Optional.of(error), error.what());
    }
}
