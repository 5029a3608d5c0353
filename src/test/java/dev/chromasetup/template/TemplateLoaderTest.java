package dev.chromasetup.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {
    static final String CHROMA = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Description": "Create a stack that runs Chroma hosted on a single instance",
              "Parameters": {
                "KeyName": {"Description": "Name of an existing EC2 KeyPair", "Type": "String", "Default": ""},
                "InstanceType": {"Description": "EC2 instance type", "Type": "String", "Default": "t3.small"},
                "ChromaVersion": {"Type": "String", "Default": "1.5.9"},
                "ChromaOtelCollectionHeaders": {"Type": "String", "Default": "{}", "NoEcho": "true"}
              },
              "Mappings": {"Region2AMI": {"us-east-1": {"AMI": "ami-1"}, "eu-west-3": {"AMI": "ami-2"}}},
              "Resources": {
                "ChromaInstance": {"Type": "AWS::EC2::Instance", "Properties": {}},
                "ChromaInstanceSecurityGroup": {"Type": "AWS::EC2::SecurityGroup"}
              },
              "Outputs": {"ServerIp": {"Value": {"Fn::GetAtt": ["ChromaInstance", "PublicIp"]}}}
            }
            """;

    @TempDir
    Path dir;
    private HttpServer server;
    private final TemplateLoader loader = TemplateLoader.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("t.json"), content);
    }

    private URI serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/chroma.cf.json");
    }

    @Test
    void readsChromasTemplateFromAFile() throws IOException {
        ChromaTemplate t = loader.fromFile(file(CHROMA));
        assertThat(t.description()).startsWith("Create a stack that runs Chroma");
        assertThat(t.parameter("InstanceType")).get().extracting(TemplateParameter::defaultValue).isEqualTo("t3.small");
        assertThat(t.parameter("KeyName").orElseThrow().defaultValue()).isEmpty();
        assertThat(t.parameter("ChromaOtelCollectionHeaders").orElseThrow().noEcho()).isTrue();
        assertThat(t.parameter("ChromaVersion").orElseThrow().noEcho()).isFalse();
        assertThat(t.mappedRegions().orElseThrow()).containsExactlyInAnyOrder("us-east-1", "eu-west-3");
        assertThat(t.supportsRegion("af-south-1")).isFalse();
        assertThat(t.resources()).containsExactly(new TemplateResource("ChromaInstance", "AWS::EC2::Instance"),
                new TemplateResource("ChromaInstanceSecurityGroup", "AWS::EC2::SecurityGroup"));
        assertThat(t.outputs()).containsExactly("ServerIp");
        assertThat(t.url()).isEmpty();
        assertThat(t.body()).isEqualTo(CHROMA);
        assertThat(TemplateLoader.fitsTemplateBody(t)).isTrue();
    }

    @Test
    void noMappingMeansNoRegionRestriction() throws IOException {
        ChromaTemplate t = loader.fromFile(file("{\"Resources\": {\"A\": {\"Type\": \"AWS::SQS::Queue\"}}}"));
        assertThat(t.mappedRegions()).isEmpty();
        assertThat(t.parameters()).isEmpty();
    }

    @Test
    void missingFileNamesThePath() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> loader.load(missing.toString()))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.what()).contains(missing.toString()).contains("not found");
                });
    }

    @Test
    void slowServerTimesOutNamingTheUrl() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slow.json");
        TemplateLoader impatient = TemplateLoader.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300));
        assertThatThrownBy(() -> impatient.fromUrl(url))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.what()).contains(url.toString());
                    assertThat(e.why()).contains("no answer");
                });
    }

    @Test
    void badJsonSaysWhere() throws IOException {
        Path p = file("{\n  \"Resources\": {\n    \"A\": oops\n  }\n}");
        assertThatThrownBy(() -> loader.fromFile(p))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.what()).contains(p.toString());
                    assertThat(e.why()).contains("not valid JSON at line 3, column");
                });
    }

    @Test
    void yamlIsRecognised() throws IOException {
        Path p = file("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: AWS::SQS::Queue\n");
        assertThatThrownBy(() -> loader.fromFile(p))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("YAML").contains("only JSON templates are supported"));
    }

    @Test
    void structuralProblemsAreNamed() throws IOException {
        assertThatThrownBy(() -> loader.fromFile(file("{\"Parameters\": {}}")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("no Resources"));
        assertThatThrownBy(() -> loader.fromFile(file("{\"Parameters\": [], \"Resources\": {\"A\": {\"Type\": \"X\"}}}")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("Parameters is not a JSON object"));
        assertThatThrownBy(() -> loader.fromFile(file("{\"Resources\": {\"A\": {}}}")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("resource A has no Type"));
        assertThatThrownBy(() -> loader.fromFile(file("[1, 2]")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("not a JSON object"));
        assertThatThrownBy(() -> loader.fromFile(file("  ")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("empty"));
        assertThatThrownBy(() -> loader.fromFile(file("{\"Resources\": {\"A\": {\"Type\": \"X\"}}} trailing")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.why()).contains("not valid JSON"));
    }

    @Test
    void bodyLimitIsNotedOnlyWhenExceeded() throws IOException {
        String big = "{\"Description\": \"" + "x".repeat(52_000) + "\", \"Resources\": {\"A\": {\"Type\": \"X\"}}}";
        ChromaTemplate t = loader.fromFile(file(big));
        assertThat(TemplateLoader.fitsTemplateBody(t)).isFalse();
        assertThat(TemplateLoader.templateBodyNote(t)).get().asString().contains("51,200 bytes");
        assertThatThrownBy(() -> TemplateLoader.requireFitsTemplateBody(t))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.fix()).contains("S3"));
    }

    @Test
    void downloadsFromAUrl() throws IOException {
        URI url = serve(200, CHROMA);
        ChromaTemplate t = loader.load(url.toString());
        assertThat(t.url()).contains(url.toString());
        assertThat(t.resources()).hasSize(2);
    }

    @Test
    void http404NamesTheUrl() throws IOException {
        URI url = serve(404, "<Error>NoSuchKey</Error>");
        assertThatThrownBy(() -> loader.fromUrl(url))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.what()).contains(url.toString());
                    assertThat(e.why()).contains("HTTP 404");
                    assertThat(e.fix()).contains("check the URL");
                });
    }

    @Test
    void refusedConnectionNamesTheUrl() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/chroma.cf.json");
        assertThatThrownBy(() -> loader.fromUrl(url))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.what()).contains(url.toString());
                    assertThat(e.why()).contains("connection failed");
                    assertThat(e.fix()).contains("internet connection");
                });
    }
}
