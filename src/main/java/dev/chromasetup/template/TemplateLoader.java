package dev.chromasetup.template;

import dev.chromasetup.errors.SetupException;
import dev.chromasetup.text.TextSanitizer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads the template chroma-setup deploys, from a file or a URL, so the parameter list, regions and
 * resources come from the template itself rather than from code. The HTTP client is passed in (its
 * connect timeout is set where it is built) so tests can point it at a loopback stub.
 */
public final class TemplateLoader {
    /** CloudFormation's limit for TemplateBody; larger templates can only be given by (S3) URL. */
    public static final int TEMPLATE_BODY_LIMIT = 51_200;
    /** A guard against a wrong URL streaming something huge into memory. */
    private static final long MAX_DOWNLOAD = 1_000_000;

    private final HttpClient http;
    private final Duration requestTimeout;
    private final TemplateParser parser = new TemplateParser();

    public TemplateLoader(HttpClient http, Duration requestTimeout) {
        this.http = http;
        this.requestTimeout = requestTimeout;
    }

    /** A client with the given connect timeout that follows redirects (S3 and GitHub redirect). */
    public static TemplateLoader withTimeouts(Duration connect, Duration request) {
        return new TemplateLoader(HttpClient.newBuilder().connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NORMAL).build(), request);
    }

    /** A location as the user typed it: http(s) URL or file path. */
    public ChromaTemplate load(String location) {
        String l = location.strip();
        String lower = l.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("https://") || lower.startsWith("http://")) {
                return fromUrl(URI.create(l));
            }
            return fromFile(Path.of(l));
        } catch (IllegalArgumentException e) { // also InvalidPathException
            throw SetupException.usage("Template location " + clean(l) + " is not usable",
                    "it is neither a valid https/http URL nor a valid file path",
                    "give the path of a JSON template or an https URL");
        }
    }

    public ChromaTemplate fromFile(Path path) {
        String shown = path.toString();
        try {
            byte[] bytes = Files.readAllBytes(path);
            return parser.parse(decode(bytes, shown), shown, Optional.empty());
        } catch (NoSuchFileException e) {
            throw SetupException.usage("Template file " + clean(shown) + " not found", "there is no file at that path",
                    "check the path, or leave the template option out to use Chroma's published template");
        } catch (IOException e) {
            throw SetupException.usage("Template file " + clean(shown) + " cannot be read", clean(String.valueOf(e.getMessage())),
                    "check the file exists and is readable");
        }
    }

    public ChromaTemplate fromUrl(URI url) {
        String shown = url.toString();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(requestTimeout).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw SetupException.usage("Could not download the template from " + clean(shown),
                    "no answer within the time limit (" + requestTimeout.toSeconds() + "s)",
                    "check your internet connection and the URL, or download the file and pass its path");
        } catch (IOException e) {
            throw SetupException.usage("Could not download the template from " + clean(shown),
                    "the connection failed (" + clean(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())) + ")",
                    "check your internet connection and the URL, or download the file and pass its path");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SetupException.cancelled("Download of the template from " + clean(shown) + " was interrupted", "run the command again");
        }
        if (response.statusCode() != 200) {
            throw SetupException.usage("Could not download the template from " + clean(shown),
                    "the server answered HTTP " + response.statusCode() + (response.statusCode() == 404 ? " (not found)" : ""),
                    "check the URL, e.g. https://s3.amazonaws.com/public.trychroma.com/cloudformation/latest/chroma.cf.json");
        }
        if (response.body().length > MAX_DOWNLOAD) {
            throw TemplateParser.bad(shown, "it is " + response.body().length + " bytes, far larger than any CloudFormation template",
                    "check the URL points at the template itself");
        }
        return parser.parse(decode(response.body(), shown), shown, Optional.of(shown));
    }

    /** Whether the template can be sent as TemplateBody (a local file, or any deploy to an emulator). */
    public static boolean fitsTemplateBody(ChromaTemplate template) {
        return bodyBytes(template) <= TEMPLATE_BODY_LIMIT;
    }

    /** A note to show when the template is too large to send as a body; empty when it fits. */
    public static Optional<String> templateBodyNote(ChromaTemplate template) {
        if (fitsTemplateBody(template)) {
            return Optional.empty();
        }
        return Optional.of("the template is " + bodyBytes(template) + " bytes; CloudFormation's TemplateBody limit is "
                + "51,200 bytes, so it can only be deployed from an S3 URL");
    }

    /** Throws when the template must go as a body but is too large. */
    public static void requireFitsTemplateBody(ChromaTemplate template) {
        templateBodyNote(template).ifPresent(note -> {
            throw SetupException.usage("The template cannot be sent to CloudFormation", note,
                    "upload it to S3 and pass its https URL instead of a file");
        });
    }

    private static int bodyBytes(ChromaTemplate template) {
        return template.body().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String decode(byte[] bytes, String shown) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            // Editors on Windows add a byte-order mark; CloudFormation and Jackson do not want it.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw TemplateParser.bad(shown, "it is not UTF-8 text", "check the file or URL points at Chroma's chroma.cf.json");
        }
    }

    private static String clean(String s) {
        return new TextSanitizer(200).clean(s);
    }
}
