package dev.chromasetup.aws.sdk;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where calls go. Order, as the SDK documents it: the --endpoint-url override, then
 * AWS_ENDPOINT_URL_&lt;SERVICE&gt;, then AWS_ENDPOINT_URL. We resolve the variables ourselves from the
 * injected environment so the review screen can show exactly where a deployment would go: a stray
 * AWS_ENDPOINT_URL would otherwise silently redirect a real deployment.
 */
public final class Endpoints {
    static final String DEFAULT = "AWS (default endpoints)";

    private final Optional<URI> override;
    private final Map<String, String> env;

    /** Where calls go, known without loading the SDK (nothing here touches it). */
    public static Endpoints of(Optional<URI> override, Map<String, String> env) {
        return new Endpoints(override, env);
    }

    Endpoints(Optional<URI> override, Map<String, String> env) {
        this.override = override;
        this.env = env;
    }

    /** {@code serviceKey} is the SDK's env suffix: STS, EC2, CLOUDFORMATION. */
    Optional<URI> forService(String serviceKey) {
        return override.or(() -> variable("AWS_ENDPOINT_URL_" + serviceKey)).or(() -> variable("AWS_ENDPOINT_URL"));
    }

    public boolean overridden() {
        return override.isPresent() || variable("AWS_ENDPOINT_URL").isPresent()
                || env.keySet().stream().anyMatch(k -> k.startsWith("AWS_ENDPOINT_URL_") && variable(k).isPresent());
    }

    public String describe() {
        if (override.isPresent()) {
            return override.get().toString();
        }
        Optional<URI> global = variable("AWS_ENDPOINT_URL");
        if (global.isPresent()) {
            return global.get() + " (from AWS_ENDPOINT_URL)";
        }
        return env.keySet().stream().filter(k -> k.startsWith("AWS_ENDPOINT_URL_") && variable(k).isPresent())
                .sorted().map(k -> k + "=" + env.get(k).strip()).reduce((a, b) -> a + ", " + b)
                .orElse(DEFAULT);
    }

    private Optional<URI> variable(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(URI.create(v.strip()));
    }
}
