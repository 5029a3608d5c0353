package dev.chromasetup.aws;

/**
 * The EBS volume holding a Chroma stack's data: the instance's root volume (Chroma's template keeps
 * everything on it, and deletes it with the instance).
 */
public record DataVolume(String instanceId, String volumeId, int sizeGib) {
}
