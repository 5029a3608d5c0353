package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which key does which edit, with the key strokes Lanterna 3.1.3 decodes from a terminal. */
class FieldKeysTest {

    static LineEditor after(String text, KeyStroke... keys) {
        LineEditor e = new LineEditor();
        e.set(text);
        for (KeyStroke k : keys) {
            FieldKeys.edit(e, k);
        }
        return e;
    }

    static KeyStroke key(KeyType t) {
        return new KeyStroke(t);
    }

    static KeyStroke ctrl(KeyType t) {
        return new KeyStroke(t, true, false);
    }

    static KeyStroke alt(KeyType t) {
        return new KeyStroke(t, false, true);
    }

    static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    static KeyStroke alt(char c) {
        return new KeyStroke(c, false, true);
    }

    static KeyStroke typed(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void arrowsMoveACharacterAndShiftDoesNotChangeThat() {
        assertThat(after("abc", key(KeyType.ArrowLeft)).cursor()).isEqualTo(2);
        assertThat(after("abc", key(KeyType.ArrowLeft), key(KeyType.ArrowLeft), key(KeyType.ArrowRight)).cursor())
                .isEqualTo(2);
        assertThat(after("abc", new KeyStroke(KeyType.ArrowLeft, false, false, true)).cursor()).isEqualTo(2);
    }

    @Test
    void ctrlOrAltArrowsAndAltBAltFMoveAWord() {
        String cidr = "203.0.113.7/32";
        assertThat(after(cidr, ctrl(KeyType.ArrowLeft)).cursor()).isEqualTo(12);
        assertThat(after(cidr, alt(KeyType.ArrowLeft)).cursor()).isEqualTo(12);
        assertThat(after(cidr, alt('b')).cursor()).isEqualTo(12);
        assertThat(after(cidr, key(KeyType.Home), ctrl(KeyType.ArrowRight)).cursor()).isEqualTo(3);
        assertThat(after(cidr, key(KeyType.Home), alt(KeyType.ArrowRight)).cursor()).isEqualTo(3);
        assertThat(after(cidr, key(KeyType.Home), alt('f')).cursor()).isEqualTo(3);
    }

    @Test
    void homeEndAndCtrlACtrlEGoToTheEnds() {
        assertThat(after("abc", key(KeyType.Home)).cursor()).isZero();
        assertThat(after("abc", ctrl('a')).cursor()).isZero();
        assertThat(after("abc", ctrl('a'), key(KeyType.End)).cursor()).isEqualTo(3);
        assertThat(after("abc", ctrl('a'), ctrl('e')).cursor()).isEqualTo(3);
    }

    @Test
    void eachDeletionKey() {
        assertThat(after("abcd", key(KeyType.ArrowLeft), key(KeyType.Backspace)).text()).isEqualTo("abd");
        assertThat(after("abcd", key(KeyType.ArrowLeft), key(KeyType.ArrowLeft), key(KeyType.Delete)).text())
                .isEqualTo("abd");
        assertThat(after("abcd", key(KeyType.ArrowLeft), key(KeyType.ArrowLeft), ctrl('d')).text()).isEqualTo("abd");
        assertThat(after("my-chroma-stack", ctrl(KeyType.ArrowLeft), ctrl('u')).text()).isEqualTo("stack");
        assertThat(after("my-chroma-stack", ctrl(KeyType.ArrowLeft), ctrl('k')).text()).isEqualTo("my-chroma-");
        assertThat(after("my-chroma-stack", ctrl('w')).text()).isEqualTo("my-chroma-");
        assertThat(after("my-chroma-stack", alt(KeyType.Backspace)).text()).isEqualTo("my-chroma-");
    }

    @Test
    void ctrlDOnAnEmptyFieldDoesNothing() {
        LineEditor e = after("", ctrl('d'));
        assertThat(e.text()).isEmpty();
        assertThat(e.cursor()).isZero();
    }

    @Test
    void printableKeysAreInsertedAtTheCursorAndOtherCtrlOrAltKeysAreNot() {
        assertThat(after("ac", key(KeyType.ArrowLeft), typed('b')).text()).isEqualTo("abc");
        assertThat(after("ac", typed('q'), typed('?'), typed('l'), typed(' ')).text()).isEqualTo("acq?l ");
        assertThat(after("ac", ctrl('x'), alt('x'), new KeyStroke('a', true, true), key(KeyType.Tab),
                key(KeyType.ArrowUp), key(KeyType.F2)).text()).isEqualTo("ac");
    }
}
