package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.chromasetup.snippets.ClientSnippets;
import dev.chromasetup.ui.tui.Theme.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrapping, clipping and saving: the small parts the screens rely on. */
class TuiPiecesTest {
    @TempDir
    Path dir;

    @Test
    void wrapBreaksAtSpacesSplitsLongWordsAndKeepsLineBreaks() {
        assertThat(Canvas.wrap("one two three four", 9)).containsExactly("one two", "three", "four");
        assertThat(Canvas.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
        assertThat(Canvas.wrap("a\nb", 10)).containsExactly("a", "b");
        assertThat(Canvas.wrap("", 10)).containsExactly("");
    }

    @Test
    void nothingIsDrawnOutsideTheScreenOrBelowTheBody() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(20, 5));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        Canvas c = new Canvas(screen.newTextGraphics(), Theme.colour(), 20, 5);
        c.text(15, 0, "abcdefghijkl", Role.NORMAL);
        c.text(0, 7, "off the screen", Role.NORMAL);
        c.text(-3, 1, "left", Role.NORMAL);
        Body b = new Body(c, 2, 4, 1);
        assertThat(b.add("a long line that wraps over several rows", Role.NORMAL)).isFalse();
        assertThat(b.line(0, "more", Role.NORMAL)).isFalse();
        screen.refresh();
        String text = Screens.read(vt);
        assertThat(text.lines().toList()).containsExactly("               abcde", "", " a long line that",
                " wraps over several", "");
    }

    @Test
    void aCutLineEndsWithAnEllipsis() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(12, 2));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        Body b = new Body(new Canvas(screen.newTextGraphics(), Theme.colour(), 12, 2), 0, 2, 1);
        b.line(0, "0123456789abcdef", Role.NORMAL);
        screen.refresh();
        assertThat(Screens.read(vt).lines().findFirst().orElseThrow()).isEqualTo(" 0123456789…");
    }

    @Test
    void savingSnippetsNeverOverwritesAFile() throws Exception {
        var snippets = new ClientSnippets().all("54.1.2.3", 8000);
        Files.writeString(dir.resolve("chroma_client.ts"), "keep me");
        List<Path> first = dev.chromasetup.snippets.SnippetFiles.save(dir, snippets);
        List<Path> second = dev.chromasetup.snippets.SnippetFiles.save(dir, snippets);
        assertThat(first).extracting(p -> p.getFileName().toString()).containsExactly("chroma_client.py", "chroma_client-2.ts");
        assertThat(second).extracting(p -> p.getFileName().toString()).containsExactly("chroma_client-2.py", "chroma_client-3.ts");
        assertThat(dir.resolve("chroma_client.ts")).hasContent("keep me");
        assertThat(Files.readString(dir.resolve("chroma_client.py"))).startsWith("# Install: pip install chromadb-client")
                .contains("chromadb.HttpClient(host=\"54.1.2.3\", port=8000)");
    }

    @Test
    void theStepHeaderMarksTheCurrentStepWithBracketsNotOnlyColour() {
        String s = Screens.render(StateDriver.atRegion().answer("3").state, TuiFixtures.T0);
        assertThat(s.lines().toList().get(1)).isEqualTo(" Credentials ✓ · Region ✓ · Network ✓ · [Size] · Access · Options · Review");
    }
}
