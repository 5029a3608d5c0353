package dev.chromasetup.ui.tui;

import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.text.DurationText;
import dev.chromasetup.snippets.ClientSnippets;
import dev.chromasetup.snippets.Snippet;
import dev.chromasetup.ui.tui.Theme.Role;
import dev.chromasetup.wizard.Outcome;
import dev.chromasetup.wizard.Step;
import dev.chromasetup.wizard.WizardState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The last screen: Done (endpoint, snippets, commands) or what went wrong with its fix. */
final class FinishView {
    static final int CHROMA_PORT = 8000;
    private final ClientSnippets snippets;

    FinishView(ClientSnippets snippets) {
        this.snippets = snippets;
    }

    /** The snippets for the server, or an empty list when its address cannot be put in code safely. */
    List<Snippet> snippetsFor(WizardState s) {
        return s.serverIp().map(ip -> {
            try {
                return snippets.all(ip, CHROMA_PORT, s.clientHeaders());
            } catch (IllegalArgumentException unusable) {
                return List.<Snippet>of();
            }
        }).orElse(List.of());
    }

    void render(WizardState s, TuiModel m, Body b, Instant now) {
        Outcome outcome = s.outcome().orElseThrow();
        if (outcome.exitCode() == ExitCode.OK && s.step() == Step.DONE && s.serverIp().isPresent()) {
            done(s, m, b);
        } else if (outcome.error().isPresent()) {
            failed(s, outcome.error().get(), b, now);
        } else {
            b.add("✓ " + outcome.summary(), Role.OK);
            b.blank();
            if (s.mode() != dev.chromasetup.wizard.Mode.DESTROY) {
                commands(s, b); // after a destroy there is nothing left to check or delete
            }
        }
    }

    private void done(WizardState s, TuiModel m, Body b) {
        String ip = s.serverIp().orElseThrow();
        String answered = s.readyAt().flatMap(at -> s.readyStartedAt().map(st -> "heartbeat answered after "
                + DurationText.human(Duration.between(st, at)))).orElse("readiness not checked");
        b.line(0, Canvas.pad("Endpoint", 10) + Canvas.pad("http://" + ip + ":" + CHROMA_PORT, Math.max(28, Canvas.columns(ip) + 15)) + answered, Role.OK);
        b.line(0, Canvas.pad("Stack", 10) + s.answers().stackName() + " in " + s.answers().region()
                + s.stack().map(st -> " (" + st.status() + ")").orElse(""), Role.NORMAL);
        b.line(0, Canvas.pad("Cost", 10) + s.cost().map(c -> "about " + c.totalPerMonth() + " until you destroy it")
                .orElse("billed hourly until you destroy it (" + s.answers().instanceType() + ", disk, public IPv4)"),
                Role.NORMAL);
        String token = s.clientHeaders().get("X-Chroma-Token");
        if (token != null) {
            labelled(b, "Token", token + "  (X-Chroma-Token; shown only now: save the snippets or copy it)", Role.WARN);
        }
        s.stack().map(st -> st.outputs().get("ConnectCommand")).ifPresent(c -> labelled(b, "Shell", c, Role.NORMAL));
        b.blank();
        List<Snippet> all = snippetsFor(s);
        if (all.isEmpty()) {
            b.add("No snippet: the server's address cannot be used in code safely.", Role.WARN);
        } else {
            int tab = Math.floorMod(m.doneTab, all.size());
            int row = b.row();
            int col = b.left();
            for (int i = 0; i < all.size(); i++) {
                String label = i == tab ? "[ " + all.get(i).language() + " ]" : "  " + all.get(i).language() + "  ";
                b.canvas().text(col, row, label, i == tab ? Role.SELECTED : Role.MUTED);
                col += Canvas.columns(label) + 1;
            }
            b.canvas().text(col + 2, row, "Tab switches", Role.MUTED);
            b.skipTo(row + 1);
            Snippet sn = all.get(tab);
            b.line(2, "$ " + sn.install(), Role.MUTED);
            for (String line : sn.code().strip().split("\\R")) {
                b.addLines(2, hardWrap(line, b.width(2)), Role.NORMAL); // never cut: a cut line is wrong code
            }
        }
        b.blank();
        if (!m.doneNotice.isEmpty()) {
            b.add(m.doneNotice, m.doneNotice.startsWith("✗") ? Role.ERROR : Role.OK);
        }
        commands(s, b);
    }

    /** Splits code at the width exactly, keeping every character (indentation included). */
    static List<String> hardWrap(String line, int width) {
        List<String> out = new java.util.ArrayList<>();
        String rest = line;
        while (Canvas.columns(rest) > width) {
            String head = com.googlecode.lanterna.TerminalTextUtils.fitString(rest, width);
            if (head.isEmpty()) {
                head = rest.substring(0, Character.charCount(rest.codePointAt(0)));
            }
            out.add(head);
            rest = rest.substring(head.length());
        }
        out.add(rest);
        return out;
    }

    private static void commands(WizardState s, Body b) {
        labelled(b, "Status", Texts.command(s, "status"), Role.NORMAL);
        labelled(b, "Destroy", Texts.command(s, "destroy"), Role.NORMAL);
    }

    /** "Label     text", the text wrapped under itself at spaces, never cut: commands must stay copyable. */
    private static void labelled(Body b, String label, String text, Role role) {
        // the full width to the right edge, wrapped at spaces: words stay whole
        List<String> parts = Canvas.wrap(text, Math.max(20, b.canvas().width() - b.left() - 10));
        b.line(0, Canvas.pad(label, 10) + parts.get(0), role);
        parts.subList(1, parts.size()).forEach(p -> b.line(10, p, role));
    }

    private void failed(WizardState s, SetupException e, Body b, Instant now) {
        boolean cancelled = e.exitCode() == ExitCode.CANCELLED;
        b.marked(cancelled ? "■ " : "✗ ", e.what(), cancelled ? Role.WARN : Role.ERROR);
        if (!e.why().isEmpty()) {
            for (String line : e.why().split("\\R")) {
                b.add(2, line, Role.NORMAL);
            }
        }
        if (!e.fix().isEmpty()) {
            b.blank();
            b.marked("Fix: ", e.fix(), Role.ACCENT);
        }
        if (s.stackId().isPresent() && !s.events().isEmpty()) {
            b.blank();
            ProgressView.rows(ProgressView.progress(s), b, now, Math.max(3, b.remaining() - 1));
        }
    }
}
