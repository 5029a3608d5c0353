package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.aws.AwsPorts;
import dev.chromasetup.aws.DefaultVpc;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Regions, default VPC, instance types and key pairs through the real SDK against moto. */
@ExtendWith(MotoExtension.class)
class SdkEc2IT {
    private static SdkAwsConnector aws;

    @BeforeAll
    static void connect(SdkAwsConnector connector) {
        aws = connector; // closed by MotoExtension after the class
    }

    @Test
    void enabledRegionsAreListedSorted() {
        List<String> regions = aws.forRegion("us-east-1").regions().enabledRegions();

        assertThat(regions).contains("us-east-1", "eu-west-1", "ap-south-1").isSorted().doesNotHaveDuplicates();
    }

    @Test
    void defaultVpcIsFoundDeletedAndCreatedAgain(MotoServer moto) {
        // A region no other test uses: this test deletes its default VPC.
        AwsPorts ports = aws.forRegion("eu-west-3");
        DefaultVpc existing = ports.network().defaultVpc().orElseThrow();
        assertThat(existing.vpcId()).startsWith("vpc-");
        assertThat(existing.cidr()).isNotBlank();
        assertThat(existing.defaultSubnets()).isPositive();

        try (Ec2Client ec2 = MotoClients.ec2(moto, "eu-west-3")) {
            MotoClients.deleteDefaultVpc(ec2);
        }
        assertThat(ports.network().defaultVpc()).isEmpty();

        DefaultVpc created = ports.network().createDefaultVpc();
        assertThat(created.vpcId()).startsWith("vpc-").isNotEqualTo(existing.vpcId());
        assertThat(created.defaultSubnets()).isPositive();
        assertThat(ports.network().defaultVpc()).contains(created);

        // Already there (another tool was faster): success, the same VPC.
        assertThat(ports.network().createDefaultVpc()).isEqualTo(created);
    }

    @Test
    void instanceTypesComeWithMemoryAndArchitecture() {
        AwsPorts ports = aws.forRegion("us-east-1");

        InstanceTypeInfo micro = ports.instances().describe("t3.micro").orElseThrow();
        assertThat(micro.memoryMib()).isEqualTo(1024);
        assertThat(micro.architectures()).contains("x86_64");
        assertThat(micro.supportsX86()).isTrue();
        assertThat(micro.freeTierEligible()).isTrue();
        assertThat(micro.vcpus()).isEqualTo(2);

        InstanceTypeInfo small = ports.instances().describe("t3.small").orElseThrow();
        assertThat(small.memoryMib()).isEqualTo(2048);
        assertThat(small.burstable()).isTrue();

        InstanceTypeInfo graviton = ports.instances().describe("t4g.small").orElseThrow();
        assertThat(graviton.architectures()).containsExactly("arm64");
        assertThat(graviton.supportsX86()).isFalse();

        assertThat(ports.instances().describe("nonsense.type")).isEmpty();
    }

    @Test
    void keyPairsAreListedByName(MotoServer moto) {
        AwsPorts ports = aws.forRegion("ca-central-1");
        try (Ec2Client ec2 = MotoClients.ec2(moto, "ca-central-1")) {
            ec2.createKeyPair(r -> r.keyName("chroma-it-key"));
        }

        assertThat(ports.keyPairs().names()).contains("chroma-it-key").isSorted();
    }
}
