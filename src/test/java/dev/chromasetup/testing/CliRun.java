package dev.chromasetup.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chromasetup.app.App;
import dev.chromasetup.cli.Cli;
import dev.chromasetup.cli.DebugLoggingHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Runs chroma-setup in this JVM exactly as {@code Main} wires it (command line, settings, the real
 * SDK), but with an injected environment, home folder and standard input, and captures what it prints.
 */
public final class CliRun {
    public record Result(int exitCode, String out, String err) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out + "\nstderr: " + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private CliRun() {
    }

    /** A run in progress on its own thread: its stderr can be watched while it runs. */
    public static final class Running {
        private final java.util.concurrent.CompletableFuture<Result> result;
        private final ByteArrayOutputStream err;

        private Running(java.util.concurrent.CompletableFuture<Result> result, ByteArrayOutputStream err) {
            this.result = result;
            this.err = err;
        }

        /** Waits (polling, bounded) until stderr contains {@code text}; false when the run ended or time ran out. */
        public boolean awaitErr(String text, java.time.Duration limit) throws InterruptedException {
            long end = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < end) {
                synchronized (err) {
                    if (err.toString(StandardCharsets.UTF_8).contains(text)) {
                        return true;
                    }
                }
                if (result.isDone()) {
                    return false;
                }
                Thread.sleep(20);
            }
            return false;
        }

        public Result await() {
            return result.join();
        }
    }

    public static Running start(Map<String, String> env, Path home, String stdin, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        java.util.concurrent.CompletableFuture<Result> f = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> run(env, home, stdin.getBytes(StandardCharsets.UTF_8), err, args));
        return new Running(f, err);
    }

    public static Result run(Map<String, String> env, Path home, String stdin, String... args) {
        return run(env, home, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Standard input as raw bytes (e.g. invalid UTF-8). */
    public static Result run(Map<String, String> env, Path home, byte[] stdin, String... args) {
        return run(env, home, stdin, new ByteArrayOutputStream(), args);
    }

    private static Result run(Map<String, String> env, Path home, byte[] stdin, ByteArrayOutputStream err,
                              String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintWriter ow = new PrintWriter(o, true);
        PrintWriter ew = new PrintWriter(e, true);
        Clock clock = Clock.systemUTC();
        App app = new App(env, home, new ByteArrayInputStream(stdin), o, e, () -> null, clock);
        int code = new Cli(new DebugLoggingHandler(app, env, home, clock, ew), env, home, ow, ew).run(args);
        ow.flush();
        ew.flush();
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
