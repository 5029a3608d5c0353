package dev.chromasetup.state;

import dev.chromasetup.wizard.Answers;

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

    /** The record for a run's answers; the OTel headers ({@link Answers#otelHeaders()}) are left out. */
    public static StackRecord of(Answers answers, String stackId, Instant now) {
        return new StackRecord(answers.stackName(), answers.region(), stackId, answers.instanceType(),
                answers.keyName(), answers.chromaVersion(), answers.otelEndpoint(), answers.otelServiceName(), now);
    }

    /** Same stack: same name in the same region. */
    boolean sameStack(String name, String inRegion) {
        return stackName.equals(name) && region.equals(inRegion);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
