package dev.chromasetup.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSnippetsTest {
    private final ClientSnippets snippets = new ClientSnippets();

    @TempDir
    Path dir;

    @Test
    void pythonSnippetHoldsTheRealAddress() {
        Snippet s = snippets.python("54.210.12.34", 8000);
        assertThat(s.install()).isEqualTo("pip install chromadb-client");
        assertThat(s.fileName()).isEqualTo("chroma_client.py");
        assertThat(s.code()).contains("import chromadb")
                .contains("client = chromadb.HttpClient(host=\"54.210.12.34\", port=8000)")
                .contains("print(client.heartbeat())")
                .doesNotContain("{{");
    }

    @Test
    void pythonSnippetCompiles() throws Exception {
        assertCompiles(snippets.python("54.210.12.34", 8000));
        assertCompiles(snippets.python("chroma.example.com", 8000, Map.of("x-chroma-token", "abc.def-123")));
    }

    private void assertCompiles(Snippet s) throws IOException, InterruptedException {
        Path file = dir.resolve(s.fileName());
        Files.writeString(file, s.code(), StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", "-m", "py_compile", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not installed");
            return;
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
    }

    @Test
    void typescriptSnippetUsesTheCurrentConstructor() {
        Snippet s = snippets.typescript("54.210.12.34", 8000);
        assertThat(s.install()).isEqualTo("npm install chromadb");
        assertThat(s.fileName()).isEqualTo("chroma_client.ts");
        assertThat(s.code()).contains("import { ChromaClient } from \"chromadb\";")
                .contains("const client = new ChromaClient({ host: \"54.210.12.34\", port: 8000, ssl: false });")
                .contains("console.log(await client.heartbeat());");
    }

    @Test
    void headersAreAddedForLater() {
        assertThat(snippets.typescript("10.0.0.1", 8000, Map.of("x-token", "t")).code())
                .contains("ssl: false, headers: { \"x-token\": \"t\" } });");
        assertThat(snippets.python("10.0.0.1", 8000, Map.of("x-token", "t")).code())
                .contains("port=8000, headers={\"x-token\": \"t\"})");
    }

    @Test
    void nothingCanBeInjected() {
        for (String host : new String[] {"1.2.3.4\"); import os; (\"", "host name", "", "256.1.1.1.x-", "a\nb", "::1"}) {
            assertThatThrownBy(() -> snippets.python(host, 8000)).as(host).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> snippets.typescript(host, 8000)).as(host).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> snippets.python("1.2.3.4", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> snippets.python("1.2.3.4", 8000, Map.of("k", "se\"cret")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("se\"cret");
        assertThat(dev.chromasetup.text.HostNames.isValid("ec2-54-210-12-34.compute-1.amazonaws.com")).isTrue();
        assertThat(dev.chromasetup.text.HostNames.isValid("999.1.1.1")).isFalse();
        assertThat(dev.chromasetup.text.HostNames.isValid("1.2.3")).isFalse();
    }

    @Test
    void givesBothLanguages() {
        assertThat(snippets.all("1.2.3.4", 8000)).extracting(Snippet::language).containsExactly("Python", "TypeScript");
    }
}
