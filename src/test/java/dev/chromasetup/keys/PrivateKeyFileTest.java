package dev.chromasetup.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateKeyFileTest {
    private static final Secret KEY = Secret.of("-----BEGIN RSA PRIVATE KEY-----\nMIIEfake\n-----END RSA PRIVATE KEY-----");

    @Test
    void writesA0600FileInANew0700SshFolder(@TempDir Path home) throws IOException {
        Path ssh = home.resolve(".ssh");

        Path file = PrivateKeyFile.write(ssh, "chroma-key", KEY);

        assertThat(file).isEqualTo(ssh.resolve("chroma-key.pem"));
        assertThat(Files.getPosixFilePermissions(ssh)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).isEqualTo(KEY.reveal() + "\n");
    }

    @Test
    void neverOverwritesAnExistingFile(@TempDir Path home) throws IOException {
        Path ssh = Files.createDirectory(home.resolve(".ssh"));
        Path existing = Files.writeString(ssh.resolve("mine.pem"), "precious");

        assertThatThrownBy(() -> PrivateKeyFile.checkAvailable(ssh, "mine")).isInstanceOf(SetupException.class);
        assertThatThrownBy(() -> PrivateKeyFile.write(ssh, "mine", KEY))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.what()).endsWith("mine.pem already exists");
                    assertThat(e.fix()).isEqualTo("choose another key name or pass --key-name mine to use the existing pair");
                    assertThat(e.describe()).doesNotContain("MIIEfake");
                });
        assertThat(Files.readString(existing)).isEqualTo("precious");
        PrivateKeyFile.checkAvailable(ssh, "other"); // no exception
    }

    @Test
    void aDanglingSymlinkIsNotFollowed(@TempDir Path home) throws IOException {
        Path ssh = Files.createDirectory(home.resolve(".ssh"));
        Path target = home.resolve("elsewhere.txt");
        Files.createSymbolicLink(ssh.resolve("link.pem"), target);

        assertThatThrownBy(() -> PrivateKeyFile.write(ssh, "link", KEY)).isInstanceOf(SetupException.class);
        assertThat(target).doesNotExist();
    }

    @Test
    void homeIsShownAsTilde() {
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(PrivateKeyFile.shown(home.resolve(".ssh/k.pem"))).isEqualTo("~/.ssh/k.pem");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../evil", "a/b", ".hidden", "with space", "tab\tname", "é"})
    void refusesNamesThatAreNotSafeFileNames(String name) {
        assertThat(KeyName.isValid(name)).isFalse();
        assertThatThrownBy(() -> KeyName.require(name))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    }

    @Test
    void acceptsOrdinaryNamesUpTo255Characters() {
        assertThat(KeyName.isValid("chroma-key_1.prod")).isTrue();
        assertThat(KeyName.isValid("a".repeat(255))).isTrue();
        assertThat(KeyName.isValid("a".repeat(256))).isFalse();
        assertThat(KeyName.isValid(null)).isFalse();
    }
}
