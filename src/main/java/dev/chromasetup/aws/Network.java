package dev.chromasetup.aws;

import java.util.Optional;

/** The default VPC of the port's region: detect it, and create it on request (the fix-it step). */
public interface Network {
    Optional<DefaultVpc> defaultVpc();

    /** Creates the default VPC; an already existing one (a race with another tool) counts as success. */
    DefaultVpc createDefaultVpc();
}
