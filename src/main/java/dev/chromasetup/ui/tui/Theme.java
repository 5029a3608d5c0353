package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

import java.util.EnumSet;
import java.util.Map;

/**
 * How each role of text looks. The colour theme adds colour to symbols and words that already carry
 * the meaning (✓ ◐ ✗ ○, "created", "failed"); the monochrome theme (NO_COLOR, --no-color) uses the
 * terminal's default colours only, with bold and reverse video, which are not colours.
 */
final class Theme {
    /** What a piece of text is, never how it looks. */
    enum Role { NORMAL, TITLE, ACCENT, SELECTED, OK, WARN, ERROR, MUTED }

    record Style(TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
    }

    private final Map<Role, Style> styles;
    private final boolean monochrome;

    private Theme(Map<Role, Style> styles, boolean monochrome) {
        this.styles = styles;
        this.monochrome = monochrome;
    }

    static Theme of(boolean monochrome) {
        return monochrome ? monochrome() : colour();
    }

    static Theme colour() {
        TextColor d = TextColor.ANSI.DEFAULT;
        return new Theme(Map.of(
                Role.NORMAL, new Style(d, d, EnumSet.noneOf(SGR.class)),
                Role.TITLE, new Style(TextColor.ANSI.CYAN, d, EnumSet.of(SGR.BOLD)),
                Role.ACCENT, new Style(TextColor.ANSI.CYAN, d, EnumSet.of(SGR.BOLD)),
                Role.SELECTED, new Style(d, d, EnumSet.of(SGR.REVERSE)),
                Role.OK, new Style(TextColor.ANSI.GREEN, d, EnumSet.noneOf(SGR.class)),
                Role.WARN, new Style(TextColor.ANSI.YELLOW, d, EnumSet.noneOf(SGR.class)),
                Role.ERROR, new Style(TextColor.ANSI.RED, d, EnumSet.of(SGR.BOLD)),
                Role.MUTED, new Style(TextColor.ANSI.BLACK_BRIGHT, d, EnumSet.noneOf(SGR.class))), false);
    }

    static Theme monochrome() {
        TextColor d = TextColor.ANSI.DEFAULT;
        EnumSet<SGR> plain = EnumSet.noneOf(SGR.class);
        return new Theme(Map.of(
                Role.NORMAL, new Style(d, d, plain),
                Role.TITLE, new Style(d, d, EnumSet.of(SGR.BOLD)),
                Role.ACCENT, new Style(d, d, EnumSet.of(SGR.BOLD)),
                Role.SELECTED, new Style(d, d, EnumSet.of(SGR.REVERSE)),
                Role.OK, new Style(d, d, plain),
                Role.WARN, new Style(d, d, EnumSet.of(SGR.BOLD)),
                Role.ERROR, new Style(d, d, EnumSet.of(SGR.BOLD)),
                Role.MUTED, new Style(d, d, plain)), true);
    }

    Style style(Role role) {
        return styles.get(role);
    }

    boolean isMonochrome() {
        return monochrome;
    }
}
