package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * The editing keys of a free-text field, as a shell's line editor has them: ←→ a character, Ctrl-←→
 * (Alt-←→, Alt-B Alt-F) a word, Home End (Ctrl-A Ctrl-E) the ends; Backspace and Delete (Ctrl-D) a
 * character, Ctrl-W (Alt-Backspace) the word before the cursor, Ctrl-U and Ctrl-K up to either end.
 * Printable keys, one by one as a paste arrives, are inserted at the cursor. Enter, Esc and Ctrl-C are
 * not editing keys: {@link TuiKeys} gives them their meaning before a key comes here.
 */
final class FieldKeys {
    private FieldKeys() {
    }

    static void edit(LineEditor line, KeyStroke k) {
        boolean word = k.isCtrlDown() || k.isAltDown();
        switch (k.getKeyType()) {
            case ArrowLeft -> {
                if (word) {
                    line.wordLeft();
                } else {
                    line.left();
                }
            }
            case ArrowRight -> {
                if (word) {
                    line.wordRight();
                } else {
                    line.right();
                }
            }
            case Home -> line.home();
            case End -> line.end();
            case Backspace -> {
                if (k.isAltDown()) {
                    line.deleteWordBefore();
                } else {
                    line.backspace();
                }
            }
            case Delete -> line.deleteAtCursor();
            case Character -> character(line, k);
            default -> {
            }
        }
    }

    private static void character(LineEditor line, KeyStroke k) {
        char c = Character.toLowerCase(k.getCharacter());
        if (k.isCtrlDown() && !k.isAltDown()) {
            switch (c) {
                case 'a' -> line.home();
                case 'e' -> line.end();
                // In a shell Ctrl-D on an empty line ends the input; here it never quits, it does nothing.
                case 'd' -> line.deleteAtCursor();
                case 'u' -> line.deleteToStart();
                case 'k' -> line.deleteToEnd();
                case 'w' -> line.deleteWordBefore();
                default -> {
                }
            }
        } else if (k.isAltDown() && !k.isCtrlDown()) {
            // Lanterna reports Esc followed at once by a letter as Alt and that letter (how terminals send Alt).
            if (c == 'b') {
                line.wordLeft();
            } else if (c == 'f') {
                line.wordRight();
            }
        } else if (TuiKeys.printable(k)) {
            line.insert(k.getCharacter());
        }
    }
}
