package dev.chromasetup.app;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.aws.TemplateSource;
import dev.chromasetup.state.StateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunMemoryTest {
    private static final String HEADER_CANARY = "HEADER-canary-0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void theOtelHeadersSentToAwsAreNeverWrittenToTheSavedState() throws IOException {
        Path file = dir.resolve("state.json");
        RunMemory memory = new RunMemory(new StateStore(file), new PrintStream(new ByteArrayOutputStream()),
                Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("InstanceType", "t3.small");
        parameters.put("ChromaOtelServiceName", "svc");
        parameters.put("ChromaOtelCollectionHeaders", "x-api-key=" + HEADER_CANARY);
        memory.remember("us-east-1", new CreateStackRequest("chroma", TemplateSource.ofBody("{}"), parameters,
                Map.of(), "token-1"), "arn:aws:cloudformation:us-east-1:1:stack/chroma/u");

        String written = Files.readString(file);
        assertThat(written).contains("chroma").contains("svc").contains("t3.small")
                .doesNotContain(HEADER_CANARY).doesNotContain("x-api-key");
    }
}
