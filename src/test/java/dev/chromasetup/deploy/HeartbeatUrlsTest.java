package dev.chromasetup.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HeartbeatUrlsTest {

    @Test
    void buildsFromTheServerIp() {
        assertThat(HeartbeatUrls.forServer("203.0.113.7"))
                .isEqualTo(URI.create("http://203.0.113.7:8000/api/v2/heartbeat"));
        assertThat(HeartbeatUrls.forServer("ec2-3-4-5-6.compute-1.amazonaws.com", 9000, "/api/v2/heartbeat"))
                .isEqualTo(URI.create("http://ec2-3-4-5-6.compute-1.amazonaws.com:9000/api/v2/heartbeat"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "256.1.1.1", "1.2.3", "1.2.3.4/evil", "1.2.3.4:80", "a b", "x@y",
        "1.2.3.4\n", "-bad.example", "http://1.2.3.4"})
    void rejectsAnythingOddAsTheServerIp(String host) {
        assertThatThrownBy(() -> HeartbeatUrls.forServer(host))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.describe()).doesNotContain("\n1"));
    }

    @Test
    void rejectsBadPortsAndPaths() {
        assertThatThrownBy(() -> HeartbeatUrls.forServer("1.2.3.4", 0, "/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeartbeatUrls.forServer("1.2.3.4", 80, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeartbeatUrls.forServer("1.2.3.4", 80, "/a?b")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8123, http://127.0.0.1:8123/api/v2/heartbeat",
        "http://127.0.0.1:8123/, http://127.0.0.1:8123/api/v2/heartbeat",
        "http://127.0.0.1:8123/api/v2/heartbeat, http://127.0.0.1:8123/api/v2/heartbeat",
        "http://127.0.0.1:8123/api/v2/heartbeat/, http://127.0.0.1:8123/api/v2/heartbeat",
        "https://chroma.example.com/prefix, https://chroma.example.com/prefix/api/v2/heartbeat",
        "HTTP://localhost:8000, http://localhost:8000/api/v2/heartbeat",
    })
    void acceptsOverrideBaseUrls(String given, String expected) {
        assertThat(HeartbeatUrls.fromOverride(given)).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:8000", "ftp://x/", "http://user:pw@h:1", "http://h/?q=1", "http://h/#f",
        "http://", "not a url"})
    void rejectsOddOverrides(String given) {
        assertThatThrownBy(() -> HeartbeatUrls.fromOverride(given))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    }
}
