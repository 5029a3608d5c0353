package dev.chromasetup.keys;

import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * Saves a new key pair's private key as {@code <sshDir>/<name>.pem}. The file is created with mode
 * 0600 in the same system call that creates it (never world-readable, not even for an instant) and
 * only if it does not exist yet: an existing key file is never overwritten. A missing ssh folder is
 * created with 0700. The key material is never logged or put in a message.
 */
public final class PrivateKeyFile {
    private static final FileAttribute<?> FILE_0600 =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<?> DIR_0700 =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private PrivateKeyFile() {
    }

    /** Where the key of {@code name} goes. */
    public static Path path(Path sshDir, String name) {
        return sshDir.resolve(KeyName.require(name) + ".pem");
    }

    /**
     * Refuses early, before a key pair is created in AWS, when its file could not be written because
     * it already exists (so no key pair is created whose private key cannot be saved).
     */
    public static void checkAvailable(Path sshDir, String name) {
        Path file = path(sshDir, name);
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw exists(file, name);
        }
    }

    /** Writes the key; the path written. SetupException USAGE when the file exists, FAILED on I/O errors. */
    public static Path write(Path sshDir, String name, Secret material) {
        Path file = path(sshDir, name);
        if (material == null || material.isEmpty()) {
            throw SetupException.failed("No private key to save for " + name,
                    "AWS returned no key material", "delete the key pair in the EC2 console and create it again");
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(sshDir)) {
                if (posix) {
                    Files.createDirectories(sshDir, DIR_0700);
                } else {
                    Files.createDirectories(sshDir);
                }
            }
        } catch (IOException e) {
            throw SetupException.failed("Could not create " + shown(sshDir), e.getClass().getSimpleName()
                    + " " + e.getMessage(), "create the folder with `mkdir -m 700 " + sshDir + "` and try again");
        }
        String text = material.reveal().endsWith("\n") ? material.reveal() : material.reveal() + "\n";
        boolean created = false;
        EnumSet<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (SeekableByteChannel out = posix ? Files.newByteChannel(file, options, FILE_0600)
                : Files.newByteChannel(file, options)) {
            created = true;
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            if (out instanceof java.nio.channels.FileChannel fc) {
                fc.force(true);
            }
        } catch (FileAlreadyExistsException e) {
            throw exists(file, name);
        } catch (IOException e) {
            if (created) {
                try {
                    Files.deleteIfExists(file); // a half-written key is worse than none
                } catch (IOException ignored) {
                    // Reported below with the original failure.
                }
            }
            throw new SetupException(ExitCode.FAILED, "Could not save the private key to " + shown(file),
                    e.getClass().getSimpleName() + " " + e.getMessage(),
                    "free some space or fix the folder's permissions; the key pair " + name
                            + " exists in AWS without a saved key, so delete it in the EC2 console (or with "
                            + "`aws ec2 delete-key-pair --key-name " + name + "`) and create a new one");
        }
        return file;
    }

    private static SetupException exists(Path file, String name) {
        return SetupException.usage(shown(file) + " already exists",
                "chroma-setup never overwrites a private key file",
                "choose another key name or pass --key-name " + name + " to use the existing pair");
    }

    /** The path with the home folder written as "~" (how people recognise ~/.ssh). */
    static String shown(Path path) {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
        Path abs = path.toAbsolutePath();
        return abs.startsWith(home) ? "~/" + home.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
