package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.chromasetup.app.EffectRunner;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.snippets.ClientSnippets;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Event;
import dev.chromasetup.wizard.Outcome;
import dev.chromasetup.wizard.Transition;
import dev.chromasetup.wizard.Wizard;
import dev.chromasetup.wizard.WizardState;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The full-screen face: draws the wizard's state with Lanterna's Screen API and turns keys into the
 * wizard's events. One loop thread (the caller of {@link #run}) owns the screen, the state and the
 * face's model; effects run on worker threads (honouring {@link EffectRunner#delayOf}) and their events
 * come back through a queue the loop drains, one at a time, in order — Lanterna's invokeLater, by hand.
 */
public final class TuiFace {
    private static final long POLL_MILLIS = 40;
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final Wizard wizard;
    private final Function<Effect, Event> runner;
    private final Terminal terminal;
    private final Clock clock;
    private final Theme theme;
    private final BlockingQueue<Event> results = new LinkedBlockingQueue<>();
    private final TuiModel model = new TuiModel();
    private final FinishView finish = new FinishView(new ClientSnippets());
    private final TuiView view;
    private final TuiKeys keys;
    private Path saveDir = Path.of("");
    private Consumer<WizardState> frameListener = s -> { };
    private WizardState state;

    public TuiFace(Wizard wizard, EffectRunner runner, Terminal terminal, Clock clock, boolean monochrome) {
        this(wizard, runner::run, terminal, clock, monochrome);
    }

    /** For tests and other runners: {@code runner} carries out one effect and never blocks the screen. */
    public TuiFace(Wizard wizard, Function<Effect, Event> runner, Terminal terminal, Clock clock, boolean monochrome) {
        this.wizard = wizard;
        this.runner = runner;
        this.terminal = terminal;
        this.clock = clock;
        this.theme = Theme.of(monochrome);
        this.view = new TuiView(finish, clock::getZone);
        this.keys = new TuiKeys(this::saveSnippets);
    }

    /** Where {@code s} on the Done screen saves the snippets (default: the current folder). */
    public TuiFace saveSnippetsIn(Path dir) {
        this.saveDir = dir;
        return this;
    }

    /** Called on the loop thread after every frame is drawn (tests read the screen here). */
    TuiFace onFrame(Consumer<WizardState> listener) {
        this.frameListener = listener;
        return this;
    }

    /**
     * Initialises the classes the first frame draws with, whose static set-up is slow in a cold JVM
     * (Lanterna's colour table formats its escape sequences; its screen and output code; the themes),
     * by drawing a frame into nowhere ({@link WarmUpFrame}). Called
     * on a second thread at start-up by {@code app.Prewarm}; the JVM's class initialisation makes a
     * race with the real use harmless.
     */
    public static void prewarm() {
        try {
            WarmUpFrame.draw();
        } catch (IOException e) {
            // only a warm-up: the real terminal reports its own problems
        }
    }

    /**
     * True when the full-screen face can work here: a console, a real TERM, no screen reader asked for
     * (ACCESSIBLE), not Windows (Lanterna does not support its console). Otherwise use the plain face.
     */
    public static boolean canUse(Map<String, String> env, boolean hasConsole, String osName) {
        if (!hasConsole) {
            return false;
        }
        if (osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            return false;
        }
        String term = env.getOrDefault("TERM", "").trim();
        if (term.isEmpty() || term.equalsIgnoreCase("dumb")) {
            return false;
        }
        String accessible = env.getOrDefault("ACCESSIBLE", "").trim();
        return accessible.isEmpty() || accessible.equals("0") || accessible.equalsIgnoreCase("false");
    }

    /** No colours when NO_COLOR is set to anything non-empty (no-color.org) or --no-color was given. */
    public static boolean monochrome(Map<String, String> env, boolean noColorFlag) {
        return noColorFlag || !env.getOrDefault("NO_COLOR", "").isEmpty();
    }

    /** Runs the flow to its end on this thread and returns the final state; the terminal is restored. */
    public WizardState run(WizardState initial) {
        state = initial;
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(4, r -> {
            Thread t = new Thread(r, "chroma-setup-aws");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean stopped = new AtomicBoolean();
        TerminalScreen screen = null;
        Thread hook = null;
        try {
            screen = new TerminalScreen(terminal);
            TerminalScreen s = screen;
            hook = new Thread(() -> restore(s, stopped), "chroma-setup-restore-terminal");
            Runtime.getRuntime().addShutdownHook(hook);
            screen.startScreen();
            loop(screen, workers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        } catch (Exception | StackOverflowError e) {
            fail(e);
        } finally {
            workers.shutdownNow();
            if (screen != null) {
                restore(screen, stopped);
            }
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook restores the terminal itself
                }
            }
        }
        return state;
    }

    private void loop(TerminalScreen screen, ScheduledExecutorService workers) throws IOException, InterruptedException {
        // The first frame is drawn before the first effects start: they load the AWS SDK on worker
        // threads, which on a two-core machine would take the CPU the first frame needs.
        Transition started = wizard.next(state, new Event.Started(clock.instant()));
        track(started.effects()); // shown as running in that frame already
        adopt(started, screen);
        draw(screen, true);
        long lastDraw = System.nanoTime();
        launch(started.effects(), workers);
        boolean dirty = false;
        boolean complete = false;
        while (!model.exit && !(state.finished() && model.userQuit)) {
            if (screen.doResizeIfNecessary() != null) {
                dirty = true;
                complete = true;
            }
            TerminalSize size = screen.getTerminalSize();
            model.tooSmall = size.getColumns() < TuiView.MIN_WIDTH || size.getRows() < TuiView.MIN_HEIGHT;
            model.columns = size.getColumns();
            model.rows = size.getRows();
            Event result;
            while ((result = results.poll()) != null) {
                apply(wizard.next(state, result), screen, workers);
                dirty = true;
            }
            KeyStroke key;
            while (!model.exit && (key = screen.pollInput()) != null) {
                Optional<Event> event = keys.handle(state, model, key);
                if (event.isPresent()) {
                    apply(wizard.next(state, event.get()), screen, workers);
                }
                dirty = true;
            }
            if (model.exit || state.finished() && model.userQuit) {
                break;
            }
            long now = System.nanoTime();
            if (dirty || now - lastDraw >= REDRAW_NANOS) {
                if (now - lastDraw >= REDRAW_NANOS) {
                    model.spinner++;
                }
                draw(screen, complete);
                lastDraw = now;
                dirty = false;
                complete = false;
            }
            Event next = results.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (next != null) {
                apply(wizard.next(state, next), screen, workers);
                dirty = true;
            }
        }
    }

    private void apply(Transition t, TerminalScreen screen, ScheduledExecutorService workers) throws IOException {
        track(t.effects());
        launch(t.effects(), workers);
        adopt(t, screen);
    }

    private void track(List<Effect> effects) {
        for (Effect effect : effects) {
            model.inFlight.put(effect.requestId(), effect);
        }
    }

    private void launch(List<Effect> effects, ScheduledExecutorService workers) {
        for (Effect effect : effects) {
            long delay = EffectRunner.delayOf(effect).toMillis();
            workers.schedule(() -> results.add(runSafely(effect)), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void adopt(Transition t, TerminalScreen screen) throws IOException {
        state = t.state();
        boolean opened = model.follow(state);
        if (opened && model.question.field().equals(TuiModel.REVIEW_FIELD)) {
            // Keys typed before the review appeared must not confirm it.
            while (screen.pollInput() != null) {
                // dropped
            }
        }
    }

    private Event runSafely(Effect effect) {
        try {
            return runner.apply(effect);
        } catch (RuntimeException | Error e) { // an answer must always come back, or the screen waits forever
            return new Event.Failed(effect.requestId(), SetupException.failed("An AWS step failed unexpectedly",
                    e.getClass().getSimpleName(), "try again; if it keeps failing, run with --plain and report it"));
        }
    }

    private void draw(TerminalScreen screen, boolean complete) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        screen.clear();
        Canvas canvas = new Canvas(screen.newTextGraphics(), theme, size.getColumns(), size.getRows());
        TerminalPosition cursor = view.render(state, model, canvas, clock.instant());
        screen.setCursorPosition(cursor);
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        frameListener.accept(state);
    }

    private void saveSnippets() {
        try {
            var saved = dev.chromasetup.snippets.SnippetFiles.save(saveDir, finish.snippetsFor(state),
                    !state.clientHeaders().isEmpty());
            model.doneNotice = saved.isEmpty() ? "✗ Nothing to save: no snippet for this address."
                    : "✓ Saved " + saved.stream().map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.joining(" and ")) + " in "
                    + saveDir.toAbsolutePath().normalize();
        } catch (dev.chromasetup.errors.SetupException e) {
            model.doneNotice = "✗ " + e.what() + ": " + e.why();
        } catch (RuntimeException e) {
            model.doneNotice = "✗ Could not save the snippets: " + e.getMessage();
        }
    }

    private void fail(Throwable e) {
        if (state.finished()) {
            return;
        }
        String fix = state.stackId().isPresent()
                ? "the stack keeps going in AWS; follow it with " + Texts.command(state, "watch")
                + " (add --plain for line prompts)"
                : "run chroma-setup again with --plain to use line prompts";
        state = Wizard.end(state, Outcome.of(new SetupException(ExitCode.FAILED, "The full-screen display stopped",
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), fix, e)));
    }

    private static void restore(TerminalScreen screen, AtomicBoolean stopped) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException ignored) {
            // best effort: the terminal may already be gone
        }
        try {
            screen.getTerminal().close();
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }
}
