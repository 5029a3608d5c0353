package dev.chromasetup.rules;

import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.errors.SetupException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes the OpenTelemetry collector endpoint. Chroma's exporter speaks OTLP over gRPC and needs
 * a URL with scheme and port, while Chroma's own guide shows a bare host (api.honeycomb.com). We
 * complete what is missing and say so. Defaults are deliberately simple: https → 443, http → 80; a
 * collector on the OTLP/gRPC default 4317 must be given with its port (http://collector:4317).
 */
public final class OtelEndpointRule {
    /** The value to send, and a notice to show when we changed what the user typed. */
    public record Normalized(String value, Optional<String> notice) {
    }

    private static final Pattern BARE = Pattern.compile(
            "((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)(?::(\\d{1,5}))?/?");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~:/?#\\[\\]@!$&()*+,;=%-]+");
    private static final String WHY = "Chroma's exporter speaks OTLP over gRPC and needs a scheme and port";
    private static final String FIX = "give a URL such as https://api.honeycomb.com:443, or leave it empty to turn tracing off";

    private OtelEndpointRule() {
    }

    public static Normalized normalize(String input) {
        String in = input == null ? "" : input.strip();
        if (in.isEmpty()) {
            return new Normalized("", Optional.empty());
        }
        if (!SAFE.matcher(in).matches()) {
            throw invalid(in, "it contains spaces, quotes or other characters a URL cannot hold");
        }
        if (in.contains("://")) {
            return fromUrl(in);
        }
        Matcher m = BARE.matcher(in);
        if (!m.matches()) {
            throw invalid(in, "it is neither a URL (https://host:port) nor a host name");
        }
        String port = m.group(2) == null ? "443" : checkPort(in, m.group(2));
        String value = "https://" + m.group(1).toLowerCase(Locale.ROOT) + ":" + port;
        return new Normalized(value, Optional.of(completed(value)));
    }

    private static Normalized fromUrl(String in) {
        URI uri;
        try {
            uri = new URI(in);
        } catch (URISyntaxException e) {
            throw invalid(in, "it is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw invalid(in, "the scheme must be https or http");
        }
        if (uri.getHost() == null) {
            throw invalid(in, "it has no host name");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            // Credentials in the URL would be written in clear into the instance; they belong in the headers.
            throw invalid(in, "it holds a user name, query or fragment; put credentials in the OpenTelemetry headers instead");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().equals("/") ? "" : uri.getRawPath();
        if (uri.getPort() != -1) {
            checkPort(in, Integer.toString(uri.getPort()));
            return new Normalized(scheme + "://" + uri.getHost() + ":" + uri.getPort() + path, Optional.empty());
        }
        int port = scheme.equals("https") ? 443 : 80;
        String value = scheme + "://" + uri.getHost() + ":" + port + path;
        return new Normalized(value, Optional.of(completed(value)));
    }

    private static String completed(String value) {
        return "completed to " + value + ": " + WHY;
    }

    private static String checkPort(String in, String port) {
        int p = Integer.parseInt(port);
        if (p < 1 || p > 65535) {
            throw invalid(in, "port " + p + " is outside 1-65535");
        }
        return Integer.toString(p);
    }

    private static SetupException invalid(String in, String why) {
        return SetupException.usage("OpenTelemetry endpoint \"" + new TextSanitizer(80).clean(in) + "\" is not usable", why, FIX);
    }
}
