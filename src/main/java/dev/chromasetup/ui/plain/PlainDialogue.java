package dev.chromasetup.ui.plain;

import dev.chromasetup.app.EffectRunner;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.text.DurationText;
import dev.chromasetup.wizard.Activities;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Event;
import dev.chromasetup.wizard.Mode;
import dev.chromasetup.wizard.Outcome;
import dev.chromasetup.wizard.Phase;
import dev.chromasetup.wizard.Question;
import dev.chromasetup.wizard.Step;
import dev.chromasetup.wizard.Transition;
import dev.chromasetup.wizard.Wizard;
import dev.chromasetup.wizard.WizardState;

import java.io.BufferedReader;
import java.io.Console;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The plain face: drives the state machine with numbered line prompts on stderr. Effects run on worker
 * threads (the preflight calls in parallel), answers are read on demand, Ctrl-C arrives as an event;
 * everything meets in one queue, so the machine sees events one at a time.
 */
public final class PlainDialogue {
    private final Wizard wizard;
    private final EffectRunner runner;
    private final PlainRenderer renderer;
    private final LineSource lines;
    private final Clock clock;
    private final boolean interactiveInput;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(4, r -> {
        Thread t = new Thread(r, "chroma-setup-aws");
        t.setDaemon(true);
        return t;
    });

    public PlainDialogue(Wizard wizard, EffectRunner runner, BufferedReader in, Console console, PrintStream err,
                         Clock clock) {
        this.wizard = wizard;
        this.runner = runner;
        this.renderer = new PlainRenderer(err, clock::getZone);
        this.lines = new LineSource(in, console, queue);
        this.clock = clock;
        this.interactiveInput = console != null;
    }

    /** Ctrl-C from the signal handler: handled like any other event, in order. */
    public void interrupt() {
        queue.add(new Event.Interrupted());
    }

    /** Runs the flow to its end and returns the final state (its outcome says how it ended). */
    public WizardState run(WizardState initial) {
        try {
            WizardState state = apply(initial, wizard.next(initial, new Event.Started(clock.instant())));
            Question asked = null;
            while (!state.finished()) {
                if (state.phase() == Phase.ASKING && state.question().orElseThrow() != asked) {
                    asked = state.question().get();
                    renderer.heading(asked.title(), position(state, state.step()));
                    renderer.question(asked, asked.error().isPresent() && asked.field().equals(lastField));
                    lastField = asked.field();
                    lines.request(asked.secret());
                }
                Object item = queue.take();
                if (item instanceof LineSource.Line line) {
                    if (line.text().isEmpty()) {
                        return inputEnded(state);
                    }
                    if (!interactiveInput) {
                        renderer.echo(line.text().get(), state.question().map(Question::secret).orElse(false));
                    }
                    asked = null;
                    state = apply(state, wizard.next(state, new Event.Answered(line.text().get())));
                } else if (item instanceof Event event) {
                    state = apply(state, wizard.next(state, event));
                }
            }
            return state;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            workers.shutdownNow();
        }
    }

    private String lastField = "";
    private Optional<String> lastNotice = Optional.empty();
    private String lastProbeDetail = "";

    private WizardState apply(WizardState before, Transition t) {
        WizardState state = t.state();
        state.messages().forEach(m -> renderer.message("  " + m));
        int seen = before.events().size();
        if (state.events().size() > seen) {
            renderer.heading(state.deleting() ? "Deleting" : state.mode() == Mode.WATCH ? "Watching" : "Deploy",
                    position(state, Step.DEPLOY));
            state.events().subList(seen, state.events().size()).forEach(renderer::event);
        }
        if (!state.notice().equals(lastNotice)) {
            state.notice().ifPresent(n -> renderer.message("  ! " + n));
            lastNotice = state.notice();
        }
        reportReadiness(before, state);
        for (Effect effect : t.effects()) {
            long delay = EffectRunner.delayOf(effect).toMillis();
            if (delay == 0 && !(effect instanceof Effect.PollStack) && !(effect instanceof Effect.ProbeReadiness)) {
                renderer.message("  … " + Activities.of(effect, state)); // output starts before AWS answers
            }
            workers.schedule(() -> queue.add(runner.run(effect)), delay, TimeUnit.MILLISECONDS);
        }
        return state;
    }

    private void reportReadiness(WizardState before, WizardState state) {
        if (state.step() == Step.READY && before.readyStartedAt().isEmpty() && state.readyStartedAt().isPresent()) {
            renderer.heading("Ready", position(state, Step.READY));
            renderer.message("  The stack is complete; waiting for Chroma to answer its heartbeat"
                    + state.serverIp().map(ip -> " at http://" + ip + ":8000").orElse("") + ".");
        }
        state.lastProbe().filter(p -> !p.detail().equals(lastProbeDetail)).ifPresent(p -> {
            lastProbeDetail = p.detail();
            Duration waited = Duration.between(state.readyStartedAt().orElse(clock.instant()), clock.instant());
            renderer.message("  " + DurationText.human(waited) + "  " + p.detail());
        });
    }

    /** "3 of 10" while deploying; other commands are too short to need a position. */
    private static String position(WizardState state, Step step) {
        return state.mode() == Mode.DEPLOY && !state.deleting()
                ? (step.ordinal() + 1) + " of " + Step.values().length : "";
    }

    private WizardState inputEnded(WizardState state) {
        String prompt = state.question().map(Question::prompt).orElse("the question");
        SetupException error = SetupException.usage("No answer to \"" + prompt + "\"",
                "standard input ended before the dialogue did",
                "answer in a terminal, or run non-interactively with --yes and the flags you need"
                        + " (see chroma-setup --help)");
        renderer.message("");
        return Wizard.end(state, Outcome.of(error));
    }
}
