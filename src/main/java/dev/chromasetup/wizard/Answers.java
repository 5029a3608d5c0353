package dev.chromasetup.wizard;

import dev.chromasetup.text.Secret;

/**
 * What the user chose so far. Survives every failed step: a retry or a back never loses it.
 * {@code keyName} empty means "no key pair" (no SSH); {@code chromaVersion} empty means the template's
 * default.
 */
public record Answers(
        String region,
        String instanceType,
        String keyName,
        String chromaVersion,
        String otelEndpoint,
        String otelServiceName,
        Secret otelHeaders,
        String stackName,
        String template,
        HardenedAccess access) {

    /** The answers before any of the hardened template's access questions (Chroma's template by default). */
    public Answers(String region, String instanceType, String keyName, String chromaVersion, String otelEndpoint,
                   String otelServiceName, Secret otelHeaders, String stackName) {
        this(region, instanceType, keyName, chromaVersion, otelEndpoint, otelServiceName, otelHeaders, stackName,
                "official", HardenedAccess.none());
    }

    public Answers withRegion(String v) {
        return new Answers(v, instanceType, keyName, chromaVersion, otelEndpoint, otelServiceName, otelHeaders, stackName, template, access);
    }

    public Answers withInstanceType(String v) {
        return new Answers(region, v, keyName, chromaVersion, otelEndpoint, otelServiceName, otelHeaders, stackName, template, access);
    }

    public Answers withKeyName(String v) {
        return new Answers(region, instanceType, v, chromaVersion, otelEndpoint, otelServiceName, otelHeaders, stackName, template, access);
    }

    public Answers withChromaVersion(String v) {
        return new Answers(region, instanceType, keyName, v, otelEndpoint, otelServiceName, otelHeaders, stackName, template, access);
    }

    public Answers withOtelEndpoint(String v) {
        return new Answers(region, instanceType, keyName, chromaVersion, v, otelServiceName, otelHeaders, stackName, template, access);
    }

    public Answers withOtelServiceName(String v) {
        return new Answers(region, instanceType, keyName, chromaVersion, otelEndpoint, v, otelHeaders, stackName, template, access);
    }

    public Answers withOtelHeaders(Secret v) {
        return new Answers(region, instanceType, keyName, chromaVersion, otelEndpoint, otelServiceName, v, stackName, template, access);
    }

    public Answers withStackName(String v) {
        return new Answers(region, instanceType, keyName, chromaVersion, otelEndpoint, otelServiceName, otelHeaders, v, template, access);
    }

    public Answers withTemplate(String v) {
        return new Answers(region, instanceType, keyName, chromaVersion, otelEndpoint, otelServiceName, otelHeaders,
                stackName, v, access);
    }

    public Answers withAccess(HardenedAccess v) {
        return new Answers(region, instanceType, keyName, chromaVersion, otelEndpoint, otelServiceName, otelHeaders,
                stackName, template, v);
    }
}
