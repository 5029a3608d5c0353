package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import dev.chromasetup.ui.tui.Theme.Role;

/**
 * Draws a one-line text field: the part of the value around the cursor when it is longer than the
 * field, with "…" just outside an edge where more text is hidden, and returns where the terminal's
 * cursor goes. A secret shows one • per character (code point) and is edited the same way.
 */
final class FieldView {
    private FieldView() {
    }

    /**
     * Draws the field {@code width} columns wide, {@code indent} columns into the body, on the body's
     * next row. The column on each side is left for the "…" marks: callers keep it free. Updates
     * {@code m.fieldFrom}, the first character shown, so the field scrolls only when the cursor would
     * leave it. Returns the cursor's position, or null when the body has no row left.
     */
    static TerminalPosition draw(Body b, int indent, int width, TuiModel m, boolean secret) {
        LineEditor line = m.typed;
        String text = line.text();
        String[] cells = cells(text, secret);
        int[] widths = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            widths[i] = Canvas.columns(cells[i]);
        }
        int cursor = text.codePointCount(0, line.cursor());
        int w = Math.max(4, width);
        int from = firstShown(m.fieldFrom, widths, cursor, w);
        m.fieldFrom = from;
        StringBuilder visible = new StringBuilder();
        int used = 0;
        int to = from;
        while (to < cells.length && used + widths[to] <= w) {
            visible.append(cells[to]);
            used += widths[to++];
        }
        int row = b.row();
        int col = b.left() + indent;
        if (!b.line(indent, Canvas.pad(visible.toString(), w), Role.SELECTED)) {
            return null;
        }
        if (from > 0) {
            b.canvas().text(col - 1, row, "…", Role.MUTED);
        }
        if (to < cells.length) {
            b.canvas().text(col + w, row, "…", Role.MUTED);
        }
        return new TerminalPosition(col + sum(widths, from, cursor), row);
    }

    /**
     * The first cell (code point) to show so the cursor's cell is inside a field {@code width} columns
     * wide, moving as little as possible from {@code previous} (a field that jumped at every key would
     * be hard to follow), and showing as much of the value as fits (after a deletion, text comes back
     * from the left rather than leaving the field half empty). The column after the value is where the
     * cursor goes at the end, so it counts as part of the value: moving off the end does not shift it.
     */
    static int firstShown(int previous, int[] widths, int cursor, int width) {
        int n = widths.length;
        int cursorWidth = cursor < n ? Math.max(1, widths[cursor]) : 1;
        int from = Math.max(0, Math.min(previous, cursor));
        while (from < cursor && sum(widths, from, cursor) + cursorWidth > width) {
            from++;
        }
        while (from > 0 && sum(widths, from - 1, n) + 1 <= width) {
            from--;
        }
        return from;
    }

    private static String[] cells(String text, boolean secret) {
        return text.codePoints().mapToObj(cp -> secret ? "•" : Character.toString(cp)).toArray(String[]::new);
    }

    private static int sum(int[] widths, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s += widths[i];
        }
        return s;
    }
}
