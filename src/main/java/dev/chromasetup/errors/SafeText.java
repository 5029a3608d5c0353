package dev.chromasetup.errors;

import java.util.regex.Pattern;

/**
 * Makes user-supplied text safe to echo on a terminal: a value typed on the command line or read
 * from a config file could carry escape sequences that move the cursor, retitle the window or hide
 * text, so every value quoted in a message goes through {@link #clean(String)} first.
 */
public final class SafeText {
    /** CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), and any other two-byte ESC sequence. */
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|\u001B[@-_]?|\u009B[0-?]*[ -/]*[@-~]");
    private static final int MAX_QUOTED = 80;

    private SafeText() {
    }

    /** Removes escape sequences, then replaces remaining control and bidi-format characters with '?'. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String noEscapes = ESCAPES.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(noEscapes.length());
        noEscapes.codePoints().forEach(cp -> {
            boolean unsafe = Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT;
            out.appendCodePoint(unsafe ? '?' : cp);
        });
        return out.toString();
    }

    /** Like {@link #clean(String)} but keeps line breaks, for multi-line messages. */
    public static String cleanLines(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.split("\r?\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : System.lineSeparator()).append(clean(lines[i]));
        }
        return out.toString();
    }

    /** A cleaned value in single quotes, shortened so a pasted blob cannot flood the message. */
    public static String quote(String value) {
        String c = clean(value);
        return "'" + (c.length() > MAX_QUOTED ? c.substring(0, MAX_QUOTED) + "…" : c) + "'";
    }
}
