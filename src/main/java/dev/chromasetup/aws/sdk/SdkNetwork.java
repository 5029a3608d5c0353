package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.Network;
import dev.chromasetup.errors.SetupException;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Vpc;

/** The default VPC: Chroma's template puts its security group and instance there. */
final class SdkNetwork implements Network {
    private static final AwsCall DESCRIBE_VPCS = AwsCall.of("DescribeVpcs", "ec2:DescribeVpcs");
    private static final AwsCall DESCRIBE_SUBNETS = AwsCall.of("DescribeSubnets", "ec2:DescribeSubnets");
    private static final AwsCall CREATE = AwsCall.of("CreateDefaultVpc", "ec2:CreateDefaultVpc");

    private final Supplier<Ec2Client> ec2;
    private final AwsErrors errors;

    SdkNetwork(Supplier<Ec2Client> ec2, AwsErrors errors) {
        this.ec2 = ec2;
        this.errors = errors;
    }

    @Override
    public Optional<DefaultVpc> defaultVpc() {
        Optional<Vpc> vpc = errors.call(DESCRIBE_VPCS, () -> ec2.get()
                .describeVpcs(r -> r.filters(filter("is-default", "true")))
                .vpcs().stream().findFirst());
        return vpc.map(v -> new DefaultVpc(v.vpcId(), v.cidrBlock(), defaultSubnets(v.vpcId())));
    }

    @Override
    public DefaultVpc createDefaultVpc() {
        Optional<Vpc> created = errors.call(CREATE, () -> {
            try {
                return Optional.of(ec2.get().createDefaultVpc(r -> { }).vpc());
            } catch (AwsServiceException e) {
                if (e.awsErrorDetails() != null && "DefaultVpcAlreadyExists".equals(e.awsErrorDetails().errorCode())) {
                    return Optional.<Vpc>empty(); // another tool was faster: what we wanted exists
                }
                throw e;
            }
        });
        // Describe again either way: the subnet count is only known after creation.
        return defaultVpc().or(() -> created.map(v -> new DefaultVpc(v.vpcId(), v.cidrBlock(), 0)))
                .orElseThrow(() -> SetupException.failed("No default VPC after creating one",
                        "CreateDefaultVpc answered, but DescribeVpcs lists no default VPC",
                        "wait a minute and run again (AWS may still be creating it)"));
    }

    private int defaultSubnets(String vpcId) {
        return errors.call(DESCRIBE_SUBNETS, () -> ec2.get()
                .describeSubnetsPaginator(r -> r.filters(filter("vpc-id", vpcId), filter("default-for-az", "true")))
                .subnets().stream().mapToInt(s -> 1).sum());
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }
}
