package dev.chromasetup.state;


import java.time.Instant;
import java.util.Objects;

/**
 * What is remembered about one stack chroma-setup deployed: where it is (for re-attach and destroy)
 * and the last NON-secret answers (to offer as defaults next time). There is deliberately no field for
 * OTel headers, keys or tokens: a secret has nowhere to go. Empty strings mean "not set".
 */
public record StackRecord(
        String stackName,
        String region,
        String stackId,
        String instanceType,
        String keyName,
        String chromaVersion,
        String otelEndpoint,
        String otelServiceName,
        Instant updatedAt) {

    public StackRecord {
        Objects.requireNonNull(stackName);
        Objects.requireNonNull(region);
        stackId = nullToEmpty(stackId);
        instanceType = nullToEmpty(instanceType);
        keyName = nullToEmpty(keyName);
        chromaVersion = nullToEmpty(chromaVersion);
        otelEndpoint = nullToEmpty(otelEndpoint);
        otelServiceName = nullToEmpty(otelServiceName);
    }


    /** Same stack: same name in the same region. */
    boolean sameStack(String name, String inRegion) {
        return stackName.equals(name) && region.equals(inRegion);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
