package dev.chromasetup.aws;

/**
 * How the template is handed to CloudFormation: by URL (real AWS fetches it from S3) or by body (a
 * local file, or whenever an endpoint override is set, because an emulator cannot fetch the URL).
 * Exactly one of the two is non-null.
 */
public record TemplateSource(String url, String body) {
    public TemplateSource {
        if ((url == null) == (body == null)) {
            throw new IllegalArgumentException("exactly one of url and body must be given");
        }
    }

    public static TemplateSource ofUrl(String url) {
        return new TemplateSource(url, null);
    }

    public static TemplateSource ofBody(String body) {
        return new TemplateSource(null, body);
    }
}
