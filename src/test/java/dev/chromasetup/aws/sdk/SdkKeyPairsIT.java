package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.aws.KeyPairs;
import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.keys.PrivateKeyFile;
import dev.chromasetup.testing.MotoExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A new key pair through the port against moto, saved safely under a temporary "home". */
@ExtendWith(MotoExtension.class)
class SdkKeyPairsIT {
    private static SdkAwsConnector aws;

    @BeforeAll
    static void connect(SdkAwsConnector connector) {
        aws = connector; // closed by MotoExtension after the class
    }

    @Test
    void createdKeyIsSaved0600AndNeverOverwritten(@TempDir Path home) throws IOException {
        KeyPairs keyPairs = aws.forRegion("ap-northeast-2").keyPairs();
        Path ssh = home.resolve(".ssh");
        PrivateKeyFile.checkAvailable(ssh, "chroma-new-key");

        Secret material = keyPairs.create("chroma-new-key");

        assertThat(material.toString()).startsWith("••••••").doesNotContain("BEGIN");
        assertThat(String.valueOf(material)).isEqualTo(material.masked());
        Path file = PrivateKeyFile.write(ssh, "chroma-new-key", material);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(ssh)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        String saved = Files.readString(file);
        assertThat(saved).startsWith("-----BEGIN");
        assertThat(keyPairs.names()).contains("chroma-new-key");

        // Same name again: the file is refused and left exactly as it was.
        Secret other = Secret.of("-----BEGIN RSA PRIVATE KEY-----\nother\n-----END RSA PRIVATE KEY-----");
        assertThatThrownBy(() -> PrivateKeyFile.write(ssh, "chroma-new-key", other))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.describe()).contains("chroma-new-key.pem already exists")
                            .contains("--key-name chroma-new-key").doesNotContain("BEGIN");
                });
        assertThat(Files.readString(file)).isEqualTo(saved);
    }

    @Test
    void aTakenNameIsAUsageErrorWithoutKeyMaterial() {
        KeyPairs keyPairs = aws.forRegion("ap-northeast-3").keyPairs();
        keyPairs.create("chroma-taken");

        assertThatThrownBy(() -> keyPairs.create("chroma-taken"))
                .isInstanceOfSatisfying(SetupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.what()).isEqualTo("Key pair chroma-taken already exists in this region");
                    assertThat(e.fix()).contains("--key-name chroma-taken");
                });
        assertThatThrownBy(() -> keyPairs.create("../etc")).isInstanceOf(SetupException.class);
    }
}
