package dev.chromasetup.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.errors.SetupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetFilesTest {
    private final List<Snippet> both = new ClientSnippets().all("54.210.12.34", 8000);

    @TempDir
    Path dir;

    @Test
    void writesOneFilePerSnippetWithTheInstallCommandAsAComment() throws IOException {
        List<Path> saved = SnippetFiles.save(dir, both);

        assertThat(saved).containsExactly(dir.resolve("chroma_client.py"), dir.resolve("chroma_client.ts"));
        assertThat(Files.readString(saved.get(0)))
                .startsWith("# Install: pip install chromadb-client\n\n")
                .contains("chromadb.HttpClient(host=\"54.210.12.34\", port=8000)")
                .endsWith("print(client.heartbeat())\n");
        assertThat(Files.readString(saved.get(1)))
                .startsWith("// Install: npm install chromadb\n\n")
                .contains("new ChromaClient({ host: \"54.210.12.34\", port: 8000, ssl: false })")
                .endsWith("console.log(await client.heartbeat());\n");
    }

    @Test
    void neverOverwritesATakenName() throws IOException {
        Files.writeString(dir.resolve("chroma_client.py"), "mine");

        List<Path> first = SnippetFiles.save(dir, both);
        List<Path> second = SnippetFiles.save(dir, both);

        assertThat(first).containsExactly(dir.resolve("chroma_client-2.py"), dir.resolve("chroma_client.ts"));
        assertThat(second).containsExactly(dir.resolve("chroma_client-3.py"), dir.resolve("chroma_client-2.ts"));
        assertThat(Files.readString(dir.resolve("chroma_client.py"))).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(5);
        }
    }

    @Test
    void aSymbolicLinkInTheWayIsNeitherFollowedNorReplaced() throws IOException {
        Path elsewhere = dir.resolve("elsewhere.txt");
        Path link = Files.createSymbolicLink(dir.resolve("chroma_client.py"), elsewhere); // dangling

        List<Path> saved = SnippetFiles.save(dir, both.subList(0, 1));

        assertThat(saved).containsExactly(dir.resolve("chroma_client-2.py"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void numbersGoBeforeTheExtension() {
        assertThat(SnippetFiles.candidate("chroma_client.py", 1)).isEqualTo("chroma_client.py");
        assertThat(SnippetFiles.candidate("chroma_client.py", 2)).isEqualTo("chroma_client-2.py");
        assertThat(SnippetFiles.candidate("chroma_client.ts", 12)).isEqualTo("chroma_client-12.ts");
        assertThat(SnippetFiles.candidate("Makefile", 2)).isEqualTo("Makefile-2");
    }

    @Test
    void aMissingDirectoryIsAnErrorInWords() {
        assertThatThrownBy(() -> SnippetFiles.save(dir.resolve("missing"), both))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.what()).isEqualTo("Could not save the Python snippet");
                    assertThat(e.why()).contains("missing").contains("NoSuchFileException");
                    assertThat(e.fix()).contains("directory you can write to");
                });
    }

    @Test
    void aFileNameThatIsAPathIsRefused() {
        Snippet evil = new Snippet("Python", "", "print(1)\n", "../escape.py");
        assertThatThrownBy(() -> SnippetFiles.save(dir, List.of(evil))).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.getParent().resolve("escape.py")).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void snippetsHoldingATokenAreReadableOnlyByTheUser(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var snippets = new ClientSnippets().all("54.1.2.3", 8000, java.util.Map.of("X-Chroma-Token", "tok-0123456789abcdef"));
        for (java.nio.file.Path p : SnippetFiles.save(dir, snippets, true)) {
            org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.getPosixFilePermissions(p))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(p)).contains("tok-0123456789abcdef");
        }
    }
}
