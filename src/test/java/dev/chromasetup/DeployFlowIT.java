package dev.chromasetup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chromasetup.aws.sdk.MotoClients;
import dev.chromasetup.testing.CliRun;
import dev.chromasetup.testing.HeartbeatStub;
import dev.chromasetup.testing.MotoAws;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole flow through the real command line and the real SDK against moto on loopback: what a user
 * (or a CI script) runs, and what they check: exit codes, the JSON result, the messages.
 */
@ExtendWith(MotoExtension.class)
@Timeout(120)
class DeployFlowIT {
    private static final String TEMPLATE = MotoAws.TEMPLATE;

    private MotoServer moto;
    @TempDir
    Path home;
    private final Map<String, String> env = MotoAws.cliEnv();

    @BeforeEach
    void freshAccount(MotoServer moto) {
        this.moto = moto;
        moto.reset();
    }

    private CliRun.Result run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint-url", moto.endpoint().toString()));
        return CliRun.run(env, home, stdin, all.toArray(String[]::new));
    }

    private CliRun.Result deployYes(String region, String... more) {
        List<String> args = new ArrayList<>(List.of("deploy", "--plain", "--yes", "--region", region,
                "--template-file", TEMPLATE, "--output", "json"));
        args.addAll(List.of(more));
        return run("", args.toArray(String[]::new));
    }

    @Test
    void deployThenStatusThenDestroyAsJson() {
        CliRun.Result deploy = deployYes("us-east-1", "--no-wait");
        assertThat(deploy.exitCode()).as(deploy.toString()).isZero();
        JsonNode d = deploy.json();
        assertThat(d.get("status").asText()).isEqualTo("CREATE_COMPLETE");
        assertThat(d.get("endpoint").asText()).matches("http://\\d+\\.\\d+\\.\\d+\\.\\d+:8000");
        assertThat(deploy.err()).contains("Firewall (security group)").contains("0.0.0.0/0");

        CliRun.Result status = run("", "status", "--yes", "--region", "us-east-1", "--output", "json");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.json().get("endpoint").asText()).isEqualTo(d.get("endpoint").asText());
        assertThat(status.json().get("stackId").asText()).isEqualTo(d.get("stackId").asText());

        CliRun.Result destroy = run("", "destroy", "--yes", "--region", "us-east-1", "--output", "json");
        assertThat(destroy.exitCode()).as(destroy.toString()).isZero();
        assertThat(destroy.json().get("status").asText()).isEqualTo("DELETE_COMPLETE");

        CliRun.Result gone = run("", "status", "--yes", "--region", "us-east-1");
        assertThat(gone.exitCode()).isEqualTo(3);
        assertThat(gone.err()).contains("No stack named my-chroma-stack");
    }

    @Test
    void aTakenStackNameIsBlockedAndPointsToTheOtherCommands() {
        assertThat(deployYes("us-east-1", "--no-wait").exitCode()).isZero();
        CliRun.Result again = deployYes("us-east-1", "--no-wait");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("already exists").contains("chroma-setup status / watch / destroy");
        assertThat(again.json().get("error").get("what").asText()).contains("already exists");
    }

    @Test
    void aRegionTheTemplateCannotDeployToIsBlocked() {
        CliRun.Result r = deployYes("eu-south-1", "--no-wait");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("eu-south-1").contains("us-east-1");
    }

    @Test
    void noDefaultVpcIsBlockedUntilTheFixIsAllowed() {
        try (Ec2Client ec2 = MotoClients.ec2(moto, "eu-west-3")) {
            MotoClients.deleteDefaultVpc(ec2);
        }
        CliRun.Result blocked = deployYes("eu-west-3", "--no-wait");
        assertThat(blocked.exitCode()).as(blocked.toString()).isEqualTo(3);
        assertThat(blocked.err()).contains("No default VPC").contains("--create-default-vpc");

        CliRun.Result fixed = deployYes("eu-west-3", "--no-wait", "--create-default-vpc");
        assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
        assertThat(fixed.err()).contains("Created the default VPC");
    }

    @Test
    void tooSmallAndArmInstanceTypesAreRefusedWithTheReason() {
        CliRun.Result micro = deployYes("us-east-1", "--no-wait", "--instance-type", "t3.micro");
        assertThat(micro.exitCode()).isEqualTo(3);
        assertThat(micro.err()).contains("1 GiB").contains("2 GiB");

        CliRun.Result arm = deployYes("us-east-1", "--no-wait", "--instance-type", "t4g.small");
        assertThat(arm.exitCode()).isEqualTo(3);
        assertThat(arm.err()).contains("arm64");

        CliRun.Result bogus = deployYes("us-east-1", "--no-wait", "--instance-type", "t3.nonsense");
        assertThat(bogus.exitCode()).isEqualTo(3);
    }

    @Test
    void withoutCredentialsTheFixIsShownAndNothingElseIsTried() {
        env.clear();
        env.putAll(MotoAws.noCredentialsEnv());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        CliRun.Result r = deployYes("us-east-1", "--no-wait");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("No AWS credentials found").contains("aws configure");
    }

    @Test
    void readinessWaitsThroughRefusedAndStartingAnswersUntilTheHeartbeat() throws Exception {
        try (HeartbeatStub stub = HeartbeatStub.refusing(503, 503, 200)) {
            List<String> args = new ArrayList<>(List.of("deploy", "--plain", "--yes", "--region", "us-east-1",
                    "--template-file", TEMPLATE, "--output", "json", "--readiness-url", stub.baseUrl().toString(),
                    "--endpoint-url", moto.endpoint().toString()));
            CliRun.Running running = CliRun.start(env, home, "", args.toArray(String[]::new));
            // the instance "boots": probes are refused until then, then Chroma starts (503) and answers
            assertThat(running.awaitErr("connection refused", java.time.Duration.ofSeconds(60))).isTrue();
            stub.listen();
            CliRun.Result r = running.await();
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.json().get("ready").asBoolean()).isTrue();
            assertThat(stub.calls()).isGreaterThanOrEqualTo(3);
            assertThat(r.err()).contains("connection refused").contains("503");
        }
    }

    @Test
    void readinessTimesOutWithExitOneAndWhatToCheck() {
        try (HeartbeatStub stub = HeartbeatStub.answering(503)) {
            CliRun.Result r = deployYes("us-east-1", "--readiness-url", stub.baseUrl().toString(),
                    "--ready-timeout", "1s");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.json().get("error").get("what").asText()).contains("did not answer");
            assertThat(r.err()).contains("chroma-setup destroy");
        }
    }

    @Test
    void thePlainDialogueReasksAWrongAnswerWithoutLosingTheEarlierOnes() {
        String answers = String.join("\n", "us-west-2", "t3.micro", "t3.medium", "1", "y", "", "", "", "",
                "dialogue-stack", "y") + "\n";
        CliRun.Result r = run(answers, "deploy", "--plain", "--template-file", TEMPLATE, "--no-wait");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("Region [").contains("too small for Chroma")
                .contains("Create these resources now? [y/N]");
        assertThat(r.out()).contains("dialogue-stack in us-west-2: CREATE_COMPLETE")
                .contains("chromadb.HttpClient(host=");
    }

    @Test
    void theDialogueEndsClearlyWhenInputRunsOut() {
        CliRun.Result r = run("us-east-1\n", "deploy", "--plain", "--template-file", TEMPLATE);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("standard input ended").contains("--yes");
    }

    @Test
    void aDetachedDeployIsWatchedToTheEndByAnotherRun() {
        CliRun.Result detached = deployYes("us-east-1", "--detach");
        assertThat(detached.exitCode()).as(detached.toString()).isZero();
        assertThat(detached.json().get("stackId").asText()).contains("my-chroma-stack");

        try (HeartbeatStub stub = HeartbeatStub.answering(200)) {
            CliRun.Result watch = run("", "watch", "--yes", "--region", "us-east-1", "--readiness-url",
                    stub.baseUrl().toString(), "--output", "json");
            assertThat(watch.exitCode()).as(watch.toString()).isZero();
            assertThat(watch.json().get("status").asText()).isEqualTo("CREATE_COMPLETE");
            assertThat(watch.json().get("ready").asBoolean()).isTrue();
            assertThat(watch.err()).contains("CREATE_COMPLETE"); // the events seen since the start
        }
    }

    @Test
    void theJsonCarriesTheMonthlyCostAndANewKeyPairLandsOnDiskSafely() throws Exception {
        CliRun.Result r = deployYes("us-east-1", "--no-wait", "--create-key-pair", "ci-key");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode cost = r.json().get("monthlyCostUsd");
        assertThat(cost.get("total").decimalValue()).isEqualByComparingTo("21.23");
        assertThat(cost.get("instance").decimalValue()).isEqualByComparingTo("15.18");
        assertThat(cost.get("publicIpv4").decimalValue()).isEqualByComparingTo("3.65");
        Path key = home.resolve(".ssh/ci-key.pem");
        assertThat(java.nio.file.Files.getPosixFilePermissions(key))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        String material = java.nio.file.Files.readString(key);
        assertThat(material).startsWith("-----BEGIN");
        assertThat(r.out() + r.err()).doesNotContain(material.lines().skip(1).findFirst().orElseThrow());
        assertThat(r.err()).contains("Created the key pair ci-key");
    }

    @Test
    void destroyTakesASnapshotOfTheDataFirstWhenAsked() {
        assertThat(deployYes("us-east-1", "--no-wait").exitCode()).isZero();
        CliRun.Result r = run("", "destroy", "--yes", "--snapshot", "--region", "us-east-1", "--output", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).containsPattern("Snapshot snap-[0-9a-f]+ of vol-[0-9a-f]+ \\(\\d+ GiB\\) is complete")
                .contains("delete-snapshot");
        assertThat(r.json().get("status").asText()).isEqualTo("DELETE_COMPLETE");
    }

    @Test
    void launchingAgainOffersTheStackAlreadyThere() {
        assertThat(deployYes("us-east-1", "--no-wait").exitCode()).isZero();
        CliRun.Result r = run("us-east-1\n1\n", "deploy", "--plain", "--template-file", TEMPLATE, "--output", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("chroma-setup made a stack in us-east-1 before")
                .contains("Show my-chroma-stack: its endpoint and client code");
        assertThat(r.json().get("command").asText()).isEqualTo("status");
        assertThat(r.json().get("status").asText()).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void afterAClosedTerminalWatchAloneFindsTheLastStack() throws Exception {
        assertThat(deployYes("eu-west-1", "--detach", "--stack-name", "remembered").exitCode()).isZero();
        Path state = home.resolve(".config/chroma-setup/state.json");
        assertThat(java.nio.file.Files.getPosixFilePermissions(state))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

        CliRun.Result watch = run("", "watch", "--yes", "--no-wait", "--output", "json");
        assertThat(watch.exitCode()).as(watch.toString()).isZero();
        assertThat(watch.err()).contains("Using the last stack chroma-setup created: remembered in eu-west-1");
        assertThat(watch.json().get("stackName").asText()).isEqualTo("remembered");

        assertThat(run("", "destroy", "--yes").exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(state)).doesNotContain("remembered");
    }

    @Test
    void withSeveralProfilesThePlainDialogueOffersThemAndUsesTheOneChosen() throws Exception {
        Path config = home.resolve("aws-config");
        Path credentials = home.resolve("aws-credentials");
        java.nio.file.Files.writeString(config, "[default]\nregion = us-east-1\n\n[profile work]\nregion = eu-west-1\n");
        java.nio.file.Files.writeString(credentials, "[default]\naws_access_key_id = AKIADEFAULT000000000\n"
                + "aws_secret_access_key = default-secret\n\n[work]\naws_access_key_id = AKIAWORK000000000000\n"
                + "aws_secret_access_key = work-secret\n");
        env.clear();
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_CONFIG_FILE", config.toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        CliRun.Result r = run("2\n", "deploy", "--plain", "--template-file", TEMPLATE);
        assertThat(r.err()).contains("Your AWS config has 2 profiles").contains("key AKIA…0000")
                .contains("Region [eu-west-1]"); // the work profile's region, after its own credential check
        assertThat(r.err()).doesNotContain("default-secret").doesNotContain("work-secret");
        assertThat(r.exitCode()).isEqualTo(2); // the answers ran out at the region question
    }
}
