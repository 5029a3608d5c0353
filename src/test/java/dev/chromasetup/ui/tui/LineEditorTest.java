package dev.chromasetup.ui.tui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The editing rules of a one-line field, without keys or screens. */
class LineEditorTest {

    static LineEditor at(String text, int cursor) {
        LineEditor e = new LineEditor();
        e.set(text);
        for (int i = text.length(); i > cursor; i--) {
            e.left();
        }
        assertThat(e.cursor()).isEqualTo(cursor);
        return e;
    }

    @Test
    void setPutsTheCursorAtTheEnd() {
        LineEditor e = new LineEditor();
        assertThat(e.isEmpty()).isTrue();
        assertThat(e.cursor()).isZero();
        e.set("my-chroma-stack");
        assertThat(e.text()).isEqualTo("my-chroma-stack");
        assertThat(e.cursor()).isEqualTo(15);
        e.clear();
        assertThat(e.text()).isEmpty();
        assertThat(e.cursor()).isZero();
    }

    @Test
    void typingInTheMiddleInsertsAtTheCursorAndMovesItOn() {
        LineEditor e = at("my-chrma-stack", 6);
        e.insert('o');
        assertThat(e.text()).isEqualTo("my-chroma-stack");
        assertThat(e.cursor()).isEqualTo(7);
        e.insert("-prod"); // a paste arrives at the cursor too
        assertThat(e.text()).isEqualTo("my-chro-prodma-stack");
        assertThat(e.cursor()).isEqualTo(12);
    }

    @Test
    void charactersMovesAndTheEndsStayInBounds() {
        LineEditor e = at("abc", 0);
        e.left();
        assertThat(e.cursor()).isZero();
        e.right();
        e.right();
        assertThat(e.cursor()).isEqualTo(2);
        e.end();
        e.right();
        assertThat(e.cursor()).isEqualTo(3);
        e.home();
        assertThat(e.cursor()).isZero();
    }

    @Test
    void backspaceDeletesBeforeTheCursorAndDeleteAtIt() {
        LineEditor e = at("203.0.1113.7/32", 9);
        e.backspace();
        assertThat(e.text()).isEqualTo("203.0.113.7/32");
        assertThat(e.cursor()).isEqualTo(8);
        e.deleteAtCursor();
        assertThat(e.text()).isEqualTo("203.0.11.7/32");
        assertThat(e.cursor()).isEqualTo(8);
    }

    @Test
    void deletionsAtTheEndsChangeNothing() {
        LineEditor e = at("abc", 0);
        e.backspace();
        e.deleteToStart();
        e.wordLeft();
        e.deleteWordBefore();
        assertThat(e.text()).isEqualTo("abc");
        assertThat(e.cursor()).isZero();
        e.end();
        e.deleteAtCursor();
        e.deleteToEnd();
        assertThat(e.text()).isEqualTo("abc");
        assertThat(e.cursor()).isEqualTo(3);
        LineEditor empty = new LineEditor();
        empty.backspace();
        empty.deleteAtCursor();
        empty.deleteWordBefore();
        empty.wordRight();
        assertThat(empty.text()).isEmpty();
        assertThat(empty.cursor()).isZero();
    }

    @Test
    void ctrlUDeletesToTheStartAndCtrlKToTheEnd() {
        LineEditor u = at("https://wrong.example.com:4318", 8);
        u.deleteToStart();
        assertThat(u.text()).isEqualTo("wrong.example.com:4318");
        assertThat(u.cursor()).isZero();
        LineEditor k = at("https://otel.example.com:4318/v1/traces", 29);
        k.deleteToEnd();
        assertThat(k.text()).isEqualTo("https://otel.example.com:4318");
        assertThat(k.cursor()).isEqualTo(29);
    }

    @Test
    void wordMovesStopAtEachPartOfAnAddress() {
        LineEditor e = new LineEditor();
        e.set("203.0.113.7/32");
        e.wordLeft();
        assertThat(e.cursor()).as("before 32").isEqualTo(12);
        e.wordLeft();
        assertThat(e.cursor()).as("before 7").isEqualTo(10);
        e.wordLeft();
        assertThat(e.cursor()).as("before 113").isEqualTo(6);
        e.wordLeft();
        e.wordLeft();
        assertThat(e.cursor()).as("the start").isZero();
        e.wordLeft();
        assertThat(e.cursor()).isZero();
        e.wordRight();
        assertThat(e.cursor()).as("after 203").isEqualTo(3);
        e.wordRight();
        assertThat(e.cursor()).as("after 0").isEqualTo(5);
        e.wordRight();
        e.wordRight();
        e.wordRight();
        assertThat(e.cursor()).as("the end").isEqualTo(14);
        e.wordRight();
        assertThat(e.cursor()).isEqualTo(14);
    }

    @Test
    void wordMovesFromInsideAWordGoToItsEnds() {
        LineEditor e = at("my-chroma-stack", 6); // in "chroma"
        e.wordLeft();
        assertThat(e.cursor()).isEqualTo(3);
        e = at("my-chroma-stack", 6);
        e.wordRight();
        assertThat(e.cursor()).isEqualTo(9);
        e = at("key=a b", 4); // a space separates like any punctuation
        e.wordRight();
        assertThat(e.cursor()).isEqualTo(5);
        e.wordRight();
        assertThat(e.cursor()).isEqualTo(7);
    }

    @Test
    void ctrlWDeletesTheWordBeforeWithTheSeparatorsAfterIt() {
        LineEditor e = new LineEditor();
        e.set("my-chroma-stack");
        e.deleteWordBefore();
        assertThat(e.text()).isEqualTo("my-chroma-");
        e.deleteWordBefore();
        assertThat(e.text()).isEqualTo("my-");
        LineEditor cidr = new LineEditor();
        cidr.set("203.0.113.7/32");
        cidr.deleteWordBefore();
        assertThat(cidr.text()).isEqualTo("203.0.113.7/");
        cidr.deleteWordBefore();
        assertThat(cidr.text()).isEqualTo("203.0.113.");
        LineEditor middle = at("my-chroma-stack", 9); // after "chroma"
        middle.deleteWordBefore();
        assertThat(middle.text()).isEqualTo("my--stack");
        assertThat(middle.cursor()).isEqualTo(3);
    }

    @Test
    void anEmojiIsOneCharacterForMovesAndDeletions() {
        String rocket = "\uD83D\uDE80"; // one code point, two Java chars
        LineEditor e = new LineEditor();
        e.set("a" + rocket + "b");
        e.left();
        assertThat(e.cursor()).isEqualTo(3);
        e.left();
        assertThat(e.cursor()).as("never between the two halves").isEqualTo(1);
        e.right();
        assertThat(e.cursor()).isEqualTo(3);
        e.backspace();
        assertThat(e.text()).isEqualTo("ab");
        e.set("a" + rocket + "b");
        e.home();
        e.right();
        e.deleteAtCursor();
        assertThat(e.text()).isEqualTo("ab");
    }

    @Test
    void anEmojiTypedAsTwoHalvesEndsUpWhole() {
        LineEditor e = at("ab", 1);
        e.insert('\uD83D'); // Lanterna hands over a character outside the BMP one half at a time
        e.insert('\uDE80');
        assertThat(e.text()).isEqualTo("a\uD83D\uDE80b");
        assertThat(e.cursor()).isEqualTo(3);
        e.backspace();
        assertThat(e.text()).isEqualTo("ab");
    }

    @Test
    void lettersOfOtherScriptsAreWordCharacters() {
        LineEditor e = new LineEditor();
        e.set("équipe-données");
        e.wordLeft();
        assertThat(e.cursor()).isEqualTo(7);
        e.deleteWordBefore();
        assertThat(e.text()).isEqualTo("données");
    }
}
