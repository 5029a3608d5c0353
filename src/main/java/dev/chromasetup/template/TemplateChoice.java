package dev.chromasetup.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which template to deploy when no file or URL is given: Chroma's published one (the default, as in
 * Chroma's docs) or the hardened one shipped inside chroma-setup. The key is the setting's value
 * ({@code template = official}) and the {@code --template} option's argument.
 */
public enum TemplateChoice {
    OFFICIAL("official", "Chroma's template (as in the Chroma docs)"),
    HARDENED("hardened", "chroma-setup's hardened template (any region, arm64, data volume, limited access)");

    private final String key;
    private final String label;

    TemplateChoice(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** A short line for menus and the review screen. */
    public String label() {
        return label;
    }

    /** The choice for a setting value, ignoring case and surrounding spaces; empty when unknown. */
    public static Optional<TemplateChoice> parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.key.equals(v)).findFirst();
    }

    /** "official or hardened", for messages. */
    public static String expected() {
        return Arrays.stream(values()).map(TemplateChoice::key).collect(Collectors.joining(" or "));
    }
}
