package dev.chromasetup.ui.tui;

/**
 * The text of a one-line field and where the cursor is in it, with the edits a terminal user expects
 * (readline's basics). Knows nothing of keys or screens: {@link FieldKeys} maps keys to these methods.
 *
 * <p>The cursor is an index into {@link #text()} (0 to its length) that never falls inside a surrogate
 * pair: moves and deletions go by code point, so an emoji is never split. Combined characters (an
 * accent typed as a separate mark, emoji joined with ZWJ) are several code points and are edited one
 * code point at a time.
 *
 * <p>A word is a run of letters and digits: everything else separates words, so in
 * {@code 203.0.113.7/32} or {@code my-chroma-stack} the word keys stop at each part.
 */
final class LineEditor {
    private final StringBuilder text = new StringBuilder();
    private int cursor;

    String text() {
        return text.toString();
    }

    int cursor() {
        return cursor;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** Replaces the text (a default value, a value kept from before) with the cursor at its end. */
    void set(String value) {
        text.setLength(0);
        text.append(value);
        cursor = text.length();
    }

    void clear() {
        set("");
    }

    /** Inserts at the cursor and moves the cursor after what was inserted (a typed key, a paste). */
    void insert(String s) {
        text.insert(cursor, s);
        cursor += s.length();
    }

    void insert(char c) {
        insert(String.valueOf(c));
    }

    // ---- moves -------------------------------------------------------------------------------------

    void left() {
        cursor = before(cursor);
    }

    void right() {
        cursor = after(cursor);
    }

    void home() {
        cursor = 0;
    }

    void end() {
        cursor = text.length();
    }

    /** To the start of this word, or of the previous one when the cursor is already at a start. */
    void wordLeft() {
        cursor = wordStartBefore(cursor);
    }

    /** To the end of this word, or of the next one when the cursor is already at an end. */
    void wordRight() {
        int i = cursor;
        while (i < text.length() && !isWordAt(i)) {
            i = after(i);
        }
        while (i < text.length() && isWordAt(i)) {
            i = after(i);
        }
        cursor = i;
    }

    // ---- deletions -------------------------------------------------------------------------------

    /** Deletes the code point before the cursor. */
    void backspace() {
        delete(before(cursor), cursor);
    }

    /** Deletes the code point at the cursor (the cursor stays). */
    void deleteAtCursor() {
        delete(cursor, after(cursor));
    }

    /** Deletes from the start to the cursor (Ctrl-U). */
    void deleteToStart() {
        delete(0, cursor);
    }

    /** Deletes from the cursor to the end (Ctrl-K). */
    void deleteToEnd() {
        delete(cursor, text.length());
    }

    /** Deletes the word before the cursor with the separators between it and the cursor (Ctrl-W). */
    void deleteWordBefore() {
        delete(wordStartBefore(cursor), cursor);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void delete(int from, int to) {
        if (from < to) {
            text.delete(from, to);
            cursor = from;
        }
    }

    private int wordStartBefore(int from) {
        int i = from;
        while (i > 0 && !isWordAt(before(i))) {
            i = before(i);
        }
        while (i > 0 && isWordAt(before(i))) {
            i = before(i);
        }
        return i;
    }

    private boolean isWordAt(int i) {
        return Character.isLetterOrDigit(text.codePointAt(i));
    }

    /** The index one code point before {@code i} (0 stays 0). */
    private int before(int i) {
        return i <= 0 ? 0 : i - Character.charCount(text.codePointBefore(i));
    }

    /** The index one code point after {@code i} (the end stays the end). */
    private int after(int i) {
        return i >= text.length() ? text.length() : i + Character.charCount(text.codePointAt(i));
    }
}
