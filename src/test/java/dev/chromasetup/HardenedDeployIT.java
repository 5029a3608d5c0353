package dev.chromasetup;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
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

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * chroma-setup's hardened template deployed through the real command line against moto: any region,
 * Graviton, the allowed address proposed from a (loopback) address service, and the token in the
 * readiness probe, the JSON and the client code; never in saved state or logs.
 */
@ExtendWith(MotoExtension.class)
@Timeout(180)
class HardenedDeployIT {
    private MotoServer moto;
    @TempDir
    Path home;
    private final Map<String, String> env = MotoAws.cliEnv();
    private HttpServer checkip;

    @BeforeEach
    void fresh(MotoServer moto) throws Exception {
        this.moto = moto;
        moto.reset();
        checkip = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        checkip.createContext("/", x -> {
            byte[] body = "198.51.100.9\n".getBytes(StandardCharsets.US_ASCII);
            x.sendResponseHeaders(200, body.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(body);
            }
        });
        checkip.start();
        env.put("CHROMA_SETUP_PUBLIC_ADDRESS_URL", "http://127.0.0.1:" + checkip.getAddress().getPort() + "/");
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        checkip.stop(0);
    }

    @Test
    void aGravitonServerInARegionChromasTemplateCannotReachWithATokenEndToEnd() throws Exception {
        try (HeartbeatStub stub = HeartbeatStub.answering(200)) {
            CliRun.Result r = CliRun.run(env, home, "", "deploy", "--yes", "--template", "hardened", "--region",
                    "eu-south-1", "--instance-type", "t4g.small", "--endpoint-url", moto.endpoint().toString(),
                    "--readiness-url", stub.baseUrl().toString(), "--output", "json", "--debug");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            JsonNode json = r.json();
            assertThat(json.get("status").asText()).isEqualTo("CREATE_COMPLETE");
            String token = json.get("authToken").asText();
            assertThat(token).matches("[A-Za-z0-9_-]{32}");
            assertThat(stub.tokens()).isNotEmpty().allMatch(token::equals);
            assertThat(json.get("connectCommand").asText()).contains("aws ssm start-session");
            assertThat(r.err()).contains("port 8000 open to 198.51.100.9/32 only");

            // the token never reaches the saved state or the debug log
            String state = Files.readString(home.resolve(".config/chroma-setup/state.json"));
            assertThat(state).contains("eu-south-1").doesNotContain(token);
            try (var logs = Files.walk(home.resolve(".local/state/chroma-setup"))) {
                for (Path log : logs.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(log)).doesNotContain(token);
                }
            }
        }
    }

    @Test
    void theTextResultShowsTheTokenOnceAndPutsItInBothSnippets() {
        try (HeartbeatStub stub = HeartbeatStub.answering(200)) {
            CliRun.Result r = CliRun.run(env, home, "", "deploy", "--yes", "--template", "hardened", "--region",
                    "us-east-1", "--allowed-cidr", "203.0.113.0/24", "--endpoint-url", moto.endpoint().toString(),
                    "--readiness-url", stub.baseUrl().toString());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            String token = stub.tokens().get(0);
            assertThat(r.out()).contains("Token     " + token).contains("headers={\"X-Chroma-Token\": \"" + token)
                    .contains("headers: { \"X-Chroma-Token\": \"" + token);
            assertThat(r.err()).doesNotContain(token).contains("203.0.113.0/24");
        }
    }
}
