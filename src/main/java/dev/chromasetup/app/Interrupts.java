package dev.chromasetup.app;

/**
 * Routes Ctrl-C (SIGINT) to the running face instead of killing the JVM, so a deploy in progress can
 * end with "the stack keeps running; re-attach with ..." rather than vanish silently.
 */
final class Interrupts {
    private Interrupts() {
    }

    @SuppressWarnings("removal")
    static void onCtrlC(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform: the default behaviour (exit) stays
        }
    }
}
