package dev.chromasetup;

import dev.chromasetup.testing.CliRun;
import dev.chromasetup.testing.FaultProxy;
import dev.chromasetup.testing.MotoAws;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackSummary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults injected between the real CLI (real SDK, STANDARD retries) and moto: throttling, 5xx,
 * connection resets and expired credentials in preflight, create, event tailing and delete.
 * Each test checks the run's outcome, the plain transcript, and what exists in moto afterwards.
 */
@ExtendWith(MotoExtension.class)
@Timeout(180)
class FaultsIT {
    private static final String TEMPLATE = MotoAws.TEMPLATE;
    private static final String REGION = "us-east-1";
    private static final String STACK = "my-chroma-stack";

    private MotoServer moto;
    private FaultProxy proxy;
    @TempDir
    Path home;
    private final Map<String, String> env = MotoAws.cliEnv();

    @BeforeEach
    void freshAccount(MotoServer moto) {
        this.moto = moto;
        moto.reset();
        proxy = FaultProxy.in(moto);
    }

    @AfterEach
    void stopProxy() {
        proxy.close();
    }

    private CliRun.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint-url", proxy.endpoint().toString()));
        return CliRun.run(env, home, "", all.toArray(String[]::new));
    }

    private CliRun.Result deploy(String... more) {
        List<String> args = new ArrayList<>(List.of("deploy", "--plain", "--yes", "--region", REGION,
                "--template-file", TEMPLATE, "--output", "json", "--no-wait"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private List<StackSummary> stacksNamed(String name) {
        try (CloudFormationClient cfn = CloudFormationClient.builder().region(Region.of(REGION))
                .endpointOverride(moto.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            return cfn.listStacks().stackSummaries().stream().filter(s -> s.stackName().equals(name)).toList();
        }
    }

    /** The stack's event lines of the plain transcript, e.g. "Stack my-chroma-stack CREATE_COMPLETE". */
    private static List<String> eventLines(String transcript) {
        Pattern line = Pattern.compile("^  \\d\\d:\\d\\d:\\d\\d  (Stack \\S+)\\s+(\\S+)", Pattern.MULTILINE);
        Matcher m = line.matcher(transcript);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2));
        }
        return out;
    }

    @Test
    void throttlingAndServerErrorsInPreflightAreRetriedWithoutDuplicates() {
        proxy.on("GetCallerIdentity").call(1).throttle()
                .on("DescribeRegions").call(1).serverError(503)
                .on("DescribeVpcs").calls(1, 2).throttle()
                .on("DescribeInstanceTypes").call(1).serverError(500)
                .on("DescribeStacks").call(1).throttle();

        CliRun.Result r = deploy();

        assertThat(r.exitCode()).as(r + "\n" + proxy.log()).isZero();
        assertThat(proxy.count("GetCallerIdentity")).isEqualTo(2);
        assertThat(proxy.count("DescribeRegions")).isEqualTo(2);
        assertThat(proxy.count("DescribeVpcs")).isGreaterThanOrEqualTo(3);
        assertThat(proxy.count("CreateStack")).isEqualTo(1);
        assertThat(stacksNamed(STACK)).hasSize(1);
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void throttlingWhileTailingEventsBacksOffAndShowsEachEventOnceInOrder() {
        // three attempts in a row: the SDK gives up on this tick, the tail backs off and tells the user
        proxy.on("DescribeStackEvents").callsBetween(1, 3).throttle();

        CliRun.Result r = deploy();

        assertThat(r.exitCode()).as(r + "\n" + proxy.log()).isZero();
        assertThat(r.err()).contains("AWS is throttling requests; slowing down");
        assertThat(eventLines(r.err())).containsExactly("Stack " + STACK + " CREATE_IN_PROGRESS",
                "Stack " + STACK + " CREATE_COMPLETE");
    }

    @Test
    void serverErrorsAndResetsWhileTailingEventsLoseNothing() {
        proxy.on("DescribeStackEvents").callsBetween(1, 3).serverError(503)
                .on("DescribeStackEvents").callsBetween(4, 6).resetBeforeForwarding()
                .on("DescribeStacks").callsBetween(3, 5).resetAfterForwarding();

        CliRun.Result r = deploy();

        assertThat(r.exitCode()).as(r + "\n" + proxy.log()).isZero();
        assertThat(r.err()).contains("AWS answered with a server error").contains("Cannot reach AWS");
        assertThat(eventLines(r.err())).containsExactly("Stack " + STACK + " CREATE_IN_PROGRESS",
                "Stack " + STACK + " CREATE_COMPLETE");
        assertThat(r.json().get("status").asText()).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void aConnectionResetRightAfterCreateStackWasSentCreatesExactlyOneStack() {
        proxy.on("CreateStack").call(1).resetAfterForwarding();

        CliRun.Result r = deploy();

        assertThat(r.exitCode()).as(r + "\n" + proxy.log()).isZero();
        assertThat(proxy.count("CreateStack")).as("the SDK retried the create").isEqualTo(2);
        List<StackSummary> stacks = stacksNamed(STACK);
        assertThat(stacks).hasSize(1);
        assertThat(r.json().get("stackId").asText()).isEqualTo(stacks.get(0).stackId());
        assertThat(r.err()).doesNotContain("already exists");
    }

    @Test
    void aCreateLostOnEveryAttemptSaysTheStackMayExistAndHowToCheck() {
        proxy.on("CreateStack").always().resetAfterForwarding()
                .on("DescribeStacks").from(2).resetBeforeForwarding(); // the look-up after the create fails too

        CliRun.Result r = deploy();

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("may have reached AWS").contains("chroma-setup status --stack-name " + STACK);
        assertThat(stacksNamed(STACK)).hasSize(1);
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void throttlingAndServerErrorsDuringDeleteStillEndInDeleteComplete() {
        assertThat(deploy().exitCode()).isZero();
        proxy.reset();
        proxy.on("DeleteStack").call(1).serverError(503)
                .on("DescribeStackEvents").callsBetween(2, 4).throttle();

        CliRun.Result r = run("destroy", "--plain", "--yes", "--region", REGION, "--output", "json");

        assertThat(r.exitCode()).as(r + "\n" + proxy.log()).isZero();
        assertThat(r.json().get("status").asText()).isEqualTo("DELETE_COMPLETE");
        assertThat(proxy.count("DeleteStack")).isEqualTo(2);
        assertThat(r.err()).contains("AWS is throttling requests");
        assertThat(eventLines(r.err())).filteredOn(l -> l.contains("DELETE")).doesNotHaveDuplicates();
    }

    @Test
    void credentialsExpiringMidDeployStopWithTheReattachCommandAndLeaveTheStack() {
        proxy.on("DescribeStackEvents").always().expiredToken();

        CliRun.Result r = deploy();

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("AWS credentials have expired")
                .contains("keeps going in AWS")
                .contains("chroma-setup watch --stack-name " + STACK + " --region " + REGION
                        + " --endpoint-url " + proxy.endpoint());
        assertThat(stacksNamed(STACK)).singleElement()
                .satisfies(s -> assertThat(s.stackStatusAsString()).isEqualTo("CREATE_COMPLETE"));
        assertThat(proxy.count("DeleteStack")).isZero();
    }

    @Test
    void slowAnswersPastTheAttemptTimeoutAreRetriedAndShownNotHung() {
        env.put("CHROMA_SETUP_AWS_API_CALL_ATTEMPT_TIMEOUT", "1s");
        env.put("CHROMA_SETUP_AWS_API_CALL_TIMEOUT", "30s");
        proxy.on("GetCallerIdentity").call(1).delay(java.time.Duration.ofMillis(1800))
                .on("DescribeStackEvents").callsBetween(1, 3).delay(java.time.Duration.ofMillis(1800));

        CliRun.Result r = deploy();

        assertThat(r.exitCode()).as(r + "\n" + proxy.log()).isZero();
        assertThat(proxy.count("GetCallerIdentity")).isEqualTo(2);
        assertThat(r.err()).contains("did not answer DescribeStackEvents in time");
        assertThat(eventLines(r.err())).containsExactly("Stack " + STACK + " CREATE_IN_PROGRESS",
                "Stack " + STACK + " CREATE_COMPLETE");
        assertThat(stacksNamed(STACK)).hasSize(1);
    }
}
