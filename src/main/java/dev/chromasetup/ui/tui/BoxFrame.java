package dev.chromasetup.ui.tui;

import dev.chromasetup.ui.tui.Theme.Role;

/** The border of a box drawn over the screen (help, "quit?", the full log), its title in the top edge. */
final class BoxFrame {
    private BoxFrame() {
    }

    /**
     * Blanks rows {@code top} to {@code top + h - 1} across the whole screen, so nothing of the screen
     * below shows through, and draws a {@code w} × {@code h} border from column {@code left}.
     */
    static void draw(Canvas c, int left, int top, int w, int h, String title) {
        for (int i = 0; i < h; i++) {
            c.text(0, top + i, " ".repeat(c.width()), Role.NORMAL);
        }
        String t = "─ " + title + " ";
        c.text(left, top, "┌" + t + "─".repeat(Math.max(0, w - 2 - Canvas.columns(t))) + "┐", Role.ACCENT);
        for (int i = 1; i < h - 1; i++) {
            c.text(left, top + i, "│" + " ".repeat(w - 2) + "│", Role.ACCENT);
        }
        c.text(left, top + h - 1, "└" + "─".repeat(w - 2) + "┘", Role.ACCENT);
    }
}
