package dev.chromasetup.aws;

import java.util.Map;

/**
 * Everything CreateStack needs. {@code clientRequestToken} makes a retried create idempotent: the same
 * token never creates a second stack. Parameter values may be secret (OTel headers): never log them.
 */
public record CreateStackRequest(
        String stackName,
        TemplateSource template,
        Map<String, String> parameters,
        Map<String, String> tags,
        String clientRequestToken) {

    public CreateStackRequest {
        // insertion order kept: the review's equivalent aws command lists parameters the same way every run
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        tags = Map.copyOf(tags);
    }

    @Override
    public String toString() {
        // Parameters may hold secrets: show only their names.
        return "CreateStackRequest[stackName=" + stackName + ", parameters=" + parameters.keySet()
                + ", tags=" + tags + "]";
    }
}
