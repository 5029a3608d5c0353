package dev.chromasetup.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for Chroma's heartbeat: answers the scripted HTTP statuses in order (the last
 * one repeats). It can start "late" so the first probes are refused, like a booting instance.
 */
public final class HeartbeatStub implements AutoCloseable {
    private final int port;
    private final List<Integer> statuses;
    private final AtomicInteger calls = new AtomicInteger();
    private final java.util.List<String> tokens = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile HttpServer server;

    private HeartbeatStub(int port, List<Integer> statuses) {
        this.port = port;
        this.statuses = List.copyOf(statuses);
    }

    /** A stub on a free loopback port that is not listening yet: probes are refused until {@link #listen()}. */
    public static HeartbeatStub refusing(Integer... statuses) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new HeartbeatStub(s.getLocalPort(), List.of(statuses));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HeartbeatStub answering(Integer... statuses) {
        return refusing(statuses).listen();
    }

    public HeartbeatStub listen() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            s.createContext("/", exchange -> {
                int n = calls.getAndIncrement();
                String token = exchange.getRequestHeaders().getFirst("X-Chroma-Token");
                tokens.add(token == null ? "" : token);
                int status = statuses.get(Math.min(n, statuses.size() - 1));
                byte[] body = (status == 200 ? "{\"nanosecond heartbeat\": 1732000000000000000}"
                        : "{\"error\":\"starting\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(body);
                }
            });
            s.start();
            server = s;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The X-Chroma-Token header of each request, in order ("" when absent). */
    public java.util.List<String> tokens() {
        return java.util.List.copyOf(tokens);
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
