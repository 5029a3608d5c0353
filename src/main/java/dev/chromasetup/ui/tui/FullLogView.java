package dev.chromasetup.ui.tui;

import dev.chromasetup.ui.tui.FullLogLines.Line;
import dev.chromasetup.wizard.WizardState;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * The full log ({@code l}): every stack event in a box as wide and as tall as the screen allows between
 * the title row and the footer, scrolled where the model says. The keys use the same geometry
 * ({@link #textWidth}, {@link #page}) to scroll by lines and pages. Pure drawing.
 */
final class FullLogView {
    private static final int LEFT = 2;
    private static final int TOP = 1;

    private final Supplier<ZoneId> zone;

    FullLogView(Supplier<ZoneId> zone) {
        this.zone = zone;
    }

    /** Text columns inside the box: two columns of margin, the border and one space on each side. */
    static int textWidth(int columns) {
        return columns - 2 * LEFT - 4;
    }

    /** Lines shown at once: the box runs from row 1 to above the footer's rule, minus its borders. */
    static int page(int rows) {
        return boxHeight(rows) - 2;
    }

    private static int boxHeight(int rows) {
        return rows - TOP - 2;
    }

    void render(WizardState s, TuiModel m, Canvas c) {
        int page = page(c.height());
        List<Line> lines = FullLogLines.of(s.events(), textWidth(c.width()), zone.get());
        int top = m.log.top(lines.size(), page);
        List<Line> shown = lines.subList(top, Math.min(lines.size(), top + page));
        BoxFrame.draw(c, LEFT, TOP, c.width() - 2 * LEFT, boxHeight(c.height()),
                "Full log · " + position(shown, s.events().size()));
        for (int i = 0; i < shown.size(); i++) {
            c.text(LEFT + 2, TOP + 1 + i, shown.get(i).text(), shown.get(i).role());
        }
    }

    /** "events 12–31 of 57": the events with at least one line in view. */
    static String position(List<Line> shown, int events) {
        if (shown.isEmpty()) {
            return "no events yet";
        }
        return "events " + (shown.get(0).event() + 1) + "–" + (shown.get(shown.size() - 1).event() + 1) + " of "
                + events;
    }
}
