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

    public static Result run(Map<String, String> env, Path home, String stdin, String... args) {
        return run(env, home, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Standard input as raw bytes (e.g. invalid UTF-8). */
    public static Result run(Map<String, String> env, Path home, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintWriter ow = new PrintWriter(o, true);
        PrintWriter ew = new PrintWriter(e, true);
        Clock clock = Clock.systemUTC();
        App app = new App(env, new ByteArrayInputStream(stdin), o, e, null, clock);
        int code = new Cli(new DebugLoggingHandler(app, env, home, clock, ew), env, home, ow, ew).run(args);
        ow.flush();
        ew.flush();
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
