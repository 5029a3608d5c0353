package dev.chromasetup.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class DebugLogTest {
    @TempDir
    Path home;

    @AfterEach
    void off() {
        DebugLog.disable();
    }

    @Test
    void silentWithoutDebugAndNoProviderWarning() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            Logger log = LoggerFactory.getLogger("software.amazon.awssdk.request");
            log.error("should go nowhere");
            log.debug("nor this");
            assertThat(log.isDebugEnabled()).isFalse();
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString()).isEmpty();
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(SinkLoggerFactory.class);
    }

    @Test
    void debugWritesRedactedLinesToA0600File() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);
        Path file = DebugLog.defaultFile(Map.of(), home, clock);
        assertThat(file).isEqualTo(home.resolve(".local/state/chroma-setup/logs/chroma-setup-20250304-050607.log"));
        Redactor.register("otel-key=LITERALSECRET");
        DebugLog.enable(file);
        Logger log = LoggerFactory.getLogger("software.amazon.awssdk.request");
        log.debug("Sending aws_secret_access_key={} now", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        log.trace("trace is never written");
        log.info("headers {}", "otel-key=LITERALSECRET");

        String text = Files.readString(file);
        assertThat(text).contains("DEBUG software.amazon.awssdk.request - Sending aws_secret_access_key=****")
                .contains("headers ****")
                .doesNotContain("wJalrXUtnFEMI").doesNotContain("LITERALSECRET").doesNotContain("trace is never");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void xdgStateHomeIsHonoured() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);
        assertThat(DebugLog.defaultFile(Map.of("XDG_STATE_HOME", "/s"), home, clock))
                .isEqualTo(Path.of("/s/chroma-setup/logs/chroma-setup-20250304-050607.log"));
    }
}
