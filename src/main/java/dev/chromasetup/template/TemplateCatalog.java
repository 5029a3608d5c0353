package dev.chromasetup.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The templates chroma-setup can deploy without being told a file or URL: "official" is Chroma's
 * published template, downloaded from the {@code template-url} setting; "hardened" is the template
 * bundled in chroma-setup ({@value #HARDENED_RESOURCE}). A {@code --template-file}, or a
 * {@code template-url} the user set, overrides the choice.
 */
public final class TemplateCatalog {
    /** Class-path location of the bundled hardened template. */
    public static final String HARDENED_RESOURCE = "/templates/hardened.cf.json";
    /** Class-path location of its UserData script, the same text the template embeds in Fn::Sub. */
    public static final String HARDENED_USERDATA_RESOURCE = "/templates/hardened-userdata.sh";
    /** How the bundled template is named in messages (there is no file path or URL to show). */
    public static final String HARDENED_SOURCE = "chroma-setup's hardened template (built in)";

    private TemplateCatalog() {
    }

    /**
     * What to deploy, in order: the template file when set; the template URL when the user set it
     * (anywhere but the built-in defaults); otherwise the choice: hardened = bundled, official = the
     * template URL (Chroma's by default). Loading is deferred to the supplier (the preflight runs it).
     *
     * @param urlExplicit true when {@code templateUrl} was set by the user rather than taken from the defaults
     */
    public static Supplier<ChromaTemplate> supplier(TemplateChoice choice, Optional<Path> templateFile,
                                                    String templateUrl, boolean urlExplicit, TemplateLoader loader) {
        if (templateFile.isPresent()) {
            Path file = templateFile.get();
            return () -> loader.fromFile(file);
        }
        if (choice == TemplateChoice.HARDENED && !urlExplicit) {
            return TemplateCatalog::hardened;
        }
        URI url = URI.create(templateUrl);
        return () -> loader.fromUrl(url);
    }

    /** The bundled hardened template, read (it has no URL, so it is always sent as TemplateBody). */
    public static ChromaTemplate hardened() {
        return new TemplateParser().parse(hardenedBody(), HARDENED_SOURCE, Optional.empty());
    }

    /** The bundled hardened template's text. */
    public static String hardenedBody() {
        return resource(HARDENED_RESOURCE);
    }

    /** The UserData script the hardened template embeds (kept as a file for shellcheck). */
    public static String hardenedUserData() {
        return resource(HARDENED_USERDATA_RESOURCE);
    }

    private static String resource(String name) {
        try (InputStream in = TemplateCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("chroma-setup is damaged: " + name + " is missing from its jar; reinstall it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from chroma-setup's jar", e);
        }
    }
}
