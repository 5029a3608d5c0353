package dev.chromasetup.ui.plain;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;

/**
 * Reads one answer when asked to, on its own daemon thread, and hands it to the dialogue's queue. Reading
 * only on demand keeps typed-ahead or piped answers in the input buffer until their question comes,
 * while the dialogue stays free to react to Ctrl-C and AWS results.
 */
final class LineSource {
    /** One line typed by the user; {@code text} empty Optional when input ended (EOF). */
    record Line(Optional<String> text) {
    }

    private final BufferedReader reader;
    private final Console console;
    private final BlockingQueue<Object> sink;

    LineSource(BufferedReader reader, Console console, BlockingQueue<Object> sink) {
        this.reader = reader;
        this.console = console;
        this.sink = sink;
    }

    /** Starts reading one line; the result arrives in the queue as a {@link Line}. */
    void request(boolean secret) {
        Thread t = new Thread(() -> sink.add(new Line(read(secret))), "chroma-setup-input");
        t.setDaemon(true);
        t.start();
    }

    private Optional<String> read(boolean secret) {
        try {
            if (secret && console != null) {
                char[] chars = console.readPassword();
                return chars == null ? Optional.empty() : Optional.of(new String(chars));
            }
            return Optional.ofNullable(reader.readLine());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
