package dev.chromasetup.aws;

import java.util.List;

/** One EC2 instance type as DescribeInstanceTypes reports it (offered in the region being asked). */
public record InstanceTypeInfo(
        String name,
        int vcpus,
        long memoryMib,
        List<String> architectures,
        boolean freeTierEligible,
        boolean burstable,
        boolean currentGeneration) {

    public InstanceTypeInfo {
        architectures = List.copyOf(architectures);
    }

    public boolean supportsX86() {
        return architectures.contains("x86_64");
    }
}
