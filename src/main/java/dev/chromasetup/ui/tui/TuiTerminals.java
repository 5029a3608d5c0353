package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Opens the real terminal for the full-screen face: always a text terminal (never Lanterna's Swing
 * window, even when a display is around), with Ctrl-C delivered as a key instead of killing the JVM.
 * Call only when {@link TuiFace#canUse} said yes.
 */
public final class TuiTerminals {
    private TuiTerminals() {
    }

    /** The screen goes to {@code out} (stderr: stdout stays free for results), keys come from {@code in}. */
    public static Terminal openText(InputStream in, OutputStream out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (new java.io.File("/dev/tty").exists()) {
            // Lanterna's own Unix terminal, with one stty call at start instead of five (a faster first frame)
            return new BatchedSttyTerminal(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
        }
        return new DefaultTerminalFactory(out, in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP)
                .createTerminal();
    }
}
