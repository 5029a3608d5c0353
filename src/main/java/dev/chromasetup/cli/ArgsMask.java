package dev.chromasetup.cli;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Hides OpenTelemetry header values in any message echoed back to the user. picocli quotes the
 * offending argument ("Unknown option: '--otel-header=api-key=…'", "Unmatched argument: 'abc'"),
 * and a mistyped or unquoted --otel-headers would otherwise print the secret on the terminal.
 */
final class ArgsMask {
    static final String HIDDEN = "(hidden)";

    private ArgsMask() {
    }

    static String mask(String message, String[] args) {
        String m = message == null ? "" : message;
        for (String secret : secrets(args)) {
            m = m.replace(secret, HIDDEN);
        }
        return m;
    }

    /**
     * The value after any "--otel…" option (either "--otel-x=v" or "--otel-x v"), plus the plain
     * words that follow it: an unquoted "Authorization=Bearer abc" arrives as two arguments.
     */
    static Set<String> secrets(String[] args) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--otel") || a.startsWith("--otel-endpoint") || a.startsWith("--otel-service-name")) {
                continue;
            }
            int eq = a.indexOf('=');
            int j = i + 1;
            if (eq >= 0) {
                add(out, a.substring(eq + 1));
            } else if (j < args.length) {
                add(out, args[j++]);
            }
            for (; j < args.length && !args[j].startsWith("-"); j++) {
                add(out, args[j]);
            }
        }
        return out;
    }

    private static void add(Set<String> out, String s) {
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
