package dev.chromasetup.config;

import dev.chromasetup.text.Secret;
import dev.chromasetup.template.TemplateChoice;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of one run, after layering reference.conf &lt; user file &lt; CHROMA_SETUP_* env &lt; flags.
 * {@code explicit} names the keys (as in reference.conf, e.g. "region", "instance-type") that the user
 * set somewhere other than reference.conf: the wizard does not ask those again.
 */
public record Settings(
        // common
        Optional<String> profile,
        Optional<String> region,
        Optional<URI> endpointUrl,
        boolean plain,
        boolean yes,
        OutputFormat output,
        boolean noColor,
        boolean debug,
        // deploy answers
        String stackName,
        String instanceType,
        Optional<String> keyName,
        Optional<String> chromaVersion,
        String otelEndpoint,
        String otelServiceName,
        Secret otelHeaders,
        TemplateChoice template,
        String templateUrl,
        Optional<Path> templateFile,
        boolean createDefaultVpc,
        boolean noWait,
        boolean detach,
        Duration readyTimeout,
        Optional<URI> readinessUrl,
        // tuning (reference.conf)
        long minMemoryMib,
        Duration eventPollInterval,
        Duration eventMaxBackoff,
        Duration deployTimeout,
        String readinessPath,
        int readinessPort,
        Duration readinessInterval,
        Duration apiCallTimeout,
        Duration apiCallAttemptTimeout,
        // sizing and access
        long expectedEmbeddings,
        int dimensions,
        Optional<String> createKeyPair,
        boolean snapshot,
        // hardened template
        String allowedCidr,
        boolean ssh,
        boolean auth,
        boolean elasticIp,
        Optional<URI> publicAddressUrl,
        Set<String> explicit) {

    public Settings {
        explicit = Set.copyOf(explicit);
    }

    public boolean isExplicit(String key) {
        return explicit.contains(key);
    }
}
