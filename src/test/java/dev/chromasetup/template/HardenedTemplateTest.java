package dev.chromasetup.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled hardened template, read the way chroma-setup reads it and as plain JSON. */
class HardenedTemplateTest {
    private static final Path SOURCE_DIR = Path.of("src/main/resources/templates");
    private final ChromaTemplate template = TemplateCatalog.hardened();
    private final JsonNode json = readJson();

    private static JsonNode readJson() {
        try {
            return new ObjectMapper().readTree(TemplateCatalog.hardenedBody());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode parameter(String name) {
        return json.path("Parameters").path(name);
    }

    private JsonNode resource(String name) {
        return json.path("Resources").path(name);
    }

    @Test
    void keepsChromasParameterNamesAndAddsTheHardenedOnes() {
        assertThat(template.parameters()).extracting(TemplateParameter::name).containsExactly(
                "KeyName", "InstanceType", "Architecture", "AmiX86", "AmiArm64", "ChromaVersion",
                "ChromaOtelCollectionEndpoint", "ChromaOtelServiceName", "ChromaOtelCollectionHeaders",
                "AllowedCidr", "SshAccess", "AuthToken", "ElasticIp", "DataVolumeSize");
        assertThat(template.parameter("KeyName").orElseThrow().defaultValue()).isEmpty();
        assertThat(template.parameter("InstanceType").orElseThrow().defaultValue()).isEqualTo("t3.small");
        assertThat(template.parameter("Architecture").orElseThrow().defaultValue()).isEqualTo("x86_64");
        assertThat(template.parameter("SshAccess").orElseThrow().defaultValue()).isEqualTo("false");
        assertThat(template.parameter("ElasticIp").orElseThrow().defaultValue()).isEqualTo("false");
        assertThat(template.parameter("DataVolumeSize").orElseThrow().type()).isEqualTo("Number");
        assertThat(template.parameter("DataVolumeSize").orElseThrow().defaultValue()).isEqualTo("20");
        assertThat(template.parameter("AllowedCidr").orElseThrow().defaultValue()).as("required: no default").isNull();
        assertThat(template.parameter("AuthToken").orElseThrow().defaultValue()).isEmpty();
        assertThat(parameter("Architecture").path("AllowedValues")).extracting(JsonNode::asText)
                .containsExactly("x86_64", "arm64");
        assertThat(parameter("SshAccess").path("AllowedValues")).extracting(JsonNode::asText).containsExactly("false", "true");
        assertThat(parameter("ElasticIp").path("AllowedValues")).extracting(JsonNode::asText).containsExactly("false", "true");
    }

    @Test
    void secretsAreNoEchoAndNothingElseIs() {
        assertThat(template.parameters()).filteredOn(TemplateParameter::noEcho).extracting(TemplateParameter::name)
                .containsExactlyInAnyOrder("AuthToken", "ChromaOtelCollectionHeaders");
    }

    @Test
    void theImageComesFromTheAmazonLinux2023SsmParametersSoEveryRegionWorks() {
        assertThat(template.mappedRegions()).as("no Region2AMI mapping").isEmpty();
        assertThat(json.has("Mappings")).isFalse();
        for (String region : List.of("eu-south-1", "af-south-1", "me-central-1", "ap-southeast-5", "us-east-1")) {
            assertThat(template.supportsRegion(region)).as(region).isTrue();
        }
        assertThat(template.parameter("AmiX86").orElseThrow().type())
                .isEqualTo("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>");
        assertThat(template.parameter("AmiX86").orElseThrow().defaultValue())
                .isEqualTo("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64");
        assertThat(template.parameter("AmiArm64").orElseThrow().defaultValue())
                .isEqualTo("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64");
        assertThat(resource("ChromaInstance").path("Properties").path("ImageId").toString())
                .isEqualTo("{\"Fn::If\":[\"IsArm64\",{\"Ref\":\"AmiArm64\"},{\"Ref\":\"AmiX86\"}]}");
    }

    @Test
    void theDataVolumeIsEncryptedGp3AndSnapshottedOnDeleteAndReplace() {
        JsonNode volume = resource("ChromaDataVolume");
        assertThat(volume.path("Type").asText()).isEqualTo("AWS::EC2::Volume");
        assertThat(volume.path("DeletionPolicy").asText()).isEqualTo("Snapshot");
        assertThat(volume.path("UpdateReplacePolicy").asText()).isEqualTo("Snapshot");
        assertThat(volume.path("Properties").path("VolumeType").asText()).isEqualTo("gp3");
        assertThat(volume.path("Properties").path("Encrypted").asBoolean()).isTrue();
        assertThat(volume.path("Properties").path("Size").toString()).isEqualTo("{\"Ref\":\"DataVolumeSize\"}");
        assertThat(volume.path("Properties").path("AvailabilityZone").toString())
                .isEqualTo("{\"Fn::GetAtt\":[\"ChromaInstance\",\"AvailabilityZone\"]}");
        JsonNode attachment = resource("ChromaDataVolumeAttachment");
        assertThat(attachment.path("Type").asText()).isEqualTo("AWS::EC2::VolumeAttachment");
        assertThat(attachment.path("Properties").path("Device").asText()).isEqualTo("/dev/sdf");
    }

    @Test
    void createCompleteWaitsForTheSignalSentAfterTheHeartbeat() {
        // On the wait condition, not the instance: the volume attachment needs the instance complete first.
        JsonNode ready = resource("ChromaReady");
        assertThat(ready.path("Type").asText()).isEqualTo("AWS::CloudFormation::WaitCondition");
        assertThat(ready.path("DependsOn").asText()).isEqualTo("ChromaDataVolumeAttachment");
        assertThat(ready.path("CreationPolicy").path("ResourceSignal").path("Timeout").asText()).isEqualTo("PT15M");
        assertThat(ready.path("CreationPolicy").path("ResourceSignal").path("Count").asInt()).isEqualTo(1);
        String script = TemplateCatalog.hardenedUserData();
        assertThat(script).contains("--resource ChromaReady").contains("/opt/aws/bin/cfn-signal")
                .contains("aws-cfn-bootstrap");
        assertThat(script.indexOf("signal 0")).isGreaterThan(script.indexOf("/api/v2/heartbeat"));
    }

    @Test
    void ingressIsOnlyFromTheAllowedCidrAndSshOnlyWhenAskedFor() {
        JsonNode rules = resource("ChromaInstanceSecurityGroup").path("Properties").path("SecurityGroupIngress");
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).path("FromPort").asInt()).isEqualTo(8000);
        assertThat(rules.get(0).path("CidrIp").toString()).isEqualTo("{\"Ref\":\"AllowedCidr\"}");
        JsonNode ssh = resource("ChromaSshIngress");
        assertThat(ssh.path("Condition").asText()).isEqualTo("SshOn");
        assertThat(ssh.path("Properties").path("FromPort").asInt()).isEqualTo(22);
        assertThat(ssh.path("Properties").path("CidrIp").toString()).isEqualTo("{\"Ref\":\"AllowedCidr\"}");
        assertThat(TemplateCatalog.hardenedBody()).doesNotContain("0.0.0.0/0");
        assertThat(resource("ChromaInstanceRole").path("Properties").path("ManagedPolicyArns").toString())
                .contains("AmazonSSMManagedInstanceCore");
        assertThat(resource("ChromaElasticIp").path("Condition").asText()).isEqualTo("UseElasticIp");
    }

    @Test
    void outputsAreWhatTheDoneScreenReads() {
        assertThat(template.outputs()).containsExactly("ServerIp", "Endpoint", "DataVolumeId", "InstanceId", "ConnectCommand");
        String connect = json.path("Outputs").path("ConnectCommand").toString();
        assertThat(connect).contains("aws ssm start-session --target ${ChromaInstance} --region ${AWS::Region}")
                .contains("ssh -i ${KeyName}.pem ec2-user@${Ip}");
    }

    @Test
    void fitsCloudFormationsTemplateBodyLimit() {
        assertThat(TemplateLoader.fitsTemplateBody(template)).isTrue();
        assertThat(template.url()).isEmpty();
    }

    @Test
    void theEmbeddedUserDataIsTheScriptFileVerbatim() throws IOException {
        String embedded = resource("ChromaInstance").path("Properties").path("UserData").path("Fn::Base64")
                .path("Fn::Sub").asText();
        assertThat(embedded)
                .as("hardened.cf.json's UserData must equal hardened-userdata.sh: edit the .sh and copy it into the "
                        + "template, e.g. python3 -c \"import json;p='src/main/resources/templates/';t=json.load(open(p+'hardened.cf.json'));"
                        + "t['Resources']['ChromaInstance']['Properties']['UserData']['Fn::Base64']['Fn::Sub']=open(p+'hardened-userdata.sh').read();"
                        + "open(p+'hardened.cf.json','w').write(json.dumps(t,indent=2)+chr(10))\"")
                .isEqualTo(Files.readString(SOURCE_DIR.resolve("hardened-userdata.sh")));
        assertThat(TemplateCatalog.hardenedUserData()).isEqualTo(embedded);
    }

    @Test
    void theScriptOnlyHasPlaceholdersInsideItsQuotedHereDocument() {
        String script = TemplateCatalog.hardenedUserData();
        assertThat(script).startsWith("#!/bin/bash\n").contains("\nset -euo pipefail\n")
                .doesNotContainPattern("(?m)^\\s*set\\s+-[a-z]*x"); // tracing would log the token
        int start = script.indexOf("<<'CHROMA_SETUP_PARAMETERS'\n");
        int end = script.indexOf("\nCHROMA_SETUP_PARAMETERS\n");
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        List<String> placeholders = new ArrayList<>();
        Matcher m = Pattern.compile("\\$\\{([^}]*)}").matcher(script);
        while (m.find()) {
            assertThat(m.start()).as("placeholder ${%s} outside the here-document", m.group(1)).isBetween(start, end);
            placeholders.add(m.group(1));
        }
        assertThat(placeholders).containsExactly("AWS::StackName", "AWS::Region", "ChromaVersion",
                "ChromaOtelCollectionEndpoint", "ChromaOtelServiceName", "ChromaOtelCollectionHeaders", "AuthToken");
    }

    @Test
    void otelVariablesAreWrittenOnlyWhenAnEndpointIsSet() {
        String script = TemplateCatalog.hardenedUserData();
        int guard = script.indexOf("if [ -n \"$otel_endpoint\" ]; then");
        assertThat(guard).isPositive();
        for (String variable : List.of("CHROMA_OPEN_TELEMETRY__ENDPOINT=", "CHROMA_OPEN_TELEMETRY__SERVICE_NAME=",
                "OTEL_EXPORTER_OTLP_HEADERS=")) {
            assertThat(script.indexOf(variable)).as(variable).isGreaterThan(guard);
            assertThat(script.indexOf(variable)).as(variable).isEqualTo(script.lastIndexOf(variable));
        }
    }

    @Test
    void chromaRunsTheOfficialImageUnderSystemdWithItsDataOnTheVolume() {
        String script = TemplateCatalog.hardenedUserData();
        assertThat(script).contains("Restart=always").contains("RequiresMountsFor=/data")
                .contains("-v /data:/data").contains("chromadb/chroma:$chroma_version")
                .contains("WantedBy=multi-user.target").contains("mkfs.xfs").contains("if ! blkid");
        // with a token Chroma listens on localhost only and the proxy checks the header
        assertThat(script).contains("chroma_publish=\"127.0.0.1:8001:8000\"")
                .contains("map $http_x_chroma_token $chroma_token_ok").contains("chmod 0600 /etc/chroma/proxy/token.map");
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7/32", "0.0.0.0/0", "10.0.0.0/8", "255.255.255.255/32", "192.168.1.0/24"})
    void cidrPatternAccepts(String cidr) {
        assertThat(cidr).matches(parameter("AllowedCidr").path("AllowedPattern").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "203.0.113.7", "203.0.113.7/33", "256.0.0.1/32", "1.2.3/24", "2001:db8::/32",
            "203.0.113.7/32\n", " 203.0.113.7/32"})
    void cidrPatternRefuses(String cidr) {
        assertThat(cidr).doesNotMatch(parameter("AllowedCidr").path("AllowedPattern").asText());
    }

    @Test
    void tokenPatternAllowsEmptyOrAPlainTokenOnly() {
        String pattern = parameter("AuthToken").path("AllowedPattern").asText();
        assertThat("").matches(pattern);
        assertThat("Zx9_-abcdefghijklmnop").matches(pattern);
        // characters that could break the nginx map, the here-document or the header
        for (String bad : List.of("short", "abcdefghijklmnop\"", "abcdefghijklmnop;", "~abcdefghijklmnop",
                "abcdefghijklmnop\nx", "abcdefghijklmnop$x", "abcdefghijklmnop x", "a".repeat(129))) {
            assertThat(bad).doesNotMatch(pattern);
        }
    }

    @Test
    void oneLineValuesOnlySoTheHereDocumentKeepsItsOrder() {
        for (String name : List.of("ChromaOtelCollectionEndpoint", "ChromaOtelServiceName", "ChromaOtelCollectionHeaders",
                "ChromaVersion")) {
            String pattern = parameter(name).path("AllowedPattern").asText();
            assertThat(pattern).as(name).isNotEmpty();
            assertThat("x\ny").as(name).doesNotMatch(pattern);
            assertThat("CHROMA_SETUP_PARAMETERS\nx").as(name).doesNotMatch(pattern);
        }
    }
}
