package dev.chromasetup.keys;

import dev.chromasetup.errors.SetupException;
import java.util.regex.Pattern;

/**
 * Names for key pairs chroma-setup creates. EC2 accepts 1–255 ASCII characters; we allow only letters,
 * digits, '.', '_' and '-' (and no leading '.'), because the name also becomes a file name,
 * {@code ~/.ssh/NAME.pem}: no path separators, no spaces, no hidden files.
 */
public final class KeyName {
    public static final int MAX_LENGTH = 255;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private KeyName() {
    }

    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && ALLOWED.matcher(name).matches();
    }

    /** The name when valid; SetupException USAGE with the rule otherwise. */
    public static String require(String name) {
        if (isValid(name)) {
            return name;
        }
        String shown = name == null ? "(none)" : name.isEmpty() ? "(empty)"
                : name.length() > 40 ? name.substring(0, 40).replaceAll("[^\\x20-\\x7e]", "?") + "…"
                : name.replaceAll("[^\\x20-\\x7e]", "?");
        throw SetupException.usage("Key pair name " + shown + " is not allowed",
                "a new key pair's name must be 1 to " + MAX_LENGTH + " characters of letters, digits, '.', '_' or '-', "
                        + "not starting with '.' (it also names the file ~/.ssh/NAME.pem)",
                "choose a name such as chroma-key");
    }
}
