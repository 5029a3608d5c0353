package dev.chromasetup.aws;

import java.util.List;
import java.util.Optional;

/** Instance types of the port's region. Empty when the type does not exist or is not offered there. */
public interface InstanceCatalog {
    Optional<InstanceTypeInfo> describe(String instanceType);

    /**
     * The types offered in this region among {@code candidates} (exact names or EC2 wildcards such as
     * {@code "t3.*"}), with their details, in no particular order; names matching nothing are left out.
     * Adapters cache the answer per region for the session.
     */
    List<InstanceTypeInfo> offered(List<String> candidates);
}
