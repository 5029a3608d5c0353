package dev.chromasetup.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable client samples: the Python one is compiled with {@code python3 -m py_compile} (PyPI is
 * not reachable here, so it cannot run); the TypeScript one is installed from npm in a temporary copy,
 * type-checked, compiled and run against a loopback stub that answers like Chroma 1.x. Reading
 * chromadb 3.5.0's source: {@code heartbeat()} calls only {@code GET /api/v2/heartbeat} (no
 * pre-flight, identity or version call on construction); the stub also answers the other read-only
 * system paths like Chroma would, and the test asserts that nothing else was asked.
 * Missing python3, node or npm fails the test with what to install: it never skips.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientSamplesIT {
    private static final Path PYTHON_SAMPLE = Path.of("samples/python/heartbeat.py");
    private static final Path TS_SAMPLE = Path.of("samples/typescript");
    private static final List<String> TS_FILES = List.of("package.json", "package-lock.json", "tsconfig.json", "heartbeat.ts");
    private static final String HEARTBEAT = "1732000000000000000";
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path work; // one temporary copy for the whole class: npm install runs once

    private static Path ts;
    private static Path compiled;

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void installTheTypeScriptSample() throws Exception {
        requireTool("node", "Node.js 20 or newer (it brings npm): apt-get install nodejs npm, or https://nodejs.org");
        requireTool("npm", "npm (it comes with Node.js): apt-get install npm");
        ts = Files.createDirectories(work.resolve("typescript"));
        for (String f : TS_FILES) {
            Files.copy(TS_SAMPLE.resolve(f), ts.resolve(f));
        }
        Run install = run(ts, Map.of(), INSTALL_TIMEOUT, "npm", "install", "--no-audit", "--no-fund");
        assertThat(install.exitCode()).as("npm install in a copy of samples/typescript:\n%s", install).isZero();
        // Compiled inside the copy: the ES module resolves "chromadb" from the nearest node_modules.
        compiled = ts.resolve("out");
    }

    @Test
    @Order(1)
    void thePythonSampleCompilesAndMakesTheDocumentedCalls() throws Exception {
        requireTool("python3", "Python 3: apt-get install python3");
        // The bytecode goes to the temporary directory, not into samples/python/__pycache__.
        Run r = run(Path.of("."), Map.of("PYTHONPYCACHEPREFIX", work.resolve("pycache").toString()), RUN_TIMEOUT,
                "python3", "-m", "py_compile", PYTHON_SAMPLE.toString());
        assertThat(r.exitCode()).as("python3 -m py_compile %s:\n%s", PYTHON_SAMPLE, r).isZero();
        assertThat(Path.of("samples/python/__pycache__")).doesNotExist();

        String source = Files.readString(PYTHON_SAMPLE);
        // chromadb.HttpClient(host, port, ssl, headers, settings, tenant, database): keyword arguments only.
        assertThat(source).contains("import chromadb")
                .contains("chromadb.HttpClient(host=host, port=port, ssl=False)")
                .contains("client.heartbeat()")
                .contains("os.environ.get(\"CHROMA_HOST\"")
                .contains("os.environ.get(\"CHROMA_PORT\"")
                .contains("or \"8000\"");
    }

    @Test
    @Order(2)
    void theTypeScriptSampleTypeChecks() throws Exception {
        Run check = run(ts, Map.of(), RUN_TIMEOUT, "npx", "--no-install", "tsc", "--noEmit");
        assertThat(check.exitCode()).as("tsc --noEmit:\n%s", check).isZero();
        assertThat(Files.readString(ts.resolve("node_modules/chromadb/package.json")))
                .as("the chromadb client installed").containsPattern("\"version\":\\s*\"3\\.");
    }

    @Test
    @Order(3)
    void theTypeScriptSamplePrintsTheHeartbeatOfAChromaLikeServer() throws Exception {
        compile();
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        HttpServer stub = chromaLikeStub(requests);
        try {
            Run r = node(Map.of("CHROMA_HOST", "127.0.0.1", "CHROMA_PORT", Integer.toString(stub.getAddress().getPort())));

            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).as(r.toString())
                    .contains("nanosecond heartbeat: " + HEARTBEAT)
                    .contains("127.0.0.1:" + stub.getAddress().getPort());
            assertThat(requests).containsExactly("GET /api/v2/heartbeat");
        } finally {
            stub.stop(0);
        }
    }

    @Test
    @Order(4)
    void theTypeScriptSampleSaysWhatIsMissingOrUnreachable() throws Exception {
        compile();
        Run noHost = node(Map.of());
        assertThat(noHost.exitCode()).as(noHost.toString()).isEqualTo(2);
        assertThat(noHost.err()).contains("Set CHROMA_HOST");

        Run badPort = node(Map.of("CHROMA_HOST", "127.0.0.1", "CHROMA_PORT", "eighty"));
        assertThat(badPort.exitCode()).as(badPort.toString()).isEqualTo(2);
        assertThat(badPort.err()).contains("CHROMA_PORT must be a port number");

        Run refused = node(Map.of("CHROMA_HOST", "127.0.0.1", "CHROMA_PORT", Integer.toString(closedPort())));
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("did not answer");
    }

    private static synchronized void compile() throws Exception {
        if (Files.exists(compiled.resolve("heartbeat.js"))) {
            return;
        }
        Run build = run(ts, Map.of(), RUN_TIMEOUT, "npx", "--no-install", "tsc", "--outDir", compiled.toString());
        assertThat(build.exitCode()).as("tsc --outDir:\n%s", build).isZero();
        assertThat(compiled.resolve("heartbeat.js")).exists();
    }

    private static Run node(Map<String, String> env) throws Exception {
        return run(ts, env, RUN_TIMEOUT, "node", compiled.resolve("heartbeat.js").toString());
    }

    /** Answers like Chroma 1.x: heartbeat, version, pre-flight checks; 410 on v1; 404 elsewhere. */
    private static HttpServer chromaLikeStub(List<String> requests) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            if (!"GET".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "{\"error\":\"MethodNotAllowed\",\"message\":\"stub answers GET only\"}");
            } else if (path.equals("/api/v2/heartbeat")) {
                reply(exchange, 200, "{\"nanosecond heartbeat\": " + HEARTBEAT + "}");
            } else if (path.equals("/api/v2/version")) {
                reply(exchange, 200, "\"1.5.9\"");
            } else if (path.equals("/api/v2/pre-flight-checks")) {
                reply(exchange, 200, "{\"max_batch_size\": 5461, \"supports_base64_encoding\": true}");
            } else if (path.startsWith("/api/v1/")) {
                reply(exchange, 410, "{\"error\":\"Unimplemented\",\"message\":\"The v1 API is deprecated. Please use /v2 apis\"}");
            } else {
                reply(exchange, 404, "{\"error\":\"NotFound\",\"message\":\"no such path\"}");
            }
        });
        s.start();
        return s;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(bytes);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void requireTool(String tool, String howToInstall) throws InterruptedException {
        try {
            Run r = run(Path.of("."), Map.of(), RUN_TIMEOUT, tool, "--version");
            if (r.exitCode() != 0) {
                fail(tool + " --version failed; the client samples need " + howToInstall + "\n" + r);
            }
        } catch (IOException e) {
            fail(tool + " is not installed or not on PATH; the client samples need " + howToInstall
                    + " (" + e.getMessage() + ")");
        }
    }

    /** Runs a command with the process environment minus CHROMA_* plus {@code env}; kills only its own process on timeout. */
    private static Run run(Path dir, Map<String, String> env, Duration timeout, String... command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().keySet().removeIf(k -> k.startsWith("CHROMA_"));
        pb.environment().put("npm_config_update_notifier", "false");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            fail(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + "s\n"
                    + Files.readString(out) + "\n" + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
