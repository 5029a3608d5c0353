package dev.chromasetup.wizard;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.text.Secret;

import java.net.URI;
import java.time.Duration;

/**
 * What the state machine asks the outside world to do. Each effect carries the id of the request so
 * that its answer can be matched: an answer to an older request (the user went back and changed the
 * region meanwhile) is dropped. {@code after} delays an effect (polling, probing) without the state
 * machine ever touching a clock.
 */
public sealed interface Effect {
    long requestId();

    record CheckCredentials(long requestId) implements Effect {}

    /** The profiles of ~/.aws/config and ~/.aws/credentials, for the profile picker. */
    record ListProfiles(long requestId) implements Effect {}

    /** Use this profile's credentials from now on (empty: the default chain). */
    record UseProfile(long requestId, java.util.Optional<String> profile) implements Effect {}

    /** {@code choice}: "official" or "hardened" (a --template-file or --template-url wins over it). */
    record LoadTemplate(long requestId, String choice) implements Effect {}

    /** The user's public address, to propose the hardened template's allowed CIDR. */
    record DetectPublicAddress(long requestId) implements Effect {}

    record LoadRegions(long requestId) implements Effect {}

    record CheckNetwork(long requestId, String region) implements Effect {}

    record CreateDefaultVpc(long requestId, String region) implements Effect {}

    record CheckInstanceType(long requestId, String region, String instanceType) implements Effect {}

    /** The instance types worth offering in the region (curated list plus the current answer), with prices. */
    record LoadSizing(long requestId, String region, java.util.List<String> candidates) implements Effect {}

    record LoadKeyPairs(long requestId, String region) implements Effect {}

    /** Creates a key pair and saves its private key to ~/.ssh/NAME.pem (0600, never overwriting). */
    record CreateKeyPair(long requestId, String region, String name) implements Effect {}

    /** The stacks chroma-setup made in the region (tagged at creation), for resume on launch. */
    record ListManagedStacks(long requestId, String region) implements Effect {}

    record LookUpStack(long requestId, String region, String stackName) implements Effect {}

    record CreateStack(long requestId, String region, CreateStackRequest request) implements Effect {}

    record PollStack(long requestId, String region, String stackId, Duration after) implements Effect {}

    /** {@code token}: the hardened template's access token, sent as X-Chroma-Token; empty when none. */
    record ProbeReadiness(long requestId, URI heartbeatUrl, Duration after, Secret token) implements Effect {}

    /** The instance's data volume, before destroy offers a snapshot of it. */
    record FindDataVolume(long requestId, String region, String stackId) implements Effect {}

    record CreateSnapshot(long requestId, String region, String volumeId, String stackName) implements Effect {}

    record PollSnapshot(long requestId, String region, String snapshotId, Duration after) implements Effect {}

    record DeleteStack(long requestId, String region, String stackId) implements Effect {}
}
