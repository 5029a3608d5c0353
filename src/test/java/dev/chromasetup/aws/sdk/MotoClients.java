package dev.chromasetup.aws.sdk;

import dev.chromasetup.testing.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;

/** Raw SDK clients for arranging moto state the ports cannot (delete a default VPC, create a key pair). */
public final class MotoClients {
    private MotoClients() {
    }

    public static Ec2Client ec2(MotoServer moto, String region) {
        return Ec2Client.builder()
                .region(Region.of(region))
                .endpointOverride(moto.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /** Deletes the region's default VPC; moto refuses while its subnets exist, so those go first. */
    public static void deleteDefaultVpc(Ec2Client ec2) {
        ec2.describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs().forEach(vpc -> {
            ec2.describeSubnets(r -> r.filters(filter("vpc-id", vpc.vpcId())))
                    .subnets().forEach(s -> ec2.deleteSubnet(r -> r.subnetId(s.subnetId())));
            ec2.describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", vpc.vpcId())))
                    .internetGateways().forEach(igw -> {
                        ec2.detachInternetGateway(r -> r.internetGatewayId(igw.internetGatewayId()).vpcId(vpc.vpcId()));
                        ec2.deleteInternetGateway(r -> r.internetGatewayId(igw.internetGatewayId()));
                    });
            ec2.deleteVpc(r -> r.vpcId(vpc.vpcId()));
        });
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }
}
