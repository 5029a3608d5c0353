package dev.chromasetup.ui.tui;

import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.ui.tui.Theme.Role;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The full log laid out for a text width: every stack event, oldest first, as the deploy screen's log
 * shows it (time, human name, status, reason), failed statuses in the error role.
 *
 * <p>Long lines wrap rather than being cut. At 80 columns the box holds 72, and time, name and status
 * already take 63 of them: a reason after them would be cut to its first word, and the reason is what
 * the full log is read for (the deploy screen already shows the cut version). So a reason that does
 * not fit on the event's line goes under it with a hanging indent (under the name), wrapped at spaces
 * and never cut; the time column stays free, so each event still starts where a time is.
 */
final class FullLogLines {
    /** Continuation lines start under the name: the 8-column time and its 2 spaces stay free. */
    static final int INDENT = 10;

    /** One line of the box; {@code event} is the index of the event it belongs to. */
    record Line(String text, Role role, int event) {
    }

    private FullLogLines() {
    }

    static List<Line> of(List<StackEvent> events, int width, ZoneId zone) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventRow row = EventRow.of(events.get(i), zone);
            Role role = row.failed() ? Role.ERROR : Role.NORMAL;
            String whole = row.oneLine();
            if (Canvas.columns(whole) <= width) {
                out.add(new Line(whole, role, i));
                continue;
            }
            out.add(new Line(Canvas.cut(row.head(), width), role, i)); // only an unknown, very long status is cut
            for (String part : Canvas.wrap(row.reason(), width - INDENT)) {
                out.add(new Line(" ".repeat(INDENT) + part, role, i));
            }
        }
        return out;
    }

    /** How many lines {@link #of} makes: times are always 8 columns, so the time zone does not matter. */
    static int count(List<StackEvent> events, int width) {
        return of(events, width, ZoneOffset.UTC).size();
    }
}
