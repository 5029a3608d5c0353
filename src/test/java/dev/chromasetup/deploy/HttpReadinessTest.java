package dev.chromasetup.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a loopback stub server only; the slow case blocks on a latch rather than sleeping. */
class HttpReadinessTest {
    private record Reply(int status, String body) {
    }

    private final Deque<Reply> replies = new ArrayDeque<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpReadiness readiness = new HttpReadiness(Duration.ofSeconds(2), Duration.ofMillis(300));
    private HttpServer server;
    private ExecutorService pool;
    private URI url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newFixedThreadPool(2);
        server.setExecutor(pool);
        server.createContext("/api/v2/heartbeat", exchange -> {
            Reply r = replies.isEmpty() ? null : replies.pop();
            if (r == null) { // "slow": hold the answer until the test ends
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                r = new Reply(200, "{}");
            }
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        url = HeartbeatUrls.fromOverride("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        pool.shutdownNow();
    }

    private static URI closedPort() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return HeartbeatUrls.fromOverride("http://127.0.0.1:" + port);
    }

    @Test
    void refusedConnectionIsNotReady() throws IOException {
        ProbeResult r = readiness.probe(closedPort());
        assertThat(r.ready()).isFalse();
        assertThat(r.httpStatus()).isZero();
        assertThat(r.detail()).startsWith("connection refused");
        assertThat(r.kind()).isEqualTo(ProbeResult.Kind.REFUSED);
    }

    @Test
    void chromaStartingIsNotReady() {
        replies.add(new Reply(503, "{\"is_executor_ready\":false}"));
        assertThat(readiness.probe(url)).isEqualTo(ProbeResult.notYet(503, "Chroma is starting (HTTP 503)"));
    }

    @Test
    void theHeartbeatIsReady() {
        replies.add(new Reply(200, "{\"nanosecond heartbeat\": 1732000000000000000}"));
        ProbeResult r = readiness.probe(url);
        assertThat(r.ready()).isTrue();
        assertThat(r.httpStatus()).isEqualTo(200);
    }

    @Test
    void anotherServerAnsweringIsNotReady() {
        replies.add(new Reply(200, "<html>It works!</html>"));
        assertThat(readiness.probe(url))
                .isEqualTo(ProbeResult.notYet(200, "answered, but not like Chroma's heartbeat"));
    }

    @Test
    void goneAndOtherCodesSayWhatTheyAre() {
        replies.add(new Reply(410, "{\"error\":\"Unimplemented\"}"));
        replies.add(new Reply(404, ""));
        replies.add(new Reply(301, ""));
        ProbeResult gone = readiness.probe(url);
        assertThat(gone.detail()).contains("old v1 API");
        assertThat(gone.kind()).isEqualTo(ProbeResult.Kind.GONE_410);
        assertThat(readiness.probe(url)).isEqualTo(ProbeResult.notYet(404, "HTTP 404"));
        assertThat(readiness.probe(url)).isEqualTo(ProbeResult.notYet(301, "HTTP 301"));
    }

    @Test
    void aSlowAnswerTimesOut() {
        ProbeResult r = readiness.probe(url); // no reply queued: the stub holds the answer
        assertThat(r).isEqualTo(ProbeResult.notYet(0, "no answer within 300ms"));
        assertThat(r.kind()).isEqualTo(ProbeResult.Kind.SILENT);
    }

    @Test
    void aHugeBodyIsReadOnlyUpToTheCap() {
        replies.add(new Reply(200, "x".repeat(HttpReadiness.MAX_BODY * 2) + "\"nanosecond heartbeat\": 1"));
        assertThat(readiness.probe(url).ready()).isFalse();
    }

    @Test
    void refusedThen503Then200DrivesTheWaitToReady() throws IOException {
        Instant t0 = Instant.parse("2026-05-01T10:00:00Z");
        ReadinessWait wait = new ReadinessWait(t0, Duration.ofMinutes(10), Duration.ofSeconds(5),
                "127.0.0.1", Optional.empty());
        replies.add(new Reply(503, ""));
        replies.add(new Reply(200, "{\"nanosecond heartbeat\":1732000000000000000}"));

        ReadinessWait.Decision d1 = wait.next(readiness.probe(closedPort()), t0.plusSeconds(30));
        assertThat(d1).isEqualTo(new ReadinessWait.KeepWaiting(Duration.ofSeconds(5), "instance booting"));
        ReadinessWait.Decision d2 = wait.next(readiness.probe(url), t0.plusSeconds(100));
        assertThat(d2).isEqualTo(new ReadinessWait.KeepWaiting(Duration.ofSeconds(5), "Chroma starting"));
        ReadinessWait.Decision d3 = wait.next(readiness.probe(url), t0.plusSeconds(105));
        assertThat(d3).isInstanceOf(ReadinessWait.Ready.class);
    }
}
