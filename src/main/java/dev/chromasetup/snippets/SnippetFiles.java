package dev.chromasetup.snippets;

import dev.chromasetup.errors.SetupException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Saves snippets as files ({@link Snippet#fileName()}, e.g. {@code chroma_client.py}) without ever
 * overwriting: a taken name becomes {@code chroma_client-2.py}, {@code chroma_client-3.py}, …. Each
 * file is created with CREATE_NEW, so a file (or a symbolic link) appearing between the check and the
 * write is never replaced or followed.
 */
public final class SnippetFiles {
    static final int MAX_TRIES = 1000;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,100}");

    private SnippetFiles() {
    }

    /**
     * Writes each snippet into {@code dir} (which must exist) and returns the files written, in order.
     * The file starts with the install command as a comment.
     *
     * @throws SetupException when a file cannot be written (the ones already written stay)
     */
    public static List<Path> save(Path dir, List<Snippet> snippets) {
        return save(dir, snippets, false);
    }

    /**
     * @param secret true when the code holds a credential (the hardened template's token): the files are
     *               then created readable by the user only (0600) from the first byte
     */
    public static List<Path> save(Path dir, List<Snippet> snippets, boolean secret) {
        List<Path> written = new ArrayList<>();
        for (Snippet s : snippets) {
            written.add(saveOne(dir, s, secret));
        }
        return List.copyOf(written);
    }

    private static Path saveOne(Path dir, Snippet snippet, boolean secret) {
        String name = snippet.fileName();
        if (!PLAIN_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("snippet file name must be a plain file name: " + name);
        }
        byte[] content = content(snippet).getBytes(StandardCharsets.UTF_8);
        for (int n = 1; n <= MAX_TRIES; n++) {
            Path target = dir.resolve(candidate(name, n));
            try {
                if (secret) {
                    Files.createFile(target, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
                }
                try (OutputStream out = secret ? Files.newOutputStream(target, StandardOpenOption.WRITE)
                        : Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    out.write(content);
                }
                return target;
            } catch (FileAlreadyExistsException taken) {
                // try the next number
            } catch (IOException e) {
                deleteQuietly(target);
                throw SetupException.failed("Could not save the " + snippet.language() + " snippet",
                        target + ": " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : " " + e.getMessage()),
                        "run from a directory you can write to, or copy the snippet from the screen");
            }
        }
        throw SetupException.failed("Could not save the " + snippet.language() + " snippet",
                MAX_TRIES + " files named like " + name + " already exist in " + dir,
                "remove old copies or run from another directory");
    }

    /** {@code chroma_client.py} for n = 1, then {@code chroma_client-2.py}, … (the extension kept last). */
    static String candidate(String name, int n) {
        if (n == 1) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
    }

    private static String content(Snippet s) {
        String comment = "Python".equalsIgnoreCase(s.language()) ? "# " : "// ";
        String code = s.code().endsWith("\n") ? s.code() : s.code() + "\n";
        return s.install().isBlank() ? code : comment + "Install: " + s.install() + "\n\n" + code;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a partial file is better reported than hidden by a second error
        }
    }
}
