package dev.chromasetup;

import dev.chromasetup.testing.CliRun;
import dev.chromasetup.testing.FaultProxy;
import dev.chromasetup.testing.MotoAws;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two runs deploying the same stack name at once: exactly one creates, the other says how to follow it. */
@ExtendWith(MotoExtension.class)
@Timeout(180)
class ConcurrencyIT {
    static final String TEMPLATE = MotoAws.TEMPLATE;
    static final String STACK = "race-stack";

    MotoServer moto;
    @TempDir
    Path home;
    final Map<String, String> env = MotoAws.cliEnv();

    @BeforeEach
    void setUp(MotoServer moto) {
        this.moto = moto;
        moto.reset();
    }

    private long stacksNamed(String name) {
        try (CloudFormationClient cfn = CloudFormationClient.builder().region(Region.US_EAST_1)
                .endpointOverride(moto.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            return cfn.listStacks().stackSummaries().stream().filter(s -> s.stackName().equals(name)).count();
        }
    }

    @Test
    void twoRunsRacingForOneNameCreateExactlyOneStack() throws Exception {
        try (FaultProxy proxy = FaultProxy.in(moto)) {
            // Both name checks pass before either create lands: CloudFormation itself decides the race.
            // The creates are staggered because moto (unlike CloudFormation) can create two stacks of one
            // name when two requests arrive at the same instant.
            proxy.on("CreateStack").call(1).delay(Duration.ofMillis(1500))
                    .on("CreateStack").call(2).delay(Duration.ofMillis(2500));
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<CliRun.Result>> runs = List.of(1, 2).stream().map(i -> pool.submit(() -> {
                    start.await();
                    return CliRun.run(env, home, "", "deploy", "--plain", "--yes", "--no-wait", "--region",
                            "us-east-1", "--template-file", TEMPLATE, "--stack-name", STACK, "--endpoint-url",
                            proxy.endpoint().toString());
                })).toList();
                CliRun.Result a = runs.get(0).get();
                CliRun.Result b = runs.get(1).get();

                assertThat(List.of(a.exitCode(), b.exitCode())).as(a + "\n" + b).containsExactlyInAnyOrder(0, 3);
                CliRun.Result loser = a.exitCode() == 3 ? a : b;
                assertThat(loser.err()).contains("Stack name taken")
                        .contains("chroma-setup watch --stack-name " + STACK + " --region us-east-1 --endpoint-url "
                                + proxy.endpoint());
                assertThat(proxy.count("CreateStack")).isEqualTo(2);
                assertThat(stacksNamed(STACK)).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aRunStartingAfterTheOtherCreatedIsBlockedWithTheWatchCommand() {
        String[] args = {"deploy", "--plain", "--yes", "--no-wait", "--region", "us-east-1", "--template-file",
                TEMPLATE, "--stack-name", STACK, "--endpoint-url", moto.endpoint().toString()};
        assertThat(CliRun.run(env, home, "", args).exitCode()).isZero();
        CliRun.Result second = CliRun.run(env, home, "", args);
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(3);
        assertThat(second.err()).contains("chroma-setup watch --stack-name " + STACK + " --region us-east-1 --endpoint-url "
                + moto.endpoint());
        assertThat(stacksNamed(STACK)).isEqualTo(1);
    }
}
