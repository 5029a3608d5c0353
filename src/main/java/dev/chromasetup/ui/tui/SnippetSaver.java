package dev.chromasetup.ui.tui;

import dev.chromasetup.snippets.Snippet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves the client snippets as files in a folder, never overwriting one: chroma_client.py exists, so
 * chroma_client-2.py is written. The install command goes in a first comment line.
 */
final class SnippetSaver {
    private final Path dir;

    SnippetSaver(Path dir) {
        this.dir = dir;
    }

    List<Path> save(List<Snippet> snippets) throws IOException {
        List<Path> saved = new ArrayList<>();
        for (Snippet s : snippets) {
            String comment = s.fileName().endsWith(".py") ? "# " : "// ";
            byte[] body = (comment + s.install() + System.lineSeparator() + System.lineSeparator() + s.code())
                    .getBytes(StandardCharsets.UTF_8);
            saved.add(writeNew(s.fileName(), body));
        }
        return saved;
    }

    private Path writeNew(String fileName, byte[] body) throws IOException {
        int dot = fileName.lastIndexOf('.');
        String base = dot < 0 ? fileName : fileName.substring(0, dot);
        String ext = dot < 0 ? "" : fileName.substring(dot);
        for (int n = 1; n < 1000; n++) {
            Path p = dir.resolve(n == 1 ? fileName : base + "-" + n + ext);
            try (OutputStream out = Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(body);
                return p;
            } catch (FileAlreadyExistsException taken) {
                // try the next suffix: never overwrite
            }
        }
        throw new IOException("too many files named like " + fileName + " in " + dir);
    }
}
