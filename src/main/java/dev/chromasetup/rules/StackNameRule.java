package dev.chromasetup.rules;

import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.errors.SetupException;
import java.util.regex.Pattern;

/** CloudFormation's stack name rule, checked before anything is sent so the user gets a clear reason. */
public final class StackNameRule {
    public static final int MAX_LENGTH = 128;
    private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]*");
    private static final String FIX = "use letters, digits and hyphens, starting with a letter, e.g. my-chroma-stack";

    private StackNameRule() {
    }

    /** The name, stripped of surrounding spaces, or SetupException USAGE naming the broken rule. */
    public static String validate(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw SetupException.usage("Stack name is empty", "CloudFormation needs a name for the stack", FIX);
        }
        String shown = "\"" + new TextSanitizer(60).clean(n) + "\"";
        if (n.length() > MAX_LENGTH) {
            throw SetupException.usage("Stack name " + shown + " is too long",
                    "it has " + n.length() + " characters; CloudFormation allows at most " + MAX_LENGTH,
                    "choose a shorter name, e.g. my-chroma-stack");
        }
        if (!isAsciiLetter(n.charAt(0))) {
            throw SetupException.usage("Stack name " + shown + " does not start with a letter",
                    "CloudFormation stack names must start with a letter (a-z, A-Z)", FIX);
        }
        if (!ALLOWED.matcher(n).matches()) {
            throw SetupException.usage("Stack name " + shown + " contains a character CloudFormation does not allow",
                    "only letters, digits and hyphens are allowed (no spaces, underscores or dots)", FIX);
        }
        return n;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
