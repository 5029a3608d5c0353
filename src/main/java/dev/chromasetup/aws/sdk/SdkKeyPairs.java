package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.KeyPairs;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** Key pair names of the region, sorted (DescribeKeyPairs is not paginated). */
final class SdkKeyPairs implements KeyPairs {
    private static final AwsCall CALL = AwsCall.of("DescribeKeyPairs", "ec2:DescribeKeyPairs");

    private final Supplier<Ec2Client> ec2;
    private final AwsErrors errors;

    SdkKeyPairs(Supplier<Ec2Client> ec2, AwsErrors errors) {
        this.ec2 = ec2;
        this.errors = errors;
    }

    @Override
    public List<String> names() {
        return errors.call(CALL, () -> ec2.get().describeKeyPairs().keyPairs().stream()
                .map(KeyPairInfo::keyName)
                .sorted()
                .toList());
    }
}
