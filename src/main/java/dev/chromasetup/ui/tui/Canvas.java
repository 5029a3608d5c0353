package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.chromasetup.ui.tui.Theme.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that puts text on the screen: every write is clipped to the screen, so nothing is ever
 * drawn outside it whatever the text. Also wraps long lines to a width.
 */
final class Canvas {
    private final TextGraphics g;
    private final Theme theme;
    private final int width;
    private final int height;

    Canvas(TextGraphics g, Theme theme, int width, int height) {
        this.g = g;
        this.theme = theme;
        this.width = width;
        this.height = height;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    Theme theme() {
        return theme;
    }

    /** Writes {@code text} at (col, row) in the given role, cut at the right edge. */
    void text(int col, int row, String text, Role role) {
        if (row < 0 || row >= height || col < 0 || col >= width || text.isEmpty()) {
            return;
        }
        String fitted = TerminalTextUtils.fitString(text, width - col);
        Theme.Style s = theme.style(role);
        g.setForegroundColor(s.foreground());
        g.setBackgroundColor(s.background());
        g.setModifiers(s.modifiers());
        g.putString(col, row, fitted);
        g.clearModifiers();
    }

    /** A horizontal rule across the screen with an optional label near the right end. */
    void rule(int row, String label) {
        String line = "─".repeat(Math.max(0, width - 2));
        text(1, row, line, Role.MUTED);
        if (!label.isEmpty()) {
            String l = " " + label + " ";
            int col = Math.max(2, width - 3 - columns(l));
            text(col, row, l, Role.NORMAL);
        }
    }

    static int columns(String s) {
        return TerminalTextUtils.getColumnWidth(s);
    }

    /** {@code s} as it fits in {@code n} columns: whole, or cut with "…" so the cut shows. */
    static String cut(String s, int n) {
        return columns(s) > n && n > 1 ? TerminalTextUtils.fitString(s, n - 1) + "…" : s;
    }

    /** Pads or cuts {@code s} to exactly {@code n} columns. */
    static String pad(String s, int n) {
        String fitted = TerminalTextUtils.fitString(s, n);
        return fitted + " ".repeat(Math.max(0, n - columns(fitted)));
    }

    /**
     * Wraps text to {@code width} columns at spaces; a word longer than the width is split. Line breaks in
     * the text start new lines. Never returns an empty list.
     */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        int w = Math.max(1, width);
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                while (columns(word) > w) {
                    if (line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    String head = TerminalTextUtils.fitString(word, w);
                    if (head.isEmpty()) {
                        head = word.substring(0, Character.charCount(word.codePointAt(0)));
                    }
                    out.add(head);
                    word = word.substring(head.length());
                }
                if (line.length() == 0) {
                    line.append(word);
                } else if (columns(line.toString()) + 1 + columns(word) <= w) {
                    line.append(' ').append(word);
                } else {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
