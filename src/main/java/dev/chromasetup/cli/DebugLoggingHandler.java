package dev.chromasetup.cli;

import dev.chromasetup.config.Settings;
import dev.chromasetup.logging.DebugLog;
import dev.chromasetup.logging.Redactor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.slf4j.LoggerFactory;

/**
 * Wraps the real handler: with --debug, opens the redacted log file before anything talks to AWS
 * and says where it is. The OTel headers are registered with the redactor in every case, so even a
 * log turned on later cannot show them.
 */
public final class DebugLoggingHandler implements CommandHandler {
    private final CommandHandler delegate;
    private final Map<String, String> env;
    private final Path home;
    private final Clock clock;
    private final PrintWriter err;

    public DebugLoggingHandler(CommandHandler delegate, Map<String, String> env, Path home, Clock clock, PrintWriter err) {
        this.delegate = delegate;
        this.env = Map.copyOf(env);
        this.home = home;
        this.clock = clock;
        this.err = err;
    }

    private int around(String command, Settings s, ToIntFunction<Settings> call) {
        Redactor.register(s.otelHeaders().reveal());
        if (s.debug()) {
            Path file = DebugLog.defaultFile(env, home, clock);
            DebugLog.enable(file);
            err.println("Debug log: " + file);
            err.flush();
            LoggerFactory.getLogger("dev.chromasetup").debug("chroma-setup {} {}: {}", VersionProvider.version(), command, s);
        }
        return call.applyAsInt(s);
    }

    @Override
    public int deploy(Settings s) {
        return around("deploy", s, delegate::deploy);
    }

    @Override
    public int status(Settings s) {
        return around("status", s, delegate::status);
    }

    @Override
    public int watch(Settings s) {
        return around("watch", s, delegate::watch);
    }

    @Override
    public int destroy(Settings s) {
        return around("destroy", s, delegate::destroy);
    }
}
