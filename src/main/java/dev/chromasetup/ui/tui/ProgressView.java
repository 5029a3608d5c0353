package dev.chromasetup.ui.tui;

import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.deploy.DeployProgress;
import dev.chromasetup.deploy.HeartbeatUrls;
import dev.chromasetup.deploy.ResourceProgress;
import dev.chromasetup.text.DurationText;
import dev.chromasetup.rules.ResourceNames;
import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.template.ChromaTemplate;
import dev.chromasetup.ui.tui.Theme.Role;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Phase;
import dev.chromasetup.wizard.Question;
import dev.chromasetup.wizard.Step;
import dev.chromasetup.wizard.WizardState;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.List;

/** The screens that wait: the welcome / working screen, the live deploy, and waiting for the heartbeat. */
final class ProgressView {
    static final String SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    private static final int NAME = 36;
    private static final int WORD = 16;

    private final Supplier<ZoneId> zone; // asked at the first event shown: see app.LocalClock

    ProgressView(Supplier<ZoneId> zone) {
        this.zone = zone;
    }

    static String spinner(TuiModel m) {
        int i = Math.floorMod(m.spinner, SPINNER.length());
        return SPINNER.substring(i, i + 1);
    }

    void working(WizardState s, TuiModel m, Body b) {
        if (s.step() == Step.CREDENTIALS) {
            welcome(b);
        }
        s.identity().filter(id -> s.step() != Step.CREDENTIALS).ifPresent(id -> b.add(QuestionView.identity(id), Role.OK));
        List<Effect> running = m.working();
        if (running.isEmpty()) {
            b.add(spinner(m) + " " + Texts.activity(s), Role.ACCENT);
        } else {
            for (int i = 0; i < running.size(); i++) {
                b.add((i == 0 ? spinner(m) + " " : "  ") + Texts.activity(running.get(i), s), Role.ACCENT);
            }
        }
    }

    private static void welcome(Body b) {
        b.add("Welcome. chroma-setup puts a Chroma server in your AWS account, step by step.", Role.TITLE);
        b.blank();
        b.add("What it creates: one EC2 instance (the Chroma server) and one security group (its firewall),"
                + " from Chroma's own CloudFormation template, in the default VPC of the region you choose.",
                Role.NORMAL);
        b.add("What it costs: AWS bills the instance, its disk and its public IPv4 address by the hour until you"
                + " destroy the stack; you choose the size, and the Review screen shows it before anything is made.",
                Role.NORMAL);
        b.add("How long: CloudFormation usually needs a few minutes, then Chroma a minute or two to start.",
                Role.NORMAL);
        b.add("Nothing is created before the Review screen, where you confirm.", Role.ACCENT);
        b.blank();
    }

    // ---- deploy -----------------------------------------------------------------------------------

    static DeployProgress progress(WizardState s) {
        DeployProgress p = new DeployProgress(s.template().map(ChromaTemplate::resources).orElse(List.of()),
                ResourceNames::human);
        p.applyAll(s.events());
        return p;
    }

    /** Draws the deploy (or destroy) screen; returns the text cursor when a typed answer is asked, else null. */
    com.googlecode.lanterna.TerminalPosition deploy(WizardState s, TuiModel m, Body b, Instant now) {
        if (s.stackId().isEmpty()) {
            b.add(spinner(m) + " " + (m.working().isEmpty() ? Texts.activity(s)
                    : Texts.activity(m.working().get(0), s)), Role.ACCENT);
            return null;
        }
        com.googlecode.lanterna.TerminalPosition cursor = null;
        DeployProgress p = progress(s);
        rows(p, b, now, Math.max(3, b.remaining() / 2));
        b.canvas().rule(b.row(), p.rows().isEmpty() ? "" : p.summary()); // destroy: no template, no "0 of 0"
        b.skipTo(b.row() + 1);
        Question q = open(s);
        if (q != null) {
            cursor = question(q, m, b);
        } else if (s.phase() == Phase.WORKING && s.deleting()) {
            b.line(0, spinner(m) + " Deleting the stack " + s.answers().stackName() + "…", Role.ACCENT);
        }
        log(s, b);
        return cursor;
    }

    private static Question open(WizardState s) {
        return s.phase() == Phase.ASKING ? s.question().orElse(null) : null;
    }

    /**
     * A question asked while a stack exists (Ctrl-C's choices, deleting a failed stack, typing the name
     * to destroy), under the progress it interrupts. Returns where the text cursor goes (null: hidden).
     */
    private static com.googlecode.lanterna.TerminalPosition question(Question q, TuiModel m, Body b) {
        com.googlecode.lanterna.TerminalPosition cursor = null;
        for (int i = 0; i < q.notes().size(); i++) {
            String note = q.notes().get(i);
            boolean failure = i == 0 && q.field().equals("cleanup");
            b.marked(failure ? "✗ " : "  ", note, failure ? Role.ERROR : note.startsWith("Fix:") ? Role.ACCENT : Role.NORMAL);
        }
        if (q.choices().isEmpty() && q.confirmation()) {
            QuestionView.buttons(b, q, m.selected);
        } else if (q.choices().isEmpty()) {
            // a typed answer (destroy: the stack's name): show what is typed, not Yes/No buttons
            b.line(0, QuestionView.stripHint(q.prompt()), Role.ACCENT);
            cursor = FieldView.draw(b, 2, b.width(2) - 2, m, q.secret());
        } else {
            b.line(0, q.prompt() + ":", Role.ACCENT);
            for (int i = 0; i < q.choices().size(); i++) {
                boolean on = i == m.selected;
                for (String line : QuestionView.choiceLines(q.choices().get(i), q, Canvas.columns(q.choices().get(i).label()), b.width(2), on)) {
                    b.line(0, line, on ? Role.SELECTED : Role.NORMAL);
                }
            }
        }
        q.error().ifPresent(e -> b.marked("✗ ", e, Role.ERROR));
        b.blank();
        return cursor;
    }

    /**
     * One row a resource; when there are more than {@code limit}, the failed and working ones are shown
     * first and the rest summed up on one line, so the log below keeps its room.
     */
    static void rows(DeployProgress p, Body b, Instant now, int limit) {
        List<ResourceProgress> all = p.rows();
        List<ResourceProgress> shown = all;
        if (all.size() > limit) {
            java.util.Set<ResourceProgress> keep = new java.util.LinkedHashSet<>();
            all.stream().filter(r -> symbol(r).equals("✗")).forEach(keep::add);
            all.stream().filter(r -> symbol(r).equals("◐")).forEach(keep::add);
            keep.addAll(all);
            java.util.Set<ResourceProgress> chosen = keep.stream().limit(limit - 1L)
                    .collect(java.util.stream.Collectors.toSet());
            shown = all.stream().filter(chosen::contains).toList();
        }
        for (ResourceProgress r : shown) {
            Role role = r.hasFailed() && !r.isCancellation() || r.isFailed() ? Role.ERROR
                    : r.isCreated() ? Role.OK : r.status().isPresent() ? Role.WARN : Role.MUTED;
            String elapsed = r.status().isPresent() ? DurationText.human(r.elapsed(now)) : "";
            b.line(0, symbol(r) + " " + Canvas.pad(r.humanName(), NAME) + Canvas.pad(r.word(), WORD)
                    + String.format("%7s", elapsed), role);
            if (r.isFailed() || r.hasFailed() && !r.isCancellation() && r.failure().isPresent()) {
                b.line(4, r.failure().map(TextSanitizer::sanitize).orElse(""), Role.ERROR);
            }
        }
        if (shown.size() < all.size()) {
            List<ResourceProgress> visible = shown;
            List<ResourceProgress> rest = all.stream().filter(r -> !visible.contains(r)).toList();
            long created = rest.stream().filter(ResourceProgress::isCreated).count();
            b.line(0, "+ " + rest.size() + " more: " + created + " created, " + (rest.size() - created) + " other",
                    Role.MUTED);
        }
    }

    /** ✓ created, ◐ working, ✗ failed, ○ waiting or gone: the symbol and the word say it, not the colour. */
    static String symbol(ResourceProgress r) {
        if (r.isFailed() || r.hasFailed() && !r.isCancellation()) {
            return "✗";
        }
        if (r.isCreated()) {
            return "✓";
        }
        if (r.status().filter(st -> st.endsWith("_IN_PROGRESS")).isPresent()) {
            return "◐";
        }
        return "○";
    }

    /** The latest events, as many as fit: the log never pushes anything off the screen ("l" shows them all). */
    private void log(WizardState s, Body b) {
        List<StackEvent> events = s.events();
        int rows = b.remaining();
        if (rows <= 0 || events.isEmpty()) {
            return;
        }
        for (StackEvent e : events.subList(Math.max(0, events.size() - rows), events.size())) {
            EventRow row = EventRow.of(e, zone.get());
            b.line(0, row.oneLine(), row.failed() ? Role.ERROR : Role.MUTED);
        }
    }

    // ---- ready ------------------------------------------------------------------------------------

    void ready(WizardState s, TuiModel m, Body b, Instant now) {
        DeployProgress p = progress(s);
        b.add("✓ The stack is complete: " + p.summary() + " in "
                + DurationText.human(p.totalElapsed(now)) + ".", Role.OK);
        b.blank();
        b.add(spinner(m) + " Waiting for Chroma to answer at " + heartbeat(s), Role.ACCENT);
        b.blank();
        Duration waited = Duration.between(s.readyStartedAt().orElse(now), now);
        b.line(2, Canvas.pad("Waiting for", 14) + DurationText.human(waited), Role.NORMAL);
        b.line(2, Canvas.pad("Now", 14) + s.readinessPhase().orElse("the instance is starting"), Role.NORMAL);
        s.lastProbe().ifPresent(pr -> b.line(2, Canvas.pad("Last try", 14) + TextSanitizer.sanitize(pr.detail()),
                Role.MUTED));
        b.blank();
        Question q = open(s);
        if (q != null) {
            question(q, m, b); // Ctrl-C's choices, in place of the explanation
            return;
        }
        b.add("The instance boots, then Docker pulls Chroma's image and starts it; the address answers when"
                + " Chroma is ready. The server is already billed: Ctrl-C stops waiting and leaves it running.",
                Role.NORMAL);
    }

    static String heartbeat(WizardState s) {
        return s.config().readinessUrl().map(Object::toString)
                .orElseGet(() -> s.serverIp().map(ip -> {
                    try {
                        return HeartbeatUrls.forServer(ip, s.config().readinessPort(), s.config().readinessPath())
                                .toString();
                    } catch (RuntimeException invalid) {
                        return "http://" + TextSanitizer.sanitize(ip) + ":" + s.config().readinessPort();
                    }
                }).orElse("the server"));
    }
}
