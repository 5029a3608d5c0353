package dev.chromasetup.logging;

import dev.chromasetup.errors.SetupException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/** Turns the debug log on (--debug): a redacted file, readable only by the user. */
public final class DebugLog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DebugLog() {
    }

    /** $XDG_STATE_HOME/chroma-setup/logs/chroma-setup-YYYYMMDD-HHMMSS.log, else under ~/.local/state. */
    public static Path defaultFile(Map<String, String> env, Path home, Clock clock) {
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/state");
        return base.resolve("chroma-setup/logs/chroma-setup-" + LocalDateTime.now(clock).format(STAMP) + ".log");
    }

    /** Creates the file with mode 0600 (folders 0700) and sends every DEBUG+ line to it. */
    public static void enable(Path file) {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path dir = file.toAbsolutePath().getParent();
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (FileAlreadyExistsException e) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            } else {
                Files.createDirectories(dir);
                if (!Files.exists(file)) {
                    Files.createFile(file);
                }
            }
            sink().open(file);
        } catch (IOException e) {
            throw SetupException.usage("Cannot write the debug log " + file, String.valueOf(e.getMessage()),
                    "Check that the folder is writable, or set XDG_STATE_HOME to another folder.");
        }
    }

    public static void disable() {
        sink().close();
    }

    /** The sink inside our SLF4J provider; a detached one if another provider won (logs then go nowhere). */
    static LogSink sink() {
        ILoggerFactory f = LoggerFactory.getILoggerFactory();
        return f instanceof SinkLoggerFactory s ? s.sink() : new LogSink();
    }
}
