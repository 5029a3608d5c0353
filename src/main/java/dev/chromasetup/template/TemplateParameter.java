package dev.chromasetup.template;

/** One parameter as the template declares it. {@code defaultValue} is null when it has none. */
public record TemplateParameter(String name, String type, String defaultValue, String description, boolean noEcho) {
}
