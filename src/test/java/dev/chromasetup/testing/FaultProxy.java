package dev.chromasetup.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * A loopback HTTP proxy in front of moto that injects faults per AWS operation and per call number.
 * Point the CLI at it with {@code --endpoint-url proxy.endpoint()}.
 *
 * <p>The operation is read from {@code Action=} in the form body (query protocols: EC2, STS,
 * CloudFormation) or from the {@code X-Amz-Target} header (JSON protocols). Calls are numbered per
 * operation from 1, counting every attempt (the SDK's own retries included):
 *
 * <pre>
 * proxy.on("CreateStack").call(1).resetAfterForwarding();
 * proxy.on("DescribeStackEvents").calls(2, 3).throttle();
 * proxy.on("DescribeRegions").always().serverError(503);
 * assertThat(proxy.count("CreateStack")).isEqualTo(2);
 * </pre>
 *
 * Unscripted calls are forwarded unchanged. Rules are checked in the order they were added; the first
 * one matching the call number applies.
 */
public final class FaultProxy implements AutoCloseable {
    /** What happens to one matching call. */
    public sealed interface Fault permits Delay, Answer, ResetBefore, ResetAfter, Rewrite {
    }

    /** Waits, then forwards as usual. */
    public record Delay(Duration delay) implements Fault {
    }

    /** Answers this instead of forwarding (moto never sees the call). */
    public record Answer(int status, String contentType, String body) implements Fault {
    }

    /** Closes the connection without answering; moto never sees the call. */
    public record ResetBefore() implements Fault {
    }

    /** Forwards to moto (the side effect happens), then closes the connection without answering. */
    public record ResetAfter() implements Fault {
    }

    /** Forwards, then changes moto's response body (e.g. to put escape sequences into AWS text). */
    public record Rewrite(UnaryOperator<String> body) implements Fault {
    }

    private record Rule(String operation, IntPredicate calls, Fault fault) {
    }

    private final URI target;
    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient http;
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    private FaultProxy(URI target) {
        this.target = target;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fault-proxy");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A proxy on a free loopback port forwarding to {@code target} (moto's endpoint). */
    public static FaultProxy in(URI target) {
        return new FaultProxy(target);
    }

    public static FaultProxy in(MotoServer moto) {
        return in(moto.endpoint());
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Starts scripting one operation (e.g. "CreateStack", "DescribeStackEvents", "GetCallerIdentity"). */
    public Script on(String operation) {
        return new Script(operation);
    }

    /** How many calls (attempts) of this operation reached the proxy so far. */
    public int count(String operation) {
        AtomicInteger n = counts.get(operation);
        return n == null ? 0 : n.get();
    }

    /** "Operation#n fault" lines, in arrival order: handy in assertion messages. */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** Forgets the rules and the counts. */
    public void reset() {
        rules.clear();
        counts.clear();
        log.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Builder: {@code on(op).call(n)} / {@code .calls(a, b)} / {@code .always()} / {@code .from(n)}, then a fault. */
    public final class Script {
        private final String operation;
        private IntPredicate calls = n -> true;

        private Script(String operation) {
            this.operation = operation;
        }

        public Script call(int n) {
            calls = c -> c == n;
            return this;
        }

        public Script calls(int... ns) {
            Set<Integer> set = new java.util.HashSet<>();
            for (int n : ns) {
                set.add(n);
            }
            calls = set::contains;
            return this;
        }

        /** Calls {@code first} to {@code last}, both included. */
        public Script callsBetween(int first, int last) {
            calls = c -> c >= first && c <= last;
            return this;
        }

        public Script from(int n) {
            calls = c -> c >= n;
            return this;
        }

        public Script always() {
            calls = c -> true;
            return this;
        }

        public FaultProxy delay(Duration d) {
            return add(new Delay(d));
        }

        public FaultProxy serverError(int status) {
            return add(new Answer(status, "text/xml", queryError(status >= 500 ? "Receiver" : "Sender",
                    status == 503 ? "ServiceUnavailable" : "InternalFailure", "injected server error")));
        }

        /** The throttling answer of the operation's service: EC2's RequestLimitExceeded (503) or Throttling (400). */
        public FaultProxy throttle() {
            return add(isEc2(operation)
                    ? new Answer(503, "text/xml", ec2Error("RequestLimitExceeded", "Request limit exceeded."))
                    : new Answer(400, "text/xml", queryError("Sender", "Throttling", "Rate exceeded")));
        }

        /** STS/CloudFormation-style ExpiredToken (400); EC2 gets its own error shape. */
        public FaultProxy expiredToken() {
            String message = "The security token included in the request is expired";
            return add(isEc2(operation) ? new Answer(400, "text/xml", ec2Error("ExpiredToken", message))
                    : new Answer(400, "text/xml", queryError("Sender", "ExpiredToken", message)));
        }

        public FaultProxy answer(int status, String contentType, String body) {
            return add(new Answer(status, contentType, body));
        }

        public FaultProxy resetBeforeForwarding() {
            return add(new ResetBefore());
        }

        public FaultProxy resetAfterForwarding() {
            return add(new ResetAfter());
        }

        public FaultProxy rewrite(UnaryOperator<String> body) {
            return add(new Rewrite(body));
        }

        private FaultProxy add(Fault fault) {
            rules.add(new Rule(operation, calls, fault));
            return FaultProxy.this;
        }
    }

    // ---- the wire ----------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String operation = operation(exchange.getRequestHeaders(), body);
            int n = counts.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
            Fault fault = null;
            for (Rule r : rules) {
                if (r.operation().equals(operation) && r.calls().test(n)) {
                    fault = r.fault();
                    break;
                }
            }
            log.add(operation + "#" + n + (fault == null ? "" : " " + fault.getClass().getSimpleName()));
            if (fault instanceof Delay d) {
                sleep(d.delay());
            }
            if (fault instanceof ResetBefore) {
                abort(exchange);
                return;
            }
            if (fault instanceof Answer a) {
                send(exchange, a.status(), a.contentType(), a.body().getBytes(StandardCharsets.UTF_8));
                return;
            }
            HttpResponse<byte[]> response = forward(exchange, body);
            if (fault instanceof ResetAfter) {
                abort(exchange);
                return;
            }
            byte[] answer = response.body();
            if (fault instanceof Rewrite rw) {
                answer = rw.body().apply(new String(answer, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            Headers out = exchange.getResponseHeaders();
            response.headers().map().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.equals("content-length") && !lower.equals("transfer-encoding")
                        && !lower.equals("connection") && !lower.startsWith(":")) {
                    out.put(name, values);
                }
            });
            send(exchange, response.statusCode(), null, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        URI uri = target.resolve(exchange.getRequestURI().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection");

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
        }
    }

    /** Closes the TCP connection with nothing sent: the client sees the connection reset or ended. */
    private static void abort(HttpExchange exchange) {
        // HttpServer has no "reset" API; closing without response headers ends the connection with no
        // bytes written, which the client reports as an I/O error (end of stream / connection reset).
        try {
            exchange.getRequestBody().close();
        } catch (IOException ignored) {
            // closing anyway
        }
        exchange.close();
    }

    static String operation(Headers headers, byte[] body) {
        String target = headers.getFirst("X-Amz-Target");
        if (target != null && !target.isBlank()) {
            int dot = target.lastIndexOf('.');
            return dot < 0 ? target : target.substring(dot + 1);
        }
        String form = new String(body, StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
            if (pair.startsWith("Action=")) {
                return URLDecoder.decode(pair.substring("Action=".length()), StandardCharsets.UTF_8);
            }
        }
        return "(unknown)";
    }

    private static boolean isEc2(String operation) {
        return EC2_OPERATIONS.contains(operation) || operation.startsWith("DescribeInstance")
                || operation.startsWith("DescribeVpc") || operation.startsWith("DescribeKey");
    }

    private static final Set<String> EC2_OPERATIONS = Set.of("DescribeRegions", "DescribeVpcs", "CreateDefaultVpc",
            "DescribeInstanceTypes", "DescribeInstanceTypeOfferings", "DescribeKeyPairs", "CreateKeyPair",
            "DescribeAccountAttributes", "DescribeInstances", "CreateSnapshot", "DescribeSubnets");

    /** The query-protocol (STS, CloudFormation) error body. */
    public static String queryError(String type, String code, String message) {
        return "<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"><Error><Type>" + type
                + "</Type><Code>" + code + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>fault-proxy</RequestId></ErrorResponse>";
    }

    /** EC2's error body. */
    public static String ec2Error(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>" + code + "</Code><Message>"
                + message + "</Message></Error></Errors><RequestID>fault-proxy</RequestID></Response>";
    }

    private static void sleep(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    @Override
    public String toString() {
        return "FaultProxy[" + endpoint() + " -> " + target + ", calls " + new ArrayList<>(log) + "]";
    }
}
