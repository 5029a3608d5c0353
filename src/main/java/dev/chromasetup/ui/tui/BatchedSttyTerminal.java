package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lanterna's Unix terminal, with its start-up work on the terminal done by one process instead of
 * five. Lanterna saves the settings ({@code stty -g}), then runs {@code stty} once per setting
 * (-icanon, min 1, -echo, intr undef), each through {@code sh -c}, and then asks the terminal for its
 * size with a cursor-position report, polling for the answer; all of that before the first frame.
 * Here the saving and the settings are collected while Lanterna acquires the terminal and run in one
 * {@code sh -c}, which also prints the size ({@code stty size}); that is the size until the first resize.
 * Later changes, resizes and restoring the saved settings go through Lanterna's own code.
 */
final class BatchedSttyTerminal extends UnixLikeTTYTerminal {
    private static final String STTY = "/bin/stty";
    private static final File TTY = new File("/dev/tty");

    // No field initialisers: the superclass constructor runs acquire(), which calls the overrides below,
    // before this class's initialisers would run (they would then reset what acquire() collected).
    private List<String> pending;
    private boolean acquired;
    private String savedSettings;
    private volatile TerminalSize initialSize; // read on the resize signal's thread too

    BatchedSttyTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
        super(TTY, in, out, charset, ctrlC); // collects the saving and the new settings, see the overrides
        acquired = true;
        List<String> lines = runInOneProcess(pending == null ? List.of() : pending);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IOException("stty could not read the terminal's settings");
        }
        savedSettings = lines.get(0).trim();
        initialSize = lines.size() > 1 ? parseSize(lines.get(1)) : null;
        pending = null;
    }

    /** {@code stty -g}, then the settings, then {@code stty size}, with the terminal as their input. */
    private static List<String> runInOneProcess(List<String> settings) throws IOException {
        String script = STTY + " -g && " + (settings.isEmpty() ? "" : STTY + " " + String.join(" ", settings) + " && ")
                + STTY + " size";
        Process process = new ProcessBuilder("sh", "-c", script)
                .redirectInput(TTY)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting up the terminal", e);
        }
        return lines;
    }

    /** "ROWS COLUMNS" as {@code stty size} prints it; null when it is not that (Lanterna then asks). */
    static TerminalSize parseSize(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = Integer.parseInt(parts[1]);
            return rows > 0 && columns > 0 ? new TerminalSize(columns, rows) : null;
        } catch (NumberFormatException e) {
            return null;
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
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize known = initialSize;
        // Until the first resize: the screen asks twice while it starts (each answer a round trip through
        // the terminal otherwise). After a resize the terminal is asked again, Lanterna's way.
        return known != null ? known : super.findTerminalSize();
    }

    @Override
    protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        super.registerTerminalResizeListener(() -> {
            initialSize = null; // the size from start-up is out of date from now on
            onResize.run();
        });
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        if (acquired) {
            savedSettings = runSTTYCommand("-g").trim();
        } // else: saved by the one process the constructor runs, before any setting changes
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (savedSettings != null) {
            runSTTYCommand(savedSettings);
        }
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
