package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.AwsPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;

/** The three clients of one region, each built on first use, and the ports that use them. */
final class RegionClients {
    private final Lazy<StsClient> sts;
    private final Lazy<Ec2Client> ec2;
    private final Lazy<CloudFormationClient> cloudFormation;
    private final AwsPorts ports;

    RegionClients(String region, ClientFactory factory, Supplier<AwsCredentialsProvider> credentials,
            AwsErrors errors, ProfileSettings profiles) {
        this.sts = new Lazy<>(() -> factory.sts(region));
        this.ec2 = new Lazy<>(() -> factory.ec2(region));
        this.cloudFormation = new Lazy<>(() -> factory.cloudFormation(region));
        this.ports = new AwsPorts(region,
                new SdkIdentity(sts, credentials, profiles.profileName(), errors),
                new SdkRegions(ec2, errors),
                new SdkNetwork(ec2, errors),
                new SdkInstanceCatalog(ec2, errors),
                new SdkKeyPairs(ec2, errors),
                new SdkStacks(cloudFormation, errors),
                new SdkSnapshots(cloudFormation, ec2, errors));
    }

    AwsPorts ports() {
        return ports;
    }

    List<AutoCloseable> builtClients() {
        List<AutoCloseable> built = new ArrayList<>();
        sts.ifBuilt().ifPresent(built::add);
        ec2.ifBuilt().ifPresent(built::add);
        cloudFormation.ifBuilt().ifPresent(built::add);
        return built;
    }
}
