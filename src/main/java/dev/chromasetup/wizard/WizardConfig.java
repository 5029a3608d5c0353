package dev.chromasetup.wizard;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed inputs of one run (from Settings): they never change while the machine runs.
 *
 * @param interactive     false under --yes: every question is answered from flags and defaults, and a
 *                        missing answer ends the run with a clear message
 * @param runId           a random id chosen by the caller; makes CreateStack's ClientRequestToken stable
 *                        across retries so a retry never creates a second stack
 * @param explicitAnswers keys the user set (flags, config, env): those questions are not asked
 */
public record WizardConfig(
        Mode mode,
        boolean interactive,
        String runId,
        String toolVersion,
        long minMemoryMib,
        boolean createDefaultVpcAllowed,
        boolean noWait,
        boolean detach,
        Duration readyTimeout,
        Duration readinessInterval,
        Duration deployTimeout,
        Optional<URI> readinessUrl,
        int readinessPort,
        String readinessPath,
        String endpoint,
        boolean endpointOverridden,
        Set<String> explicitAnswers) {

    public WizardConfig {
        explicitAnswers = Set.copyOf(explicitAnswers);
    }

    public boolean given(String key) {
        return explicitAnswers.contains(key);
    }
}
