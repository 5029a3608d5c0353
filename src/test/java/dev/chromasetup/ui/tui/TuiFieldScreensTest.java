package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import static dev.chromasetup.ui.tui.TuiScreensTest.rowOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value longer than its field, drawn as keys move the cursor: the field scrolls only when the cursor
 * would leave it, marks the hidden parts with "…", and the terminal's cursor sits on the editing place.
 */
class TuiFieldScreensTest {
    static final String ENDPOINT = "https://otel-collector.observability.internal.example.com:4318/v1/traces";
    private final TuiKeys keys = new TuiKeys(() -> { });

    /** The Options form on the OpenTelemetry endpoint field. */
    static StateDriver atEndpoint() {
        return StateDriver.atRegion().answer("3").answer("1").answer("1").answer("y").answer("");
    }

    /** Presses {@code k} as the face does, then draws the frame the face would draw after it. */
    Screens.Rendered press(StateDriver d, TuiModel m, KeyStroke k) {
        keys.handle(d.state, m, k);
        return Screens.render(d.state, m, 80, 24, d.now, false);
    }

    static String fieldRow(Screens.Rendered r) {
        return r.text().lines().toList().get(r.cursor().getRow());
    }

    static char underCursor(Screens.Rendered r) {
        TerminalPosition c = r.cursor();
        return r.terminal().getCharacter(c.getColumn(), c.getRow()).getCharacterString().charAt(0);
    }

    @Test
    void aLongEndpointScrollsWithTheCursorAndShowsWhereTextIsHidden() {
        StateDriver d = atEndpoint();
        TuiModel m = new TuiModel();
        Screens.Rendered r = Screens.render(d.state, m, 80, 24, d.now, false);
        assertThat(r.text()).contains("▸ OpenTelemetry endpoint");
        for (char c : ENDPOINT.toCharArray()) {
            r = press(d, m, new KeyStroke(c, false, false));
        }
        // typed to the end: the tail shows, with the cursor after it
        assertThat(fieldRow(r)).endsWith("endpoint      …vability.internal.example.com:4318/v1/traces");
        assertThat(r.cursor().getColumn()).isEqualTo(77);

        for (int i = 0; i < 7; i++) { // Ctrl-← back to "observability": the field follows the cursor
            r = press(d, m, new KeyStroke(KeyType.ArrowLeft, true, false));
        }
        assertThat(fieldRow(r)).contains("…observability.internal.example.com:4318/v1/tr…");
        assertThat(underCursor(r)).isEqualTo('o');

        r = press(d, m, new KeyStroke(KeyType.ArrowRight, true, false)); // to the end of the word: no scroll
        assertThat(fieldRow(r)).contains("…observability.internal.example.com:4318/v1/tr…");
        assertThat(underCursor(r)).isEqualTo('.');
        assertThat(r.cursor().getRow()).isEqualTo(rowOf(r.text(), "▸ OpenTelemetry endpoint"));
        assertThat(r.cursor().getColumn()).isEqualTo(33 + "observability".length());
        Screens.assertGolden("options-endpoint-scrolled", r.text());

        r = press(d, m, new KeyStroke(KeyType.Home));
        assertThat(fieldRow(r)).endsWith("endpoint       https://otel-collector.observability.internal…");
        assertThat(r.cursor().getColumn()).isEqualTo(33);
    }

    @Test
    void aLongSecretScrollsTheSameWayAndShowsOnlyDots() {
        StateDriver d = atEndpoint().answer("").answer(""); // on the headers
        TuiModel m = new TuiModel();
        Screens.Rendered r = Screens.render(d.state, m, 80, 24, d.now, false);
        String secret = "x-honeycomb-team=0123456789abcdef0123456789abcdef,x-honeycomb-dataset=chroma";
        for (char c : secret.toCharArray()) {
            r = press(d, m, new KeyStroke(c, false, false));
        }
        for (int i = 0; i < 10; i++) {
            r = press(d, m, new KeyStroke(KeyType.ArrowLeft));
        }
        assertThat(fieldRow(r)).contains("…" + "•".repeat(44)).doesNotContain("honeycomb").doesNotContain("chroma");
        assertThat(r.cursor().getColumn()).isEqualTo(33 + 44 - 10);
        r = press(d, m, new KeyStroke('!', false, false));
        assertThat(m.typed.text()).isEqualTo(secret.substring(0, secret.length() - 10) + "!" + secret.substring(secret.length() - 10));
        assertThat(r.text()).doesNotContain("honeycomb");
    }

    @Test
    void helpListsTheEditingKeysOnlyWhileATextFieldIsOpen() {
        TuiModel help = new TuiModel();
        help.overlay = TuiModel.Overlay.HELP;
        StateDriver d = atEndpoint();
        assertThat(Screens.render(d.state, help, 80, 24, d.now)).contains("┌─ Help")
                .contains("In the field: ←→ move, Ctrl-←→ (Alt-B Alt-F) by word").contains("Ctrl-U and Ctrl-K");
        StateDriver region = StateDriver.atRegion();
        assertThat(Screens.render(region.state, help, 80, 24, region.now)).contains("┌─ Help")
                .doesNotContain("In the field");
    }
}
