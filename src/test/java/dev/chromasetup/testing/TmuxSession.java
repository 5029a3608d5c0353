package dev.chromasetup.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program in a real pseudo-terminal: a tmux server of its own ({@code tmux -L chroma-e2e-RANDOM}, never
 * the default socket, so other people's tmux on the machine is never touched), one session {@code t}.
 *
 * <p>The session runs a generated script that waits for a "go" file (so {@code pipe-pane} records every
 * byte from the first one), exports the given environment (AWS_* and CHROMA_SETUP_* from the test JVM are
 * removed), runs the command with stdout to {@code stdout.txt} (stderr stays the terminal: the full-screen
 * face draws there), then prints {@code EXIT=n}, runs {@code stty -a} in the same terminal (saved to
 * {@code stty.txt} as well) and sleeps so the pane can still be read. {@link #close()} kills only this
 * socket's server.
 */
public final class TmuxSession implements AutoCloseable {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern EXIT = Pattern.compile("(?m)^EXIT=(\\d+)\\s*$");
    private static final String TARGET = "t";

    private final String socket;
    private final Path dir;
    private final List<String> captures = Collections.synchronizedList(new ArrayList<>());
    private volatile Path socketPath;

    private TmuxSession(String socket, Path dir) {
        this.socket = socket;
        this.dir = dir;
    }

    /**
     * Starts {@code command} in a {@code columns}×{@code rows} terminal, working in {@code dir} (which also
     * receives the script, stdout.txt, stty.txt and the raw terminal output, raw.log).
     */
    public static TmuxSession start(Path dir, int columns, int rows, Map<String, String> env, List<String> command) {
        requireTmux();
        String socket = "chroma-e2e-" + UUID.randomUUID().toString().substring(0, 12);
        TmuxSession s = new TmuxSession(socket, dir);
        try {
            Path script = s.writeScript(env, command);
            s.tmux("new-session", "-d", "-s", TARGET, "-x", Integer.toString(columns), "-y", Integer.toString(rows),
                    "bash " + quote(script.toString()));
            // a window of exactly this size, whatever clients attach later (none do)
            s.tmux("set-option", "-t", TARGET, "window-size", "manual");
            s.socketPath = Path.of(s.display("#{socket_path}"));
            s.tmux("pipe-pane", "-o", "-t", TARGET, "cat >> " + quote(s.raw().toString()));
            Files.writeString(dir.resolve("go"), "go");
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return s;
    }

    private Path writeScript(Map<String, String> env, List<String> command) throws IOException {
        StringBuilder sh = new StringBuilder("#!/usr/bin/env bash\n");
        sh.append("while [ ! -e ").append(quote(dir.resolve("go").toString())).append(" ]; do sleep 0.05; done\n");
        sh.append("cd ").append(quote(dir.toString())).append('\n');
        sh.append("for v in $(compgen -e); do case \"$v\" in AWS_*|CHROMA_SETUP_*|NO_COLOR|ACCESSIBLE|TMUX*) unset \"$v\";; esac; done\n");
        for (Map.Entry<String, String> e : env.entrySet()) {
            sh.append("export ").append(e.getKey()).append('=').append(quote(e.getValue())).append('\n');
        }
        StringBuilder cmd = new StringBuilder();
        for (String part : command) {
            cmd.append(quote(part)).append(' ');
        }
        sh.append(cmd).append("> ").append(quote(dir.resolve("stdout.txt").toString())).append('\n');
        sh.append("echo \"EXIT=$?\"\n");
        sh.append("stty -a > ").append(quote(dir.resolve("stty.txt").toString())).append(" 2>&1\n");
        sh.append("cat ").append(quote(dir.resolve("stty.txt").toString())).append('\n');
        sh.append("echo STTY-DONE\n");
        sh.append("sleep 600\n");
        Path script = dir.resolve("run.sh");
        Files.writeString(script, sh.toString(), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    /** The screen as text, wrapped lines joined ({@code capture-pane -p -J}); recorded for {@link #allCaptures()}. */
    public String screen() {
        String text = tmux("capture-pane", "-p", "-J", "-t", TARGET);
        captures.add(text);
        return text;
    }

    /** The screen with its attributes as escape sequences ({@code capture-pane -e -p}). */
    public String screenWithEscapes() {
        String text = tmux("capture-pane", "-e", "-p", "-t", TARGET);
        captures.add(text);
        return text;
    }

    /** The screen plus the pane's scroll-back (what the shell printed before the program's screen). */
    public String history() {
        String text = tmux("capture-pane", "-p", "-J", "-S", "-", "-t", TARGET);
        captures.add(text);
        return text;
    }

    /** Waits until the screen contains {@code text}; returns that screen. */
    public String await(String text, Duration timeout) {
        return await(screen -> screen.contains(text), "the text \"" + text + "\"", timeout);
    }

    /**
     * Waits until the screen satisfies {@code condition} and has settled (the same on a second look a
     * moment later: a capture can land in the middle of a redraw); fails with the last screen otherwise.
     */
    public String await(Predicate<String> condition, String what, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        while (true) {
            last = screen();
            if (condition.test(last)) {
                sleep(60);
                String again = screen();
                if (again.equals(last)) {
                    return last;
                }
                continue; // still drawing: look again
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + timeout.toSeconds() + "s for " + what + "; the screen is:\n"
                        + last + "\n--- stdout.txt:\n" + stdout());
            }
            sleep(100);
        }
    }

    /** Waits for the program to end ({@code EXIT=n} printed by the script) and returns n. */
    public int awaitExit(Duration timeout) {
        String screen = await(s -> EXIT.matcher(s).find(), "the program to end (EXIT=n)", timeout);
        Matcher m = EXIT.matcher(screen);
        m.find();
        return Integer.parseInt(m.group(1));
    }

    /** Waits for the script's {@code stty -a} after the program and returns its output. */
    public String awaitStty(Duration timeout) {
        await("STTY-DONE", timeout);
        return read(dir.resolve("stty.txt"));
    }

    /** Named keys as tmux spells them: Enter, Tab, Escape, Up, Down, Left, Right, C-c, F1, y … */
    public TmuxSession keys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", TARGET));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
        return this;
    }

    /** Types text literally ({@code send-keys -l}). */
    public TmuxSession type(String text) {
        tmux("send-keys", "-t", TARGET, "-l", "--", text); // "--": text may start with "-"
        return this;
    }

    public void resize(int columns, int rows) {
        tmux("resize-window", "-t", TARGET, "-x", Integer.toString(columns), "-y", Integer.toString(rows));
    }

    /** A tmux format about the pane, e.g. {@code #{alternate_on}} or {@code #{cursor_flag}}. */
    public String display(String format) {
        return tmux("display-message", "-p", "-t", TARGET, format).strip();
    }

    /** What the program wrote to stdout (redirected to a file by the script). */
    public String stdout() {
        return read(dir.resolve("stdout.txt"));
    }

    /** Every byte written to the terminal since the start (pipe-pane), escape sequences included. */
    public String rawOutput() {
        return read(raw());
    }

    /** Every capture taken so far (for "this never appeared on the screen" checks). */
    public List<String> allCaptures() {
        synchronized (captures) {
            return List.copyOf(captures);
        }
    }

    public Path dir() {
        return dir;
    }

    public String socket() {
        return socket;
    }

    /** Kills this socket's tmux server only (and with it the pane's processes, which get SIGHUP). */
    @Override
    public void close() {
        try {
            run(List.of("tmux", "-L", socket, "kill-server"));
        } catch (RuntimeException ignored) {
            // already gone
        }
        try {
            if (socketPath != null && socketPath.getFileName().toString().equals(socket)) {
                Files.deleteIfExists(socketPath); // tmux leaves the socket file behind
            }
        } catch (IOException ignored) {
            // best effort
        }
    }

    private Path raw() {
        return dir.resolve("raw.log");
    }

    private String tmux(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    private String run(List<String> cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Path out = Files.createTempFile(dir, "tmux-", ".out");
            pb.redirectOutput(out.toFile()).redirectErrorStream(true);
            // The server inherits the environment of the client that starts it: no AWS keys or settings of
            // whoever runs the build, and no TMUX (we are never "inside" someone else's tmux).
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("CHROMA_SETUP_") || k.startsWith("TMUX"));
            Process p = pb.start();
            if (!p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("tmux did not answer in " + COMMAND_TIMEOUT + ": " + cmd);
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("tmux failed (" + p.exitValue() + "): " + cmd + ": " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running tmux", e);
        }
    }

    private static void requireTmux() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d.isEmpty() ? "." : d, "tmux"))) {
                return;
            }
        }
        throw new IllegalStateException("tmux is not on the PATH; the full-screen end-to-end tests need it:"
                + " apt-get install -y tmux");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Single-quoted for bash. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** An ordered environment map (the script exports in this order). */
    public static Map<String, String> env(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
