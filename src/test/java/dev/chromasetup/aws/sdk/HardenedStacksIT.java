package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.aws.Stacks;
import dev.chromasetup.aws.TemplateSource;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.template.TemplateCatalog;
import dev.chromasetup.testing.MotoAws;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.GetTemplateSummaryResponse;
import software.amazon.awssdk.services.cloudformation.model.ParameterDeclaration;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * The hardened template deployed and deleted through the {@code Stacks} port against moto, with the
 * parameters the wizard does not pass yet (Architecture, AllowedCidr, AuthToken, ElasticIp, SshAccess).
 * What moto does with it (moto 5.2.1): it resolves the public Amazon Linux 2023 SSM parameters (to AMIs
 * with the right architecture), creates the IAM role and instance profile, the security group and
 * SSH ingress, the instance, the volume and its attachment, and the EIP; it skips the WaitCondition
 * ("not supported") so the stack completes without a signal; it does not check CreateStack
 * capabilities, AllowedValues or AllowedPattern, nor the AMI's architecture against the instance type;
 * it ignores VolumeType/Encrypted on AWS::EC2::Volume (gp2, unencrypted) and on delete keeps the data
 * volume without making a snapshot (DeletionPolicy is not applied) and does not release the EIP.
 */
@ExtendWith(MotoExtension.class)
@Timeout(120)
class HardenedStacksIT {
    private static final String TOKEN = "Tok_" + "9f8e7d6c5b4a3210-zyxw";
    private static SdkAwsConnector aws;
    private static MotoServer moto;

    @BeforeAll
    static void connect(MotoServer server) {
        moto = server;
        aws = MotoAws.connector(server);
    }

    @AfterAll
    static void close() {
        aws.close();
    }

    private static CreateStackRequest request(String name, Map<String, String> parameters) {
        return new CreateStackRequest(name, TemplateSource.ofBody(TemplateCatalog.hardenedBody()), parameters,
                Map.of("chroma-setup:created-by", "chroma-setup-it"), "token-" + UUID.randomUUID());
    }

    private static CloudFormationClient cfn(String region) {
        return CloudFormationClient.builder().region(Region.of(region)).endpointOverride(moto.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            // eu-south-1: not in Chroma's Region2AMI, so Chroma's template cannot deploy there
            "eu-south-1, arm64,  t4g.small, true",
            "us-east-1,  x86_64, t3.small,  false"})
    void deploysDescribesAndDeletesInAnyRegionWithEitherArchitecture(String region, String arch, String type,
                                                                      boolean elasticIp) {
        Stacks stacks = aws.forRegion(region).stacks();
        Map<String, String> parameters = new HashMap<>(Map.of("InstanceType", type, "Architecture", arch,
                "AllowedCidr", "203.0.113.7/32", "AuthToken", TOKEN, "ElasticIp", String.valueOf(elasticIp),
                "DataVolumeSize", "30"));
        String name = "hardened-" + arch.replace("_", "-");
        String id = stacks.create(request(name, parameters));

        StackInfo stack = stacks.describe(id).orElseThrow();
        assertThat(stack.status()).isEqualTo("CREATE_COMPLETE");
        assertThat(stack.outputs()).containsOnlyKeys("ServerIp", "Endpoint", "DataVolumeId", "InstanceId", "ConnectCommand");
        String ip = stack.outputs().get("ServerIp");
        assertThat(ip).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(stack.outputs().get("Endpoint")).isEqualTo("http://" + ip + ":8000");
        String instanceId = stack.outputs().get("InstanceId");
        assertThat(stack.outputs().get("ConnectCommand"))
                .isEqualTo("aws ssm start-session --target " + instanceId + " --region " + region);
        String volumeId = stack.outputs().get("DataVolumeId");
        assertThat(volumeId).startsWith("vol-");

        try (Ec2Client ec2 = MotoClients.ec2(moto, region)) {
            Instance instance = ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().get(0).instances().get(0);
            assertThat(instance.instanceTypeAsString()).isEqualTo(type);
            assertThat(instance.iamInstanceProfile().arn()).contains("ChromaInstanceProfile");
            Image image = ec2.describeImages(r -> r.imageIds(instance.imageId())).images().get(0);
            assertThat(image.architectureAsString()).as("the AMI from the AL2023 SSM parameter").isEqualTo(arch);
            assertThat(image.name()).startsWith("al2023-ami-");

            Volume data = ec2.describeVolumes(r -> r.volumeIds(volumeId)).volumes().get(0);
            assertThat(data.size()).isEqualTo(30);
            assertThat(data.availabilityZone()).isEqualTo(instance.placement().availabilityZone());
            assertThat(data.attachments()).singleElement().satisfies(a -> {
                assertThat(a.instanceId()).isEqualTo(instanceId);
                assertThat(a.device()).isEqualTo("/dev/sdf");
            });

            List<IpPermission> ingress = ec2.describeSecurityGroups(r -> r.groupIds(
                    instance.securityGroups().get(0).groupId())).securityGroups().get(0).ipPermissions();
            assertThat(ingress).singleElement().satisfies(p -> {
                assertThat(p.fromPort()).isEqualTo(8000);
                assertThat(p.ipRanges()).extracting(r -> r.cidrIp()).containsExactly("203.0.113.7/32");
            });

            List<Address> addresses = ec2.describeAddresses(r -> r.filters(filter("instance-id", instanceId))).addresses();
            if (elasticIp) {
                assertThat(addresses).singleElement().extracting(Address::publicIp).isEqualTo(ip);
            } else {
                assertThat(addresses).isEmpty();
                assertThat(instance.publicIpAddress()).isEqualTo(ip);
            }

            stacks.delete(id);
            assertThat(stacks.describe(id)).get().extracting(StackInfo::status).isEqualTo("DELETE_COMPLETE");
            Instance after = ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().get(0).instances().get(0);
            assertThat(after.state().name()).isEqualTo(InstanceStateName.TERMINATED);
            // not asserted: the EIP's release and the volume's snapshot (moto does neither on DeleteStack)
        }
    }

    @Test
    void sshOnOpensPort22ToTheCidrOnlyAndTheConnectCommandIsSsh() {
        Stacks stacks = aws.forRegion("eu-west-3").stacks();
        String id = stacks.create(request("hardened-ssh", Map.of("AllowedCidr", "198.51.100.0/24", "SshAccess", "true",
                "KeyName", "my-key")));
        StackInfo stack = stacks.describe(id).orElseThrow();
        assertThat(stack.outputs().get("ConnectCommand")).isEqualTo("ssh -i my-key.pem ec2-user@" + stack.outputs().get("ServerIp"));
        try (Ec2Client ec2 = MotoClients.ec2(moto, "eu-west-3")) {
            Instance instance = ec2.describeInstances(r -> r.instanceIds(stack.outputs().get("InstanceId")))
                    .reservations().get(0).instances().get(0);
            List<IpPermission> ingress = ec2.describeSecurityGroups(r -> r.groupIds(
                    instance.securityGroups().get(0).groupId())).securityGroups().get(0).ipPermissions();
            assertThat(ingress).extracting(IpPermission::fromPort).containsExactlyInAnyOrder(8000, 22);
            assertThat(ingress).allSatisfy(p -> assertThat(p.ipRanges()).extracting(r -> r.cidrIp())
                    .containsExactly("198.51.100.0/24"));
        }
        stacks.delete(id);
    }

    @Test
    void theTemplateSummaryShowsTheParametersAndResourceTypes() {
        // GetTemplateSummary does not return DeletionPolicy (on AWS either): HardenedTemplateTest asserts it on the template.
        try (CloudFormationClient cfn = cfn("eu-south-1")) {
            GetTemplateSummaryResponse summary = cfn.getTemplateSummary(r -> r.templateBody(TemplateCatalog.hardenedBody()));
            assertThat(summary.parameters()).extracting(ParameterDeclaration::parameterKey)
                    .contains("Architecture", "AllowedCidr", "SshAccess", "AuthToken", "ElasticIp", "DataVolumeSize");
            assertThat(summary.parameters()).filteredOn(p -> p.parameterKey().equals("AuthToken"))
                    .singleElement().extracting(ParameterDeclaration::noEcho).isEqualTo(true);
            assertThat(summary.resourceTypes()).contains("AWS::EC2::Volume", "AWS::EC2::VolumeAttachment", "AWS::EC2::EIP",
                    "AWS::IAM::Role", "AWS::CloudFormation::WaitCondition");
        }
    }

    @Test
    void theTokenNeverAppearsInTheRequestNorInAnError() {
        Stacks stacks = aws.forRegion("eu-central-1").stacks();
        CreateStackRequest request = request("hardened-twice", Map.of("AllowedCidr", "203.0.113.7/32", "AuthToken", TOKEN));
        assertThat(request.toString()).doesNotContain(TOKEN).contains("AuthToken");
        stacks.create(request);

        SetupException e = catchThrowableOfType(SetupException.class, () -> stacks.create(
                request("hardened-twice", Map.of("AllowedCidr", "203.0.113.7/32", "AuthToken", TOKEN))));

        assertThat(e).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(e.describe()).doesNotContain(TOKEN);
        assertThat(e.getMessage()).doesNotContain(TOKEN);
        assertThat(String.valueOf(e)).doesNotContain(TOKEN);
    }
}
