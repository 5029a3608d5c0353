package dev.chromasetup.wizard;

import dev.chromasetup.config.Secret;

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
        String stackName) {

    public Answers withRegion(String v) {
        return new Answers(v, instanceType, keyName, chromaVersion, otelEndpoint, otelServiceName, otelHeaders, stackName);
    }

    public Answers withInstanceType(String v) {
        return new Answers(region, v, keyName, chromaVersion, otelEndpoint, otelServiceName, otelHeaders, stackName);
    }

    public Answers withKeyName(String v) {
        return new Answers(region, instanceType, v, chromaVersion, otelEndpoint, otelServiceName, otelHeaders, stackName);
    }

    public Answers withChromaVersion(String v) {
        return new Answers(region, instanceType, keyName, v, otelEndpoint, otelServiceName, otelHeaders, stackName);
    }

    public Answers withOtelEndpoint(String v) {
        return new Answers(region, instanceType, keyName, chromaVersion, v, otelServiceName, otelHeaders, stackName);
    }

    public Answers withOtelServiceName(String v) {
        return new Answers(region, instanceType, keyName, chromaVersion, otelEndpoint, v, otelHeaders, stackName);
    }

    public Answers withOtelHeaders(Secret v) {
        return new Answers(region, instanceType, keyName, chromaVersion, otelEndpoint, otelServiceName, v, stackName);
    }

    public Answers withStackName(String v) {
        return new Answers(region, instanceType, keyName, chromaVersion, otelEndpoint, otelServiceName, otelHeaders, v);
    }
}
