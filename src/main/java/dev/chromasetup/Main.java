package dev.chromasetup;

import dev.chromasetup.app.App;
import dev.chromasetup.app.LocalClock;
import dev.chromasetup.app.Prewarm;
import dev.chromasetup.cli.Cli;
import dev.chromasetup.cli.CommandHandler;
import dev.chromasetup.cli.DebugLoggingHandler;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Composition root: wiring only. Only {@link #main} exits the process. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Prewarm.start("true".equals(System.getProperty("chroma.setup.tty")));
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Map<String, String> env = System.getenv();
        Path home = Path.of(System.getProperty("user.home"));
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        Clock clock = new LocalClock();
        App app = new App(env, home, in, out, err, System::console, clock);
        CommandHandler handler = new DebugLoggingHandler(app, env, home, clock, e);
        return new Cli(handler, env, home, o, e).run(args);
    }
}
