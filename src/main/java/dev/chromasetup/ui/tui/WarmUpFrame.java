package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A frame drawn into nowhere, on the start-up thread that warms things up: the first real frame then
 * finds Lanterna's screen, text and output classes loaded and initialised, and their call sites
 * resolved, instead of paying for that itself (about half of its drawing time in a cold JVM).
 */
final class WarmUpFrame {
    private static final TerminalSize SIZE = new TerminalSize(100, 30);

    private WarmUpFrame() {
    }

    static void draw() throws IOException {
        TerminalScreen screen = new TerminalScreen(new Sink());
        for (boolean monochrome : new boolean[]{false, true}) {
            Canvas canvas = new Canvas(screen.newTextGraphics(), Theme.of(monochrome), SIZE.getColumns(), SIZE.getRows());
            canvas.rule(0, "warm-up");
            int row = 1;
            for (Theme.Role role : Theme.Role.values()) {
                for (String line : Canvas.wrap("chroma-setup draws this frame nowhere · " + role, 40)) {
                    canvas.text(2, row++ % SIZE.getRows(), Canvas.pad(line, 40), role);
                }
            }
            screen.refresh(Screen.RefreshType.COMPLETE);
            screen.clear();
        }
    }

    /** An ANSI terminal that writes to nothing, reads nothing and has a fixed size (no terminal is asked). */
    private static final class Sink extends ANSITerminal {
        Sink() {
            super(InputStream.nullInputStream(), OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return SIZE;
        }
    }
}
