package dev.chromasetup.snippets;

import dev.chromasetup.text.HostNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Python and TypeScript snippets shown when Chroma is ready, with the real address filled in.
 * Texts live in src/main/resources/snippets so wording can change without code. Everything filled in
 * is checked against a strict pattern first: the host comes from AWS, and a snippet is code the user
 * will run, so nothing may be able to break out of the string literal it is placed in.
 */
public final class ClientSnippets {
    private static final Pattern HEADER_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    // Printable ASCII without the characters that end or escape a string literal in Python or TypeScript.
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7E&&[^\"\\\\'`$]]{1,4096}");

    private final String pythonInstall;
    private final String pythonCode;
    private final String typescriptInstall;
    private final String typescriptCode;

    public ClientSnippets() {
        this.pythonInstall = resource("python.install.txt").strip();
        this.pythonCode = resource("python.code.txt");
        this.typescriptInstall = resource("typescript.install.txt").strip();
        this.typescriptCode = resource("typescript.code.txt");
    }

    public Snippet python(String host, int port) {
        return python(host, port, Map.of());
    }

    /** @param headers extra HTTP headers for the client (e.g. an auth token in front of Chroma); usually empty */
    public Snippet python(String host, int port, Map<String, String> headers) {
        String h = headers.isEmpty() ? "" : ", headers={" + pairs(headers, ": ") + "}";
        return new Snippet("Python", pythonInstall, fill(pythonCode, host, port, h), "chroma_client.py");
    }

    public Snippet typescript(String host, int port) {
        return typescript(host, port, Map.of());
    }

    public Snippet typescript(String host, int port, Map<String, String> headers) {
        String h = headers.isEmpty() ? "" : ", headers: { " + pairs(headers, ": ") + " }";
        return new Snippet("TypeScript", typescriptInstall, fill(typescriptCode, host, port, h), "chroma_client.ts");
    }

    /** Both snippets with these request headers (e.g. the hardened template's X-Chroma-Token). */
    public List<Snippet> all(String host, int port, Map<String, String> headers) {
        return List.of(python(host, port, headers), typescript(host, port, headers));
    }

    public List<Snippet> all(String host, int port) {
        return List.of(python(host, port), typescript(host, port));
    }

    private static String fill(String template, String host, int port, String headers) {
        if (!HostNames.isValid(host)) {
            throw new IllegalArgumentException("not an IPv4 address or host name: a snippet cannot be made for it");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return template.replace("{{HOST}}", host).replace("{{PORT}}", Integer.toString(port)).replace("{{HEADERS}}", headers);
    }

    private static String pairs(Map<String, String> headers, String separator) {
        return headers.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> {
                    if (!HEADER_KEY.matcher(e.getKey()).matches() || !HEADER_VALUE.matcher(e.getValue()).matches()) {
                        // No value in the message: headers usually carry tokens.
                        throw new IllegalArgumentException("header cannot be placed in a snippet safely");
                    }
                    return "\"" + e.getKey() + "\"" + separator + "\"" + e.getValue() + "\"";
                })
                .collect(Collectors.joining(", "));
    }

    private static String resource(String name) {
        try (InputStream in = ClientSnippets.class.getResourceAsStream("/snippets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("snippet text missing from the package: /snippets/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
