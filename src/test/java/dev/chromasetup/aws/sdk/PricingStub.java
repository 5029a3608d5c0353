package dev.chromasetup.aws.sdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback stand-in for the Price List Query API: answers queued responses in order (the last one
 * repeats) and records every request. Never the real endpoint (see TESTING.md).
 */
final class PricingStub implements AutoCloseable {
    static final String JSON_11 = "application/x-amz-json-1.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String body, Map<String, String> headers) {}

    record Request(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    PricingStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        Map.copyOf(exchange.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                Answer a;
                synchronized (answers) {
                    a = answers.size() > 1 ? answers.poll() : answers.peek();
                }
                if (a == null) {
                    a = new Answer(500, "{}", Map.of());
                }
                byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", JSON_11);
                a.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                exchange.sendResponseHeaders(a.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    PricingStub answer(int status, String body) {
        synchronized (answers) {
            answers.add(new Answer(status, body, Map.of()));
        }
        return this;
    }

    PricingStub answer(int status, String body, Map<String, String> headers) {
        synchronized (answers) {
            answers.add(new Answer(status, body, headers));
        }
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A GetProducts answer holding these product documents as JSON strings, as AWS sends them. */
    static String getProducts(String nextToken, String... productDocuments) {
        ObjectNode root = JSON.createObjectNode();
        root.put("FormatVersion", "aws_v1");
        var list = root.putArray("PriceList");
        for (String doc : productDocuments) {
            list.add(doc);
        }
        if (nextToken != null) {
            root.put("NextToken", nextToken);
        }
        return root.toString();
    }

    static String resource(String name) {
        try (InputStream in = PricingStub.class.getResourceAsStream("/pricing/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
