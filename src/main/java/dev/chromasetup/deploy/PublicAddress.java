package dev.chromasetup.deploy;

import dev.chromasetup.text.HostNames;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The user's public IPv4 address as a web service sees it (AWS's checkip by default), to propose the
 * hardened template's allowed CIDR. A failure is no error: the user types the address instead.
 */
public final class PublicAddress {
    private final URI service;
    private final Duration timeout;

    public PublicAddress(URI service, Duration timeout) {
        this.service = service;
        this.timeout = timeout;
    }

    /** The host that answered, for the "found by asking X" note. */
    public String source() {
        return service.getHost();
    }

    public Optional<String> detect() {
        try {
            HttpRequest request = HttpRequest.newBuilder(service).timeout(Duration.ofSeconds(5)).GET().build();
            // built here, not at start: an HttpClient sets up TLS, which must not delay the first screen
            HttpClient http = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip();
            }
            boolean ipv4 = body.matches("[0-9.]+") && HostNames.isValid(body);
            return response.statusCode() == 200 && ipv4 ? Optional.of(body) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
