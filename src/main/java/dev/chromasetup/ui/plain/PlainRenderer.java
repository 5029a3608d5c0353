package dev.chromasetup.ui.plain;

import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.rules.ResourceNames;
import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.wizard.Choice;
import dev.chromasetup.wizard.Question;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the dialogue as plain lines on stderr: numbered questions with defaults in brackets, notes,
 * and stack events one per line. No colour, no cursor movement: safe for screen readers and CI logs.
 */
final class PlainRenderer {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final PrintStream err;
    private final Supplier<ZoneId> zone; // asked at the first event shown: see app.LocalClock
    private String lastHeading = "";

    PlainRenderer(PrintStream err, Supplier<ZoneId> zone) {
        this.err = err;
        this.zone = zone;
    }

    /** A section heading, printed once per section; {@code position} like "3 of 10", or empty. */
    void heading(String title, String position) {
        if (!title.equals(lastHeading)) {
            err.println();
            err.println("== " + title + (position.isEmpty() ? "" : " (" + position + ")") + " ==");
            lastHeading = title;
        }
    }

    /** Shows a piped answer after its prompt, so a transcript reads like a conversation. */
    void echo(String answer, boolean secret) {
        // piped answers are untrusted text: never let an escape sequence in them reach the terminal
        err.println(secret ? "(hidden)" : TextSanitizer.sanitize(answer));
    }

    void question(Question q, boolean repeat) {
        if (!repeat) {
            q.notes().forEach(n -> err.println("  " + n));
            List<Choice> choices = q.choices();
            if (!q.choicesHeader().isEmpty()) {
                err.println("      " + q.choicesHeader()); // aligned with the labels after "  12) "
            }
            for (int i = 0; i < choices.size(); i++) {
                Choice c = choices.get(i);
                String mark = c.value().equals(q.defaultValue()) ? " (default)" : "";
                String off = c.enabled() ? "" : "  [not available: " + c.note() + "]";
                err.printf("  %2d) %s%s%s%n", i + 1, c.label(), mark, off);
            }
        }
        q.error().ifPresent(e -> err.println("  ! " + e.replace(System.lineSeparator(), System.lineSeparator() + "    ")));
        String def = q.secret() || q.defaultValue().isEmpty() || q.confirmation() ? "" : " [" + q.defaultValue() + "]";
        err.print(q.prompt() + def + ": ");
        err.flush();
    }

    void message(String line) {
        err.println(line);
    }

    void event(StackEvent e) {
        String name = e.isStackEvent() ? "Stack " + e.stackName() : ResourceNames.human(e.logicalId(), e.resourceType());
        String reason = e.reason() == null || e.reason().isBlank() ? "" : "  " + TextSanitizer.sanitize(e.reason());
        err.printf("  %s  %-36s %-22s%s%n", TIME.format(e.timestamp().atZone(zone.get())), name, e.status(), reason);
    }
}
