package dev.chromasetup.app;

import dev.chromasetup.config.SettingsLoader;
import dev.chromasetup.ui.tui.TuiFace;

/**
 * Start-up work moved off the main thread: while picocli builds its command model on main (the
 * largest single cost before the first frame), a second thread parses reference.conf, seeds the
 * token's SecureRandom and, at a terminal, initialises the Lanterna classes the first frame draws
 * with. Each piece is memoised by its owner (class initialisation), so when main gets there first it
 * simply does the work itself; nothing here decides anything or can fail the run. Measured in
 * docs/performance.md.
 */
public final class Prewarm {
    private Prewarm() {
    }

    /** @param terminal whether the full-screen face is likely (a person at a terminal) */
    public static void start(boolean terminal) {
        if ("false".equals(System.getProperty("chroma.setup.prewarm"))) {
            return; // -Dchroma.setup.prewarm=false: to measure what the second thread buys (docs/performance.md)
        }
        // a named class, not a lambda: nothing on this early path waits for the lambda machinery's bootstrap
        Thread thread = new Thread(new Warmer(terminal), "chroma-setup-prewarm");
        thread.setDaemon(true); // never keeps the JVM alive
        thread.start();
    }

    private static final class Warmer implements Runnable {
        private final boolean terminal;

        Warmer(boolean terminal) {
            this.terminal = terminal;
        }

        @Override
        public void run() {
            try {
                SettingsLoader.reference();
                App.warmTokenSource();
                if (terminal) {
                    TuiFace.prewarm();
                }
            } catch (RuntimeException | LinkageError e) {
                // only a warm-up: main meets the same problem where it is reported properly
            }
        }
    }
}
