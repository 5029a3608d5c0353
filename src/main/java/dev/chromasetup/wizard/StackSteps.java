package dev.chromasetup.wizard;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.deploy.StackStatuses;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.FailureExplainer.Diagnosis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything that touches a stack: the name check, review, create, following events, readiness, and
 * the status / watch / destroy commands for an existing stack.
 */
final class StackSteps {
    private final WizardRules rules;
    private final ReadinessSteps readiness;

    StackSteps(WizardRules rules) {
        this.rules = rules;
        this.readiness = new ReadinessSteps(rules);
    }

    // ---- deploy: the stack-name check ends the Options step ----------------------------------

    Transition stackNameChecked(WizardState.Builder b, Event.StackLookedUp e) {
        WizardState state = b.build();
        if (e.stack().isPresent()) {
            SetupException taken = Messages.stackNameTaken(e.stack().get(), state.answers().region(),
                    Messages.watchCommand(state));
            if (!state.config().interactive()) {
                return Flow.finish(state, Outcome.of(taken));
            }
            WizardState.Builder at = state.edit();
            at.field = ServerSteps.OPTION_FIELDS.indexOf("stack-name");
            return Flow.ask(at, Step.OPTIONS, Questions.option("stack-name", state.answers(), state.template())
                    .withError(taken.describe()));
        }
        return enterReview(state);
    }

    Transition enterReview(WizardState state) {
        CreateStackRequest request;
        try {
            request = rules.createRequest(state);
        } catch (SetupException invalid) {
            return Flow.finish(state, Outcome.of(invalid));
        }
        if (state.config().interactive()) {
            return Flow.ask(state, Step.REVIEW, Questions.review(rules.reviewLines(state, request)));
        }
        WizardState.Builder b = state.edit();
        List<String> lines = new ArrayList<>(state.messages());
        lines.addAll(rules.reviewLines(state, request));
        b.messages = List.copyOf(lines);
        return create(b, request);
    }

    private Transition create(WizardState.Builder b, CreateStackRequest request) {
        String region = b.answers.region();
        return Flow.work(b, Step.DEPLOY, id -> new Effect.CreateStack(id, region, request));
    }

    // ---- answers at review, failure cleanup and destroy confirmation --------------------------

    Transition answered(WizardState state, String text) {
        Question q = state.question().orElseThrow();
        switch (q.field()) {
            case Questions.CONFIRM_CREATE -> {
                if (Questions.isYes(text)) {
                    return create(state.edit(), rules.createRequest(state));
                }
                return Flow.ask(state, Step.REVIEW, Questions.reviewDeclined());
            }
            case Questions.REVIEW_DECLINED -> {
                if (Questions.choiceValue(q, text).orElse("").equals("quit")) {
                    return Flow.finish(state, Outcome.of(SetupException.cancelled("Nothing was created",
                            "run chroma-setup again when you are ready; your answers were not sent anywhere")));
                }
                throw new IllegalStateException("'back' after the review is routed by Wizard to the previous step");
            }
            case Questions.CLEANUP -> {
                if (Questions.isYes(text) || text.isBlank()) {
                    return delete(state.edit());
                }
                return Flow.finish(state, Outcome.of(failureError(state)));
            }
            case Questions.SNAPSHOT -> {
                if (Questions.isYes(text)) {
                    return findDataVolume(state);
                }
                return deleteWithoutSnapshot(state, "No snapshot taken: the data is deleted with the stack.");
            }
            case Questions.INTERRUPT -> {
                return interruptAnswered(state, q, text);
            }
            case Questions.TRY_AGAIN -> {
                if (Questions.choiceValue(q, text).orElse("").equals("quit")) {
                    return Flow.finish(state, Outcome.of(failureError(state)));
                }
                return enterReview(freshAttempt(state)); // from the review, Esc goes back through the steps
            }
            case Questions.CONFIRM_DESTROY -> {
                if (text.trim().equals(state.answers().stackName())) {
                    return destroyConfirmed(state);
                }
                if (text.isBlank() || text.trim().equalsIgnoreCase("q")) {
                    return Flow.finish(state, Outcome.of(SetupException.cancelled("Nothing was deleted",
                            "the stack " + state.answers().stackName() + " is still running")));
                }
                return Flow.ask(state, Step.DEPLOY, q.withError("That is not the stack's name; type "
                        + state.answers().stackName() + " exactly, or press Enter to keep the stack."));
            }
            default -> {
                return Transition.of(state);
            }
        }
    }

    // ---- following the stack ------------------------------------------------------------------

    Transition result(WizardState state, Event.Result event) {
        WizardState.Builder b = state.edit();
        b.awaited = java.util.Set.of();
        if (event instanceof Event.StackLookedUp e) {
            return existingLookedUp(b, e);
        }
        if (event instanceof Event.StackCreated e) {
            b.stackId = Optional.of(e.stackId());
            b.deployStartedAt = Optional.of(e.now());
            b.messages = Flow.append(state.messages(), "Creating stack " + state.answers().stackName() + " in " + state.answers().region() + ".");
            if (state.config().detach()) {
                return Flow.finish(b, Outcome.ok("Stack creation started; re-attach with: "
                        + Messages.watchCommand(state)));
            }
            return poll(b, Duration.ZERO);
        }
        if (event instanceof Event.StackDeleteRequested e) {
            b.deleting = true;
            b.deployStartedAt = b.deployStartedAt.or(() -> Optional.of(e.now()));
            return poll(b, Duration.ZERO);
        }
        if (event instanceof Event.StackPolled e) {
            return polled(b, e);
        }
        if (event instanceof Event.SnapshotResult e) {
            return snapshots.result(b, e);
        }
        if (event instanceof Event.ReadinessProbed e) {
            return readiness.probed(b, e);
        }
        return Transition.of(state);
    }

    private Transition poll(WizardState.Builder b, Duration after) {
        String region = b.answers.region();
        String stackId = b.stackId.orElseThrow();
        return Flow.work(b, Step.DEPLOY,
                id -> new Effect.PollStack(id, region, stackId, after));
    }

    private Transition polled(WizardState.Builder b, Event.StackPolled e) {
        List<StackEvent> all = new ArrayList<>(b.events);
        all.addAll(e.newEvents());
        b.events = all;
        b.notice = e.notice();
        if (e.status().isPresent()) {
            b.stack = Optional.of(updated(b, e));
        }
        String status = e.gone() ? "DELETE_COMPLETE" : e.status().orElse("");
        WizardState state = b.build();
        if (b.deleting) {
            if ("DELETE_COMPLETE".equals(status)) {
                if (state.mode() == Mode.DESTROY) {
                    return Flow.finish(state, Outcome.ok("Deleted stack " + state.answers().stackName() + "."));
                }
                if (state.config().interactive() && !state.cancelling() && state.mode() == Mode.DEPLOY) {
                    return Flow.ask(state, Step.DEPLOY, Questions.tryAgain(state.answers().stackName(),
                            state.diagnosis().orElseGet(() -> rules.diagnose(state))));
                }
                if (state.cancelling()) {
                    return Flow.finish(state, Outcome.of(new SetupException(ExitCode.CANCELLED, "Cancelled",
                            "the stack " + state.answers().stackName() + " and everything it created were deleted",
                            "nothing is left running; run chroma-setup again to deploy")));
                }
                return Flow.finish(state, Outcome.of(failureError(state)));
            }
            if ("DELETE_FAILED".equals(status)) {
                return Flow.finish(state, Outcome.of(Messages.deleteFailed(state, rules.diagnose(state))));
            }
        } else if (StackStatuses.isCreateSuccess(status)) {
            return readiness.created(state, e.now());
        } else if (StackStatuses.isFailure(status)) {
            WizardState.Builder failed = state.edit();
            failed.diagnosis = Optional.of(rules.diagnose(state));
            WizardState f = failed.build();
            if (f.config().interactive()) {
                return Flow.ask(f, Step.DEPLOY, Questions.cleanup(f.diagnosis().orElseThrow(),
                        f.answers().stackName()));
            }
            return Flow.finish(f, Outcome.of(failureError(f)));
        }
        Instant started = state.deployStartedAt().orElse(e.now());
        if (Duration.between(started, e.now()).compareTo(state.config().deployTimeout()) > 0) {
            return Flow.finish(state, Outcome.of(Messages.deployTimedOut(state)));
        }
        return poll(state.edit(), e.nextPoll());
    }

    /** The stack as last seen: what DescribeStacks said before, with the newest status and outputs. */
    private static StackInfo updated(WizardState.Builder b, Event.StackPolled e) {
        Optional<StackInfo> known = b.stack;
        String reason = e.statusReason().orElse("");
        return new StackInfo(b.stackId.orElseThrow(), b.answers.stackName(), e.status().orElseThrow(), reason,
                known.map(StackInfo::createdAt).orElse(null), known.map(StackInfo::parameters).orElse(java.util.Map.of()),
                e.outputs().isEmpty() ? known.map(StackInfo::outputs).orElse(java.util.Map.of()) : e.outputs(),
                known.map(StackInfo::tags).orElse(java.util.Map.of()));
    }

    private Transition delete(WizardState.Builder b) {
        String region = b.answers.region();
        String stackId = b.stackId.orElseThrow();
        b.deleting = true;
        return Flow.work(b, Step.DEPLOY, id -> new Effect.DeleteStack(id, region, stackId));
    }

    /** Forget the deleted stack; keep every answer; the next create gets its own request token. */
    private static WizardState freshAttempt(WizardState state) {
        WizardState.Builder b = state.edit();
        b.attempt = state.attempt + 1;
        b.stackId = Optional.empty();
        b.stack = Optional.empty();
        b.events = List.of();
        b.deleting = false;
        b.diagnosis = Optional.empty();
        b.notice = Optional.empty();
        b.deployStartedAt = Optional.empty();
        b.readyStartedAt = Optional.empty();
        b.readyAt = Optional.empty();
        b.lastProbe = Optional.empty();
        b.readinessPhase = Optional.empty();
        return b.build();
    }

    private SetupException failureError(WizardState state) {
        Diagnosis d = state.diagnosis().orElseGet(() -> rules.diagnose(state));
        return Messages.deployFailed(state, d);
    }

    // ---- status / watch / destroy --------------------------------------------------------------

    Transition lookUpExisting(WizardState.Builder b) {
        String region = b.answers.region();
        String name = b.answers.stackName();
        return Flow.work(b, Step.REGION, id -> new Effect.LookUpStack(id, region, name));
    }

    private Transition existingLookedUp(WizardState.Builder b, Event.StackLookedUp e) {
        WizardState state = b.build();
        if (e.stack().isEmpty()) {
            return Flow.finish(state, Outcome.of(Messages.noSuchStack(state)));
        }
        StackInfo stack = e.stack().get();
        b.stack = Optional.of(stack);
        b.stackId = Optional.of(stack.stackId());
        switch (state.mode()) {
            case STATUS -> {
                b.step = Step.DONE;
                return Flow.finish(b, Outcome.ok(Messages.doneSummary(b.build())));
            }
            case DESTROY -> {
                WizardState at = b.build();
                if (!at.config().interactive()) {
                    return destroyConfirmed(at);
                }
                return Flow.ask(at, Step.DEPLOY, Questions.confirmDestroy(stack, at.answers().region()));
            }
            default -> {
                return poll(b, Duration.ZERO); // watch: from the whole history on, like the original deploy
            }
        }
    }

    // ---- destroy: a snapshot of the data first, when wanted ----------------------------------------

    private final SnapshotSteps snapshots = new SnapshotSteps(this);

    /**
     * After the typed confirmation (or --yes): templates that snapshot their own data volume on delete
     * need nothing more; otherwise --snapshot / --no-snapshot decide, or the user is asked.
     */
    private Transition destroyConfirmed(WizardState state) {
        if (state.stack().map(s -> s.outputs().containsKey("DataVolumeId")).orElse(false)) {
            return deleteWithoutSnapshot(state, "This stack's template snapshots its data volume when the stack is"
                    + " deleted (DeletionPolicy: Snapshot): the snapshot stays in EC2 until you delete it.");
        }
        if (state.config().given("snapshot") || !state.config().interactive()) {
            return state.config().snapshot() ? findDataVolume(state) : deleteWithoutSnapshot(state,
                    "No snapshot taken (pass --snapshot to keep a copy of the data): the data is deleted with the stack.");
        }
        return Flow.ask(state, Step.DEPLOY, Questions.snapshot(state.answers().region()));
    }

    private Transition findDataVolume(WizardState state) {
        String region = state.answers().region();
        String stackId = state.stackId().orElseThrow();
        return Flow.work(state.edit(), Step.DEPLOY, id -> new Effect.FindDataVolume(id, region, stackId));
    }

    Transition deleteWithoutSnapshot(WizardState state, String message) {
        WizardState.Builder b = state.edit();
        b.messages = Flow.append(state.messages(), message);
        return delete(b);
    }

    Transition deleteAfterSnapshot(WizardState.Builder b) {
        return delete(b);
    }

    // ---- interruption and retry -----------------------------------------------------------------

    /**
     * Ctrl-C never deletes silently: during a deploy an interactive run asks (keep running, delete,
     * back); a second Ctrl-C, or a non-interactive run, keeps the stack and says how to re-attach.
     */
    Transition interrupted(WizardState state) {
        if (state.mode() == Mode.DESTROY && !state.deleting()) {
            String snapshot = state.snapshotId().map(id -> "; the snapshot " + id + " goes on in EC2").orElse("");
            return Flow.finish(state, Outcome.of(new SetupException(ExitCode.CANCELLED, "Nothing was deleted",
                    "stopped before the stack was deleted" + snapshot,
                    "the stack " + state.answers().stackName() + " is still running; run " + Messages.destroyCommand(state)
                            + " again to delete it")));
        }
        if (state.stackId().isPresent() && !state.deleting() && state.mode() != Mode.STATUS) {
            boolean asking = state.question().map(q -> q.field().equals(Questions.INTERRUPT)).orElse(false);
            if (state.config().interactive() && !asking && state.phase() != Phase.ASKING) {
                return Flow.ask(state, state.step(), Questions.interrupt(state.answers().stackName(),
                        state.step() == Step.READY, Messages.watchCommand(state)));
            }
            return keepRunning(state);
        }
        return Flow.finish(state, Outcome.of(SetupException.cancelled("Cancelled",
                state.deleting() ? "the deletion continues in AWS; check with: " + Messages.statusCommand(state)
                        : "nothing was created")));
    }

    private static Transition keepRunning(WizardState state) {
        return Flow.finish(state, Outcome.of(SetupException.cancelled(
                "Stopped watching; the stack " + state.answers().stackName() + " keeps running in AWS",
                "re-attach with: " + Messages.watchCommand(state) + "   or delete it with: "
                        + Messages.destroyCommand(state))));
    }

    private Transition interruptAnswered(WizardState state, Question q, String text) {
        String choice = Questions.choiceValue(q, text).orElse("");
        switch (choice) {
            case "keep" -> {
                return keepRunning(state);
            }
            case "delete" -> {
                WizardState.Builder b = state.edit();
                b.cancelling = true;
                return delete(b);
            }
            case "back" -> {
                return resumeFollowing(state);
            }
            default -> {
                return Flow.ask(state, state.step(), q.withError("Choose 1, 2 or 3."));
            }
        }
    }

    /** Picks up following the stack where it was: its events, or the heartbeat once it is complete. */
    private Transition resumeFollowing(WizardState state) {
        return state.step() == Step.READY ? readiness.probe(state.edit(), Duration.ZERO) : poll(state.edit(), Duration.ZERO);
    }

    Transition retry(WizardState state) {
        if (state.step() == Step.REVIEW || state.step() == Step.DEPLOY && state.stackId().isEmpty()) {
            return enterReview(state);
        }
        if (state.stackId().isPresent()) {
            return state.step() == Step.READY ? readiness.probe(state.edit(), Duration.ZERO) : poll(state.edit(), Duration.ZERO);
        }
        return lookUpExisting(state.edit());
    }
}
