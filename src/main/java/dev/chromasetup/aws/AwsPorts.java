package dev.chromasetup.aws;

/** The ports bound to one region (and one set of credentials). */
public record AwsPorts(
        String region,
        Identity identity,
        Regions regions,
        Network network,
        InstanceCatalog instances,
        KeyPairs keyPairs,
        Stacks stacks,
        Snapshots snapshots) {
}
