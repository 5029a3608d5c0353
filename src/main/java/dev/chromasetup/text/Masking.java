package dev.chromasetup.text;

/**
 * Masks identifiers that help a user recognise their credentials without exposing them: an access
 * key id is not a secret on its own, but showing it in full on a shared screen is needless.
 */
public final class Masking {
    private static final int KEEP = 4;

    private Masking() {
    }

    /** "AKIAIOSFODNN7EXAMPLE" → "AKIA…MPLE"; too short to keep both ends → "…" plus at most the last 2; empty → "(none)". */
    public static String accessKeyId(String keyId) {
        if (keyId == null || keyId.isBlank()) {
            return "(none)";
        }
        String k = TextSanitizer.sanitize(keyId).strip();
        if (k.length() > 2 * KEEP + 2) {
            return k.substring(0, KEEP) + "…" + k.substring(k.length() - KEEP);
        }
        // Short values would be shown almost whole by the rule above: reveal at most two characters.
        return "…" + k.substring(Math.max(0, k.length() - 2));
    }
}
