package dev.chromasetup.deploy;

import dev.chromasetup.text.DurationText;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Probes Chroma's heartbeat with the JDK HTTP client. Every outcome becomes a {@link ProbeResult} in
 * plain words; nothing is thrown. Redirects are not followed: a heartbeat never redirects, and
 * following one could send the probe to a host the user never named.
 */
public final class HttpReadiness implements Readiness {
    /** The header the hardened template's proxy checks. */
    public static final String TOKEN_HEADER = "X-Chroma-Token";
    static final int MAX_BODY = 64 * 1024; // a heartbeat is ~40 bytes; never buffer a stranger's page
    private static final Pattern HEARTBEAT = Pattern.compile("\"nanosecond heartbeat\"\\s*:\\s*\\d+");

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private HttpClient client;

    public HttpReadiness(Duration connectTimeout, Duration requestTimeout) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /** Built at the first probe: making an HttpClient sets up TLS, which must not delay the first screen. */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        return client;
    }

    public HttpReadiness() {
        this(Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    @Override
    public ProbeResult probe(URI heartbeatUrl) {
        return probe(heartbeatUrl, dev.chromasetup.text.Secret.empty());
    }

    @Override
    public ProbeResult probe(URI heartbeatUrl, dev.chromasetup.text.Secret token) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(heartbeatUrl).timeout(requestTimeout)
                    .header("Accept", "application/json");
            if (!token.isEmpty()) {
                builder.header(TOKEN_HEADER, token.reveal());
            }
            HttpRequest request = builder.GET().build();
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
            }
            return classify(response.statusCode(), body);
        } catch (HttpTimeoutException e) {
            // Connect timeouts (HttpConnectTimeoutException) land here too: booting or port filtered.
            return ProbeResult.notYet(0, ProbeResult.SILENT + " within " + DurationText.human(requestTimeout));
        } catch (ConnectException e) {
            return ProbeResult.notYet(0, ProbeResult.REFUSED + ": the instance is still booting or Chroma has not started");
        } catch (IOException e) {
            return ProbeResult.notYet(0, "connection failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeResult.notYet(0, "interrupted");
        } catch (RuntimeException e) {
            // A bad URL or a client bug must not end the wait with a stack trace.
            return ProbeResult.notYet(0, "cannot probe " + heartbeatUrl + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    static ProbeResult classify(int status, String body) {
        return switch (status) {
            case 200 -> HEARTBEAT.matcher(body).find()
                    ? ProbeResult.ready("Chroma answered its heartbeat")
                    : ProbeResult.notYet(200, "answered, but not like Chroma's heartbeat");
            case 503 -> ProbeResult.notYet(503, "Chroma is starting (HTTP 503)");
            case 410 -> ProbeResult.notYet(410, "HTTP 410 Gone: the server is up but this path is the old v1 API");
            default -> ProbeResult.notYet(status, "HTTP " + status);
        };
    }
}
