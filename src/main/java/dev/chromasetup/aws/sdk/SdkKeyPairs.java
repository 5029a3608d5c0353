package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.KeyPairs;
import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.keys.KeyName;
import dev.chromasetup.logging.Redactor;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** Key pair names of the region, sorted (DescribeKeyPairs is not paginated), and new key pairs. */
final class SdkKeyPairs implements KeyPairs {
    private static final AwsCall CALL = AwsCall.of("DescribeKeyPairs", "ec2:DescribeKeyPairs");
    private static final AwsCall CREATE = AwsCall.of("CreateKeyPair", "ec2:CreateKeyPair");

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

    @Override
    public Secret create(String name) {
        KeyName.require(name);
        return errors.call(CREATE, () -> {
            try {
                String material = ec2.get().createKeyPair(r -> r.keyName(name)).keyMaterial();
                Redactor.register(material); // the debug log must never hold it, whatever prints it
                return Secret.of(material);
            } catch (AwsServiceException e) {
                if (e.awsErrorDetails() != null && "InvalidKeyPair.Duplicate".equals(e.awsErrorDetails().errorCode())) {
                    throw SetupException.usage("Key pair " + name + " already exists in this region",
                            "AWS hands out a key pair's private key only when it is created",
                            "choose another name, or pass --key-name " + name + " to use the existing pair "
                                    + "(with the .pem file saved when it was created)");
                }
                throw e;
            }
        });
    }
}
