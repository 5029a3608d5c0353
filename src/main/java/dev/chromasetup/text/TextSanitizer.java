package dev.chromasetup.text;

import java.util.regex.Pattern;

/**
 * Makes AWS-provided or user-provided text safe to print on a terminal. Stack event reasons, tags
 * and names come from outside and may hold escape sequences that would move the cursor, retitle the
 * window or hide text; every display of such text goes through here first.
 */
public final class TextSanitizer {
    /** Default cap: long enough for any CloudFormation reason worth reading, short enough for a row. */
    public static final int DEFAULT_MAX = 500;
    /** Cap for a value quoted back to the user inside a message. */
    private static final int QUOTED_MAX = 80;

    // OSC: ESC ] ... terminated by BEL or ESC \ (or unterminated until the end).
    private static final Pattern OSC = Pattern.compile("(?:\u001B\\]|\u009D)[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\\\|\u009C)?");
    // CSI: ESC [ (or the 8-bit CSI) parameters, intermediates, one final byte.
    private static final Pattern CSI = Pattern.compile("(?:\u001B\\[|\u009B)[0-?]*[ -/]*[@-~]?");
    // DCS, SOS, PM, APC strings: ESC P / X / ^ / _ ... ESC \.
    private static final Pattern STRINGS = Pattern.compile("\u001B[PX^_][^\u001B]*(?:\u001B\\\\)?");
    // Any other two-character escape (ESC c, ESC 7, ...).
    private static final Pattern OTHER_ESC = Pattern.compile("\u001B.?");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*(?:\r\n|\r|\n|\u2028|\u2029|\u0085)\\s*");

    private final int maxLength;

    public TextSanitizer() {
        this(DEFAULT_MAX);
    }

    public TextSanitizer(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
        this.maxLength = maxLength;
    }

    /** Null becomes "", escapes and control characters go, line breaks become one space, long text ends in "…". */
    public String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = OSC.matcher(text).replaceAll("");
        s = STRINGS.matcher(s).replaceAll("");
        s = CSI.matcher(s).replaceAll("");
        s = OTHER_ESC.matcher(s).replaceAll("");
        s = LINE_BREAKS.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (!isUnsafe(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return cap(out.toString().strip());
    }

    /** Same as {@link #clean(String)} with the default cap: for one-off calls. */
    public static String sanitize(String text) {
        return new TextSanitizer().clean(text);
    }

    /** Like {@link #sanitize(String)} but keeps line breaks, for multi-line messages. */
    public static String sanitizeLines(String text) {
        if (text == null) {
            return "";
        }
        TextSanitizer one = new TextSanitizer(DEFAULT_MAX);
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : System.lineSeparator()).append(one.clean(lines[i]));
        }
        return out.toString();
    }

    /** A sanitized value in single quotes, shortened so a pasted blob cannot flood a message. */
    public static String quote(String value) {
        return "'" + new TextSanitizer(QUOTED_MAX).clean(value) + "'";
    }

    /**
     * " (it contains the non-ASCII letter U+0435 CYRILLIC SMALL LETTER IE, ...)" when {@code value}
     * holds a letter outside ASCII (a look-alike in "us-еast-1"), else "". For values AWS only spells in
     * ASCII: region codes, instance types, key pair names.
     */
    public static String lookAlikeHint(String value) {
        if (value == null) {
            return "";
        }
        return value.codePoints().filter(ch -> ch > 0x7f && Character.isLetter(ch)).findFirst()
                .stream().mapToObj(ch -> " (it contains the non-ASCII letter U+"
                        + String.format(java.util.Locale.ROOT, "%04X", ch) + " " + Character.getName(ch)
                        + ", which may look like a Latin letter)")
                .findFirst().orElse("");
    }

    private static boolean isUnsafe(int cp) {
        int type = Character.getType(cp);
        // C0/C1 controls, plus bidi overrides and other format characters that can reorder what is shown.
        return type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }

    private String cap(String s) {
        if (s.codePointCount(0, s.length()) <= maxLength) {
            return s;
        }
        int end = s.offsetByCodePoints(0, maxLength - 1);
        return s.substring(0, end).stripTrailing() + "…";
    }
}
