package dev.chromasetup.aws;

import java.util.Optional;

/** Instance types of the port's region. Empty when the type does not exist or is not offered there. */
public interface InstanceCatalog {
    Optional<InstanceTypeInfo> describe(String instanceType);
}
