package dev.chromasetup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true), new PrintStream(err, true));
    }

    @Test
    void versionPrintsAndExitsZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("chroma-setup ");
    }

    @Test
    void aBadFlagValueIsAUsageErrorWithoutAStackTrace() {
        assertThat(run("--ready-timeout", "banana")).isEqualTo(2);
        assertThat(err.toString()).contains("banana").doesNotContain("at dev.chromasetup");
    }
}
