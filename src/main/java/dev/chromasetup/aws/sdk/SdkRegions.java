package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.Regions;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Region;

/** Enabled regions (DescribeRegions without AllRegions lists only those), sorted by name. */
final class SdkRegions implements Regions {
    private static final AwsCall CALL = AwsCall.of("DescribeRegions", "ec2:DescribeRegions");
    // Belt and braces: should AllRegions ever be set, opt-in regions not yet enabled are left out.
    private static final Set<String> ENABLED = Set.of("opt-in-not-required", "opted-in");

    private final Supplier<Ec2Client> ec2;
    private final AwsErrors errors;

    SdkRegions(Supplier<Ec2Client> ec2, AwsErrors errors) {
        this.ec2 = ec2;
        this.errors = errors;
    }

    @Override
    public List<String> enabledRegions() {
        return errors.call(CALL, () -> ec2.get().describeRegions().regions().stream()
                .filter(r -> r.optInStatus() == null || ENABLED.contains(r.optInStatus()))
                .map(Region::regionName)
                .sorted()
                .toList());
    }
}
