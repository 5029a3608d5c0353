package dev.chromasetup.ui.tui;

/**
 * Where the full log is scrolled: at the end, following the events as they arrive, or held at a first
 * line while the user reads older ones. The number of lines and the page height come from the caller
 * (they depend on the screen's size), so the position is clamped whenever it is read or moved.
 */
final class LogScroll {
    private boolean atEnd = true;
    private int top;

    /** Back to the newest events, following new ones (how the log opens, and End). */
    void toEnd() {
        atEnd = true;
    }

    boolean atEnd() {
        return atEnd;
    }

    /** The first line shown of {@code total} in a window of {@code page} lines. */
    int top(int total, int page) {
        int last = last(total, page);
        return atEnd ? last : Math.min(top, last);
    }

    /** Moves by {@code lines} (negative: up); reaching the end follows again. */
    void by(int lines, int total, int page) {
        int last = last(total, page);
        top = Math.max(0, Math.min(last, top(total, page) + lines));
        atEnd = top == last;
    }

    private static int last(int total, int page) {
        return Math.max(0, total - Math.max(1, page));
    }
}
