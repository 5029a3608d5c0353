package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import dev.chromasetup.aws.CallerIdentity;
import dev.chromasetup.ui.tui.Theme.Role;
import dev.chromasetup.wizard.Choice;
import dev.chromasetup.wizard.Question;
import dev.chromasetup.wizard.Step;
import dev.chromasetup.wizard.WizardState;

import java.util.ArrayList;
import java.util.List;

/** The screens that ask: choice lists, yes/no confirmations, text fields, the Options form, Review. */
final class QuestionView {
    static final List<String> OPTION_FIELDS = List.of("chroma-version", "otel-endpoint", "otel-service-name",
            "otel-headers", "stack-name");
    private static final List<String> OPTION_LABELS = List.of("Chroma version", "OpenTelemetry endpoint",
            "OpenTelemetry service name", "OpenTelemetry headers", "Stack name");
    private static final int LABEL = 28;

    /** Draws the open question; returns the text cursor's position for a text field, else null. */
    TerminalPosition render(WizardState s, TuiModel m, Body b) {
        Question q = s.question().orElseThrow();
        if (q.field().equals(TuiModel.RETRY_FIELD)) {
            retry(s, q, b);
            return null;
        }
        context(s, b);
        if (q.field().equals(TuiModel.REVIEW_FIELD)) {
            review(q, m, b);
            return null;
        }
        if (s.step() == Step.OPTIONS && OPTION_FIELDS.contains(q.field())) {
            return options(s, q, m, b);
        }
        boolean warning = q.field().equals("exposure");
        List<String> error = errorLines(q, b);
        int noteRows = q.notes().stream().mapToInt(n -> Canvas.wrap(n, b.width(0)).size()).sum();
        int inputRows = q.choices().isEmpty() ? 2 : Math.min(q.choices().size(), 6);
        // With an error and little room, the error (which says what to do) wins over the general notes.
        if (error.isEmpty() || noteRows + 1 + inputRows + error.size() <= b.remaining()) {
            for (int i = 0; i < q.notes().size(); i++) {
                b.add(q.notes().get(i), warning && i == 0 ? Role.WARN : Role.NORMAL);
            }
            b.blank();
        }
        TerminalPosition cursor = null;
        if (!q.choices().isEmpty()) {
            choices(q, m, b, error.size());
        } else if (q.confirmation()) {
            buttons(b, q, m.selected);
        } else {
            b.line(0, stripHint(q.prompt()), Role.NORMAL);
            cursor = FieldView.draw(b, 2, b.width(2) - 2, m, q.secret());
        }
        b.addLines(0, error, Role.ERROR);
        return cursor;
    }

    // ---- pieces ----------------------------------------------------------------------------------

    private static void retry(WizardState s, Question q, Body b) {
        b.add("✗ " + q.title(), Role.ERROR);
        b.blank();
        for (String note : q.notes()) {
            for (String line : note.split("\\R")) {
                b.add(line, line.startsWith("Fix:") ? Role.ACCENT : Role.NORMAL);
            }
        }
        b.blank();
        b.add("Press Enter to try again without restarting, or q to quit.", Role.NORMAL);
        if (s.step() == Step.CREDENTIALS) {
            b.blank();
            b.add("Ways to give credentials: export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, run aws configure,"
                    + " or aws sso login --profile NAME.", Role.MUTED);
        }
    }

    /** What is already known, shown above the question so the user sees where they are. */
    private static void context(WizardState s, Body b) {
        switch (s.step()) {
            case REGION -> s.identity().ifPresent(id -> {
                b.add(identity(id), Role.OK);
                b.blank();
            });
            case SIZE -> s.vpc().ifPresent(v -> {
                b.add("✓ Network: default VPC " + v.vpcId() + " (" + v.cidr() + ", " + v.defaultSubnets()
                        + " subnets) in " + s.answers().region(), Role.OK);
                b.blank();
            });
            case ACCESS, OPTIONS -> s.instance().ifPresent(i -> {
                b.add("✓ Server: " + i.name() + ", " + i.vcpus() + " vCPU, " + gib(i.memoryMib()) + " memory, in "
                        + s.answers().region(), Role.OK);
                b.blank();
            });
            default -> {
            }
        }
    }

    static String identity(CallerIdentity id) {
        return "✓ Signed in: account " + id.account() + " · " + id.arn() + " · key " + id.maskedAccessKey()
                + " from " + id.source();
    }

    private static List<String> errorLines(Question q, Body b) {
        List<String> lines = new ArrayList<>();
        q.error().ifPresent(e -> {
            String[] parts = e.split("\\R");
            for (int i = 0; i < parts.length; i++) {
                List<String> wrapped = Canvas.wrap(parts[i], b.width(2));
                for (int j = 0; j < wrapped.size(); j++) {
                    lines.add((i == 0 && j == 0 ? "✗ " : "  ") + wrapped.get(j));
                }
            }
        });
        return lines;
    }

    private static void choices(Question q, TuiModel m, Body b, int reserved) {
        List<Choice> choices = q.choices();
        boolean header = !q.choicesHeader().isEmpty();
        int labelWidth = choices.stream().mapToInt(c -> Canvas.columns(c.label())).max().orElse(0);
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            groups.add(choiceLines(choices.get(i), q, labelWidth, b.width(0), i == m.selected));
        }
        int typedRows = m.typed.isEmpty() ? 0 : 1;
        int avail = Math.max(3, b.remaining() - reserved - typedRows - (header ? 1 : 0));
        int total = groups.stream().mapToInt(List::size).sum();
        int from = 0;
        int to = groups.size();
        if (total > avail) {
            avail -= 2; // room for "↑ more" and "↓ more"
            if (m.selected < m.scroll) {
                m.scroll = m.selected;
            }
            while (m.scroll < m.selected && rows(groups, m.scroll, m.selected + 1) > avail) {
                m.scroll++;
            }
            from = m.scroll;
            to = from;
            int used = 0;
            while (to < groups.size() && used + groups.get(to).size() <= avail) {
                used += groups.get(to++).size();
            }
            b.line(0, from > 0 ? "  ↑ " + from + " more" : "", Role.MUTED);
        }
        if (header) {
            b.line(0, "  " + q.choicesHeader(), Role.MUTED); // "  ": where the labels start, after "▸ "
        }
        for (int i = from; i < to; i++) {
            Choice c = choices.get(i);
            Role role = !c.enabled() ? Role.MUTED : i == m.selected ? Role.SELECTED : Role.NORMAL;
            List<String> lines = groups.get(i);
            for (int j = 0; j < lines.size(); j++) {
                b.line(0, lines.get(j), j == 0 ? role : Role.MUTED);
            }
        }
        if (total > avail + 2 || from > 0) {
            b.line(0, to < groups.size() ? "  ↓ " + (groups.size() - to) + " more" : "", Role.MUTED);
        }
        if (typedRows > 0) {
            b.line(0, "  Typed: " + m.typed.text() + "▏  (Enter uses what you typed, Esc clears it)", Role.ACCENT);
        }
    }

    private static int rows(List<List<String>> groups, int from, int to) {
        return groups.subList(from, to).stream().mapToInt(List::size).sum();
    }

    /** "▸ us-east-1  US East (N. Virginia)  (default)", or a greyed entry with its reason. */
    static List<String> choiceLines(Choice c, Question q, int labelWidth, int width, boolean selected) {
        String mark = selected ? "▸ " : "  ";
        String head = mark + Canvas.pad(c.label(), labelWidth);
        List<String> lines = new ArrayList<>();
        if (!c.enabled()) {
            String one = head + "  not available: " + c.note();
            if (Canvas.columns(one) <= width) {
                lines.add(one);
            } else {
                lines.add(head.stripTrailing());
                Canvas.wrap("not available: " + c.note(), width - 6).forEach(l -> lines.add("      " + l));
            }
            return lines;
        }
        lines.add(head + (c.value().equals(q.defaultValue()) ? "  (default)" : ""));
        return lines;
    }

    static void buttons(Body b, Question q, int selected) {
        String prompt = stripHint(q.prompt());
        int row = b.row();
        if (!b.line(0, prompt, Role.ACCENT)) {
            return;
        }
        int col = b.left() + Canvas.columns(prompt) + 3;
        Canvas c = b.canvas();
        c.text(col, row, selected == 0 ? "[ No ]" : "  No  ", selected == 0 ? Role.SELECTED : Role.NORMAL);
        c.text(col + 8, row, selected == 1 ? "[ Yes ]" : "  Yes  ", selected == 1 ? Role.SELECTED : Role.NORMAL);
        String def = q.defaultValue().equalsIgnoreCase("y") ? "Yes" : "No";
        c.text(col + 17, row, "(default " + def + ")", Role.MUTED);
    }

    private static TerminalPosition options(WizardState s, Question q, TuiModel m, Body b) {
        TerminalPosition cursor = null;
        int active = OPTION_FIELDS.indexOf(q.field());
        for (int i = 0; i < OPTION_FIELDS.size(); i++) {
            String label = (i == active ? "▸ " : "  ") + Canvas.pad(OPTION_LABELS.get(i), LABEL);
            int row = b.row();
            if (i == active) {
                b.canvas().text(b.left(), row, label, Role.ACCENT);
                int fieldCol = Canvas.columns(label) + 1;
                Body inline = new Body(b.canvas(), row, row + 1, b.left());
                cursor = FieldView.draw(inline, fieldCol, b.width(fieldCol) - 1, m, q.secret());
                b.skipTo(row + 1);
            } else {
                b.line(0, label + " " + value(s, OPTION_FIELDS.get(i)), Role.NORMAL);
            }
        }
        b.blank();
        b.add(stripHint(q.prompt()) + (q.secret() ? ": typed characters show as •, never as text." : ""),
                Role.ACCENT);
        q.notes().forEach(n -> b.add(n, Role.NORMAL));
        q.error().ifPresent(e -> {
            b.blank();
            String[] parts = e.split("\\R");
            for (int i = 0; i < parts.length; i++) {
                b.marked(i == 0 ? "✗ " : "  ", parts[i], Role.ERROR);
            }
        });
        return cursor;
    }

    private static String value(WizardState s, String field) {
        var a = s.answers();
        return switch (field) {
            case "chroma-version" -> a.chromaVersion().isEmpty() ? "template default" : a.chromaVersion();
            case "otel-endpoint" -> a.otelEndpoint().isEmpty() ? "(none)" : a.otelEndpoint();
            case "otel-service-name" -> a.otelServiceName().isEmpty() ? "(none)" : a.otelServiceName();
            case "otel-headers" -> a.otelHeaders().masked();
            default -> a.stackName();
        };
    }

    private static void review(Question q, TuiModel m, Body b) {
        List<Line> lines = new ArrayList<>();
        for (String note : q.notes()) {
            Role role = note.startsWith("Warning") ? Role.WARN : note.startsWith("Same as") ? Role.MUTED : Role.NORMAL;
            boolean labelled = note.length() > 13 && note.substring(0, 12).matches("[A-Za-z ]+") && note.charAt(12) == ' ';
            int hang = labelled ? 13 : 0;
            List<String> wrapped = Canvas.wrap(labelled ? note.substring(13) : note, b.width(0) - hang);
            for (int i = 0; i < wrapped.size(); i++) {
                String prefix = labelled ? (i == 0 ? note.substring(0, 13) : " ".repeat(13)) : "";
                lines.add(new Line(prefix + wrapped.get(i), role));
            }
        }
        List<String> error = errorLines(q, b);
        int avail = Math.max(1, b.remaining() - 1 - error.size());
        int top = Math.max(0, Math.min(m.scroll, lines.size() - avail));
        m.scroll = top;
        boolean cut = lines.size() > avail;
        int shown = cut ? avail - 1 : avail;
        for (int i = top; i < Math.min(lines.size(), top + shown); i++) {
            b.line(0, lines.get(i).text(), lines.get(i).role());
        }
        if (cut) {
            int below = Math.max(0, lines.size() - top - shown);
            b.line(0, (top > 0 ? "↑ " + top + " lines above  " : "") + (below > 0 ? "↓ " + below + " more lines (↑↓ scroll)" : ""),
                    Role.MUTED);
        }
        if (b.remaining() > 1 + error.size()) {
            b.blank();
        }
        buttons(b, q, m.selected);
        b.addLines(0, error, Role.ERROR);
    }

    private record Line(String text, Role role) {
    }

    /** "Create these resources now? [y/N]" → "Create these resources now?": the buttons show the default. */
    static String stripHint(String prompt) {
        return prompt.replaceAll("\\s*\\[[yYnN]/[yYnN]\\]\\s*$", "");
    }

    static String gib(long mib) {
        return mib % 1024 == 0 ? (mib / 1024) + " GiB" : String.format(java.util.Locale.ROOT, "%.1f GiB", mib / 1024.0);
    }
}
