package dev.chromasetup.deploy;

import dev.chromasetup.text.HostNames;
import dev.chromasetup.text.TextSanitizer;

import dev.chromasetup.errors.SetupException;
import java.net.URI;
import java.net.URISyntaxException;

/** Builds the heartbeat URL from the stack's ServerIp output, or from a --readiness-url override. */
public final class HeartbeatUrls {
    public static final int DEFAULT_PORT = 8000;
    public static final String DEFAULT_PATH = "/api/v2/heartbeat";


    private HeartbeatUrls() {
    }

    /** {@code http://<host>:8000/api/v2/heartbeat}. */
    public static URI forServer(String host) {
        return forServer(host, DEFAULT_PORT, DEFAULT_PATH);
    }

    public static URI forServer(String host, int port, String path) {
        if (!HostNames.isValid(host)) {
            throw SetupException.failed("The stack's ServerIp output is not an address",
                    "got \"" + printable(host) + "\"", "check the stack's outputs in the CloudFormation console");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (path == null || !path.startsWith("/") || !path.matches("[A-Za-z0-9/._-]*")) {
            throw new IllegalArgumentException("bad heartbeat path: " + path);
        }
        return URI.create("http://" + host + ":" + port + path);
    }

    /**
     * {@code --readiness-url}: a base URL (with or without a trailing slash) or one that already ends
     * with the heartbeat path. Only http and https, no user info, query or fragment.
     */
    public static URI fromOverride(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw badOverride(url, "it is not a valid URL");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw badOverride(url, "it must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw badOverride(url, "it needs a host and no user, query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.endsWith(DEFAULT_PATH)) {
            path = path + DEFAULT_PATH;
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return URI.create(scheme.toLowerCase() + "://" + uri.getRawAuthority().replaceFirst(":\\d+$", "")
                + port + path);
    }

    private static SetupException badOverride(String url, String why) {
        return SetupException.usage("--readiness-url \"" + printable(url) + "\" cannot be used", why,
                "pass a base URL such as http://127.0.0.1:8000");
    }

    private static String printable(String s) {
        return TextSanitizer.sanitize(s);
    }
}
