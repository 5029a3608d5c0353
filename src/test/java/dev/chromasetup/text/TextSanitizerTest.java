package dev.chromasetup.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSanitizerTest {
    private final TextSanitizer sanitizer = new TextSanitizer();

    @Test
    void removesColourAndCursorSequences() {
        assertThat(sanitizer.clean("\u001B[31mred\u001B[0m \u001B[2J\u001B[Hcleared")).isEqualTo("red cleared");
    }

    @Test
    void removesOscTitleAndHyperlinkSequences() {
        assertThat(sanitizer.clean("a\u001B]0;evil title\u0007b")).isEqualTo("ab");
        assertThat(sanitizer.clean("\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\")).isEqualTo("link");
    }

    @Test
    void removesOtherControlsAndBidiOverridesButKeepsSpacesAndUnicode() {
        assertThat(sanitizer.clean("a\u0000b\u0007c\u009B31md\u0001 \u202Eé ✓")).isEqualTo("abcd é ✓");
    }

    @Test
    void collapsesLineBreaksToOneSpace() {
        assertThat(sanitizer.clean("No default VPC\r\n  for this user\nreally")).isEqualTo("No default VPC for this user really");
        assertThat(sanitizer.clean("tab\there")).isEqualTo("tab here");
    }

    @Test
    void capsLongTextWithAnEllipsis() {
        String out = new TextSanitizer(10).clean("abcdefghijklmnop");
        assertThat(out).isEqualTo("abcdefghi…").hasSize(10);
        assertThat(new TextSanitizer(10).clean("short")).isEqualTo("short");
    }

    @Test
    void nullIsEmpty() {
        assertThat(sanitizer.clean(null)).isEmpty();
        assertThat(TextSanitizer.sanitize("\u001B[1m")).isEmpty();
    }
}
