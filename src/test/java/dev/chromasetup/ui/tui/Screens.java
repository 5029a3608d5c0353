package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.chromasetup.snippets.ClientSnippets;
import dev.chromasetup.wizard.WizardState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders one state on a virtual terminal and reads the screen back as text; golden-file checks. */
final class Screens {
    static final Path GOLDEN = Path.of("src/test/resources/screens");
    /** -Dscreens.update=true rewrites the golden files from the current rendering. */
    static final boolean UPDATE = Boolean.getBoolean("screens.update");

    private Screens() {
    }

    static String render(WizardState s, TuiModel m, int width, int height, Instant now) {
        return render(s, m, width, height, now, false).text();
    }

    /** {@code cursor}: where the face puts the terminal's cursor (null: hidden). */
    record Rendered(String text, DefaultVirtualTerminal terminal, TerminalPosition cursor) {
    }

    static Rendered render(WizardState s, TuiModel m, int width, int height, Instant now, boolean monochrome) {
        try {
            DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(width, height));
            TerminalScreen screen = new TerminalScreen(vt);
            screen.startScreen();
            m.follow(s);
            Canvas c = new Canvas(screen.newTextGraphics(), Theme.of(monochrome), width, height);
            TerminalPosition cursor = new TuiView(new FinishView(new ClientSnippets()), () -> ZoneOffset.UTC)
                    .render(s, m, c, now);
            screen.refresh();
            String text = read(vt);
            return new Rendered(text, vt, cursor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(WizardState s, Instant now) {
        return render(s, new TuiModel(), 80, 24, now);
    }

    /** The visible screen, one line a row, trailing spaces cut. */
    static String read(DefaultVirtualTerminal vt) {
        TerminalSize size = vt.getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter ch = vt.getCharacter(col, row);
                line.append(ch == null ? " " : ch.getCharacterString());
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    static void assertGolden(String name, String screen) {
        Path file = GOLDEN.resolve(name + ".txt");
        try {
            if (UPDATE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(file, screen, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden screen %s (create it with -Dscreens.update=true, then review it)", file)
                    .exists();
            assertThat(screen).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
