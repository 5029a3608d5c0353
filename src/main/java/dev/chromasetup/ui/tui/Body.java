package dev.chromasetup.ui.tui;

import dev.chromasetup.ui.tui.Theme.Role;

import java.util.List;

/**
 * Writes the body of a screen line after line between two rows, wrapping to the width and stopping at
 * the bottom: a screen never overflows, whatever the texts.
 */
final class Body {
    private final Canvas canvas;
    private final int left;
    private final int bottom;
    private int row;

    /** Rows {@code top} to {@code bottom} (exclusive), text starting at column {@code left}. */
    Body(Canvas canvas, int top, int bottom, int left) {
        this.canvas = canvas;
        this.row = top;
        this.bottom = bottom;
        this.left = left;
    }

    Canvas canvas() {
        return canvas;
    }

    int left() {
        return left;
    }

    int bottom() {
        return bottom;
    }

    int row() {
        return row;
    }

    int remaining() {
        return Math.max(0, bottom - row);
    }

    /** Text width available from {@code indent} columns in. */
    int width(int indent) {
        return Math.max(1, canvas.width() - left - indent - 1);
    }

    /** Adds wrapped text; continuation lines are indented like the first. Returns false when cut. */
    boolean add(String text, Role role) {
        return add(0, text, role);
    }

    boolean add(int indent, String text, Role role) {
        return addLines(indent, Canvas.wrap(text, width(indent)), role);
    }

    /** Adds one line, cut at the right edge with "…" (no wrapping). */
    boolean line(int indent, String text, Role role) {
        if (row >= bottom) {
            return false;
        }
        canvas.text(left + indent, row++, Canvas.cut(text, canvas.width() - left - indent), role);
        return true;
    }

    /** Adds a first line with a marker ("✗ ") and wraps the rest under the text, not under the marker. */
    boolean marked(String marker, String text, Role role) {
        List<String> lines = Canvas.wrap(text, width(Canvas.columns(marker)));
        for (int i = 0; i < lines.size(); i++) {
            if (!line(0, (i == 0 ? marker : " ".repeat(Canvas.columns(marker))) + lines.get(i), role)) {
                return false;
            }
        }
        return true;
    }

    boolean addLines(int indent, List<String> lines, Role role) {
        for (String l : lines) {
            if (!line(indent, l, role)) {
                return false;
            }
        }
        return true;
    }

    void blank() {
        if (row < bottom) {
            row++;
        }
    }

    /** Moves down to {@code r} (never up). */
    void skipTo(int r) {
        row = Math.max(row, Math.min(r, bottom));
    }
}
