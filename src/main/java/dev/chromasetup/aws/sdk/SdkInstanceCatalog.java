package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.InstanceCatalog;
import dev.chromasetup.aws.InstanceTypeInfo;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.LocationType;

/**
 * One instance type: first "is it offered in this region at all" (DescribeInstanceTypeOfferings), then
 * its memory, vCPUs and architectures (DescribeInstanceTypes). Unknown or not offered: empty.
 */
final class SdkInstanceCatalog implements InstanceCatalog {
    private static final AwsCall OFFERINGS = AwsCall.of("DescribeInstanceTypeOfferings",
            "ec2:DescribeInstanceTypeOfferings");
    private static final AwsCall TYPES = AwsCall.of("DescribeInstanceTypes", "ec2:DescribeInstanceTypes");

    private final Supplier<Ec2Client> ec2;
    private final AwsErrors errors;

    SdkInstanceCatalog(Supplier<Ec2Client> ec2, AwsErrors errors) {
        this.ec2 = ec2;
        this.errors = errors;
    }

    @Override
    public Optional<InstanceTypeInfo> describe(String instanceType) {
        boolean offered = errors.call(OFFERINGS, () -> !ec2.get().describeInstanceTypeOfferings(r -> r
                        .locationType(LocationType.REGION)
                        .filters(Filter.builder().name("instance-type").values(instanceType).build()))
                .instanceTypeOfferings().isEmpty());
        if (!offered) {
            return Optional.empty();
        }
        return errors.call(TYPES, () -> {
            try {
                return ec2.get().describeInstanceTypes(r -> r.instanceTypesWithStrings(instanceType))
                        .instanceTypes().stream().findFirst().map(SdkInstanceCatalog::toInfo);
            } catch (AwsServiceException e) {
                if (e.awsErrorDetails() != null && "InvalidInstanceType".equals(e.awsErrorDetails().errorCode())) {
                    return Optional.<InstanceTypeInfo>empty();
                }
                throw e;
            }
        });
    }

    private static InstanceTypeInfo toInfo(software.amazon.awssdk.services.ec2.model.InstanceTypeInfo t) {
        return new InstanceTypeInfo(
                t.instanceTypeAsString(),
                t.vCpuInfo() == null || t.vCpuInfo().defaultVCpus() == null ? 0 : t.vCpuInfo().defaultVCpus(),
                t.memoryInfo() == null || t.memoryInfo().sizeInMiB() == null ? 0 : t.memoryInfo().sizeInMiB(),
                t.processorInfo() == null ? java.util.List.of() : t.processorInfo().supportedArchitecturesAsStrings(),
                Boolean.TRUE.equals(t.freeTierEligible()),
                Boolean.TRUE.equals(t.burstablePerformanceSupported()),
                Boolean.TRUE.equals(t.currentGeneration()));
    }
}
