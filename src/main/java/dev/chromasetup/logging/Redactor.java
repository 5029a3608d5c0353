package dev.chromasetup.logging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from debug log lines before they reach the file: AWS secret keys, session
 * tokens and signatures in whatever shape the SDK prints them (XML, JSON, form bodies, headers),
 * the value of the ChromaOtelCollectionHeaders stack parameter, and any literal registered here.
 */
public final class Redactor {
    static final String MASK = "****";
    /** key name, then quotes/colons/equals/'>' separators, then the value. */
    private static final Pattern SECRET_FIELDS = Pattern.compile(
            "(?i)((?:aws_secret_access_key|secret_?access_?key|aws_session_token|session_?token|x-amz-security-token)"
                    + "[\"'\\s:=>]*)([A-Za-z0-9/+=%._-]{8,})");
    private static final Pattern SIGV4 = Pattern.compile(
            "(?i)((?:x-amz-)?(?:credential|signature)=)([^,&\\s\"']+)");
    private static final Pattern OTEL_FORM_KEY = Pattern.compile(
            "Parameters\\.member\\.(\\d+)\\.ParameterKey=ChromaOtelCollectionHeaders");
    /** JSON, toString() and similar shapes: the key, then ParameterValue with the value. */
    private static final Pattern OTEL_OTHER = Pattern.compile(
            "(ChromaOtelCollectionHeaders[\"']?[\\s,]*[\"']?ParameterValue[\"']?\\s*[=:]\\s*[\"']?)([^\"',)}\\s]*)");

    private final Set<String> literals = ConcurrentHashMap.newKeySet();

    /** Registers a secret with the redactor behind SLF4J (the one the debug log file uses). */
    public static void register(String secret) {
        DebugLog.sink().redactor().add(secret);
    }

    /** Adds a literal to hide, also in its URL-encoded form (how it appears in request bodies). */
    public void add(String secret) {
        if (secret != null && !secret.isEmpty()) {
            literals.add(secret);
            literals.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        }
    }

    public String redact(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        String s = line;
        for (String lit : literals) {
            s = s.replace(lit, MASK);
        }
        s = SECRET_FIELDS.matcher(s).replaceAll("$1" + MASK);
        s = SIGV4.matcher(s).replaceAll("$1" + MASK);
        s = otelFormValues(s);
        return OTEL_OTHER.matcher(s).replaceAll("$1" + MASK);
    }

    /** Form bodies: find member N holding the key, then hide Parameters.member.N.ParameterValue. */
    private static String otelFormValues(String s) {
        Matcher m = OTEL_FORM_KEY.matcher(s);
        String out = s;
        while (m.find()) {
            Pattern value = Pattern.compile("(Parameters\\.member\\." + m.group(1) + "\\.ParameterValue=)[^&\\s]*");
            out = value.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        }
        return out;
    }
}
