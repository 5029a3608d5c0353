package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.chromasetup.wizard.Wizard;
import dev.chromasetup.wizard.WizardRules;
import dev.chromasetup.wizard.WizardState;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs the real face on a virtual terminal in a thread of its own. Tests wait for what the screen shows
 * (never for a length of time), then press keys, like a person would.
 */
final class FaceHarness implements AutoCloseable {
    static final long TIMEOUT_MS = 10_000;

    final DefaultVirtualTerminal terminal;
    final FakeWorld world;
    final TuiFace face;
    private final Object lock = new Object();
    private String screen = "";
    private WizardState drawn;
    private volatile Consumer<WizardState> gate = s -> { };
    private Thread thread;
    private volatile WizardState result;
    private volatile Throwable crash;

    FaceHarness(int columns, int rows, FakeWorld world, Path saveDir) {
        this.terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        this.world = world;
        Clock clock = Clock.fixed(TuiFixtures.T0.plusSeconds(30), ZoneOffset.UTC);
        this.face = new TuiFace(new Wizard(new WizardRules()), world, terminal, clock, false)
                .saveSnippetsIn(saveDir).onFrame(this::frame);
    }

    static FaceHarness start(FakeWorld world, Path dir) {
        return new FaceHarness(80, 24, world, dir).start();
    }

    FaceHarness start() {
        return start(Wizard.start(TuiFixtures.config(), TuiFixtures.answers()));
    }

    /** Runs the face from {@code initial} (another command than deploy, other answers). */
    FaceHarness start(WizardState initial) {
        thread = new Thread(() -> {
            try {
                result = face.run(initial);
            } catch (Throwable t) {
                crash = t;
            }
        }, "tui-under-test");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Runs on the face's loop thread after each frame. */
    private void frame(WizardState state) {
        gate.accept(state);
        String text = Screens.read(terminal);
        synchronized (lock) {
            screen = text;
            drawn = state;
            lock.notifyAll();
        }
    }

    void gate(Consumer<WizardState> g) {
        this.gate = g;
    }

    String awaitScreen(String text) {
        return await(s -> s.contains(text), "a screen showing \"" + text + "\"");
    }

    String await(Predicate<String> condition, String what) {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        synchronized (lock) {
            while (!condition.test(screen)) {
                long left = end - System.currentTimeMillis();
                if (left <= 0 || crash != null) {
                    throw new AssertionError("waited for " + what + "; the screen is:\n" + screen, crash);
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            return screen;
        }
    }

    WizardState drawnState() {
        synchronized (lock) {
            return drawn;
        }
    }

    FaceHarness press(KeyType type) {
        terminal.addInput(new KeyStroke(type));
        return this;
    }

    FaceHarness type(String text) {
        text.chars().forEach(c -> terminal.addInput(new KeyStroke((char) c, false, false)));
        return this;
    }

    /** A key with Ctrl held, as Lanterna reports it: Ctrl-U is 'u' with Ctrl, Ctrl-← is ← with Ctrl. */
    FaceHarness ctrl(char c) {
        terminal.addInput(new KeyStroke(c, true, false));
        return this;
    }

    FaceHarness ctrl(KeyType type) {
        terminal.addInput(new KeyStroke(type, true, false));
        return this;
    }

    FaceHarness press(KeyType type, int times) {
        for (int i = 0; i < times; i++) {
            press(type);
        }
        return this;
    }

    FaceHarness ctrlC() {
        terminal.addInput(new KeyStroke('c', true, false));
        return this;
    }

    /** Ends a run that is still asking as a user would: Ctrl-C, then {@code y} on "Quit?". */
    WizardState quit() throws InterruptedException {
        ctrlC().awaitScreen("┌─ Quit?");
        type("y");
        return finish();
    }

    WizardState finish() throws InterruptedException {
        thread.join(TIMEOUT_MS);
        if (thread.isAlive()) {
            throw new AssertionError("the face did not end; the screen is:\n" + screen);
        }
        if (crash != null) {
            throw new AssertionError("the face crashed", crash);
        }
        return result;
    }

    @Override
    public void close() throws InterruptedException {
        if (thread != null && thread.isAlive()) {
            terminal.addInput(new KeyStroke(KeyType.EOF));
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }
}
