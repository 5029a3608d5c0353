package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Lanterna's Unix terminal, with its start-up `stty` calls made as one. Lanterna runs `stty` once per
 * setting (-icanon, min 1, -echo, intr undef) after saving the settings; each is a process, about 20 ms,
 * all before the first frame. Here the settings are collected while the terminal is acquired and set in
 * one call; later changes (and restoring the saved settings) go through Lanterna as usual.
 */
final class BatchedSttyTerminal extends UnixLikeTTYTerminal {
    // No field initialisers: the superclass constructor runs acquire(), which calls the overrides below,
    // before this class's initialisers would run (they would then reset what acquire() collected).
    private List<String> pending;
    private boolean acquired;

    BatchedSttyTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
        super(new File("/dev/tty"), in, out, charset, ctrlC); // saves the settings and asks for the new ones
        acquired = true;
        if (pending != null && !pending.isEmpty()) {
            runSTTYCommand(pending.toArray(String[]::new)); // all of them, in one process
            pending.clear();
        }
    }

    private boolean collect(String... settings) {
        if (acquired) {
            return false;
        }
        if (pending == null) {
            pending = new ArrayList<>();
        }
        pending.addAll(List.of(settings));
        return true;
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled || !collect("-icanon", "min", "1")) {
            super.canonicalMode(enabled);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || !collect("-echo")) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled || !collect("intr", "undef")) {
            super.keyStrokeSignalsEnabled(enabled);
        }
    }
}
