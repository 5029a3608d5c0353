package dev.chromasetup.testing;

import dev.chromasetup.aws.AwsOptions;
import dev.chromasetup.aws.sdk.SdkAwsConnector;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Connectors pointed at a moto server with fake credentials ("testing"/"testing", moto accepts any),
 * through the connector's injected environment only: the real process environment, ~/.aws and the
 * EC2 metadata service are never consulted.
 */
public final class MotoAws {
    /** Shared config/credentials files that do not exist: the profile chain finds nothing. */
    private static final String NO_FILE = Path.of(System.getProperty("java.io.tmpdir"),
            "chroma-setup-tests-no-such-aws-file").toString();

    /** The project's Chroma-shaped template fixture: tests never download the real template. */
    public static final String TEMPLATE = Path.of("samples/moto/chroma-like.cf.json").toAbsolutePath().toString();

    private MotoAws() {
    }

    /**
     * The environment of a whole chroma-setup run in a test: the fake keys, no EC2 metadata service, and
     * events and readiness polled every 200 ms so runs take seconds. Mutable: tests add what they need.
     */
    public static Map<String, String> cliEnv() {
        Map<String, String> env = new HashMap<>(testEnv());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("CHROMA_SETUP_READINESS_INTERVAL", "200ms");
        env.put("CHROMA_SETUP_EVENTS_POLL_INTERVAL", "200ms");
        return env;
    }

    /** The environment a connector sees in tests: fake keys, no profile files. */
    public static Map<String, String> testEnv() {
        Map<String, String> env = new HashMap<>(noCredentialsEnv());
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        return env;
    }

    /** No keys and profile files that do not exist. */
    public static Map<String, String> noCredentialsEnv() {
        return Map.of("AWS_CONFIG_FILE", NO_FILE, "AWS_SHARED_CREDENTIALS_FILE", NO_FILE);
    }

    public static AwsOptions options(URI endpoint) {
        return new AwsOptions(Optional.empty(), Optional.of(endpoint), Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    /** A connector to moto with the fake keys. Close it (try-with-resources), or take one as a MotoExtension parameter. */
    public static SdkAwsConnector connector(MotoServer moto) {
        return connector(moto, testEnv());
    }

    /** A connector to moto with exactly this environment (e.g. other keys, or none). */
    public static SdkAwsConnector connector(MotoServer moto, Map<String, String> env) {
        return new SdkAwsConnector(options(moto.endpoint()), env);
    }
}
