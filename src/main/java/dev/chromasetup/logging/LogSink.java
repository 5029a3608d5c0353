package dev.chromasetup.logging;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where log lines go: nowhere until {@link #open(Path)}, then a file, each line redacted first.
 * One instance lives in the SLF4J provider (see {@link ChromaSetupServiceProvider} for why).
 */
public final class LogSink {
    private final Redactor redactor = new Redactor();
    private Writer writer; // guarded by this

    public Redactor redactor() {
        return redactor;
    }

    public synchronized boolean enabled() {
        return writer != null;
    }

    /** Appends to an existing file; the caller creates it with the right permissions. */
    public synchronized void open(Path file) throws IOException {
        close();
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // Nothing useful to do: the log is a debugging aid, never a reason to fail a run.
            }
            writer = null;
        }
    }

    public synchronized void write(String text) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(redactor.redact(text));
            writer.write(System.lineSeparator());
            writer.flush(); // a crash must not lose the lines that explain it
        } catch (IOException e) {
            close(); // disk full or file gone: stop logging rather than fail the deployment
        }
    }
}
