package dev.chromasetup.wizard;

import dev.chromasetup.text.Secret;

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
 * @param expectedEmbeddings expected collection size for a size recommendation; 0 when not given
 * @param createKeyPair name of a key pair to create (--create-key-pair); empty when none
 * @param snapshot      snapshot the data before destroy (--snapshot); asked when not given and interactive
 * @param templateChoosable true when no --template-file/--template-url fixes the template: the user may
 *                      choose between Chroma's template and chroma-setup's hardened one
 * @param generatedToken a random token made at start, used when the hardened template's token is on
 * @param profileChoosable true when no --profile, AWS_PROFILE or key variables decide the credentials:
 *                      the user may pick one of the shared config's profiles
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
        Set<String> explicitAnswers,
        long expectedEmbeddings,
        int dimensions,
        String createKeyPair,
        boolean snapshot,
        boolean templateChoosable,
        Secret generatedToken,
        boolean profileChoosable) {

    public WizardConfig {
        explicitAnswers = Set.copyOf(explicitAnswers);
    }

    public boolean given(String key) {
        return explicitAnswers.contains(key);
    }

    public WizardConfig withCreateDefaultVpcAllowed(boolean allowed) {
        return new WizardConfig(mode, interactive, runId, toolVersion, minMemoryMib, allowed, noWait, detach,
                readyTimeout, readinessInterval, deployTimeout, readinessUrl, readinessPort, readinessPath, endpoint,
                endpointOverridden, explicitAnswers, expectedEmbeddings, dimensions, createKeyPair, snapshot, templateChoosable, generatedToken, profileChoosable);
    }

    public WizardConfig withNoWait(boolean skip) {
        return new WizardConfig(mode, interactive, runId, toolVersion, minMemoryMib, createDefaultVpcAllowed, skip,
                detach, readyTimeout, readinessInterval, deployTimeout, readinessUrl, readinessPort, readinessPath,
                endpoint, endpointOverridden, explicitAnswers, expectedEmbeddings, dimensions, createKeyPair, snapshot, templateChoosable, generatedToken, profileChoosable);
    }

    public WizardConfig withExpectedCollection(long embeddings, int dims) {
        return new WizardConfig(mode, interactive, runId, toolVersion, minMemoryMib, createDefaultVpcAllowed, noWait,
                detach, readyTimeout, readinessInterval, deployTimeout, readinessUrl, readinessPort, readinessPath,
                endpoint, endpointOverridden, explicitAnswers, embeddings, dims, createKeyPair, snapshot, templateChoosable, generatedToken, profileChoosable);
    }

    public WizardConfig withSnapshot(boolean take) {
        return new WizardConfig(mode, interactive, runId, toolVersion, minMemoryMib, createDefaultVpcAllowed, noWait,
                detach, readyTimeout, readinessInterval, deployTimeout, readinessUrl, readinessPort, readinessPath,
                endpoint, endpointOverridden, explicitAnswers, expectedEmbeddings, dimensions, createKeyPair, take, templateChoosable, generatedToken, profileChoosable);
    }

    public WizardConfig withProfileChoosable(boolean choosable) {
        return new WizardConfig(mode, interactive, runId, toolVersion, minMemoryMib, createDefaultVpcAllowed, noWait,
                detach, readyTimeout, readinessInterval, deployTimeout, readinessUrl, readinessPort, readinessPath,
                endpoint, endpointOverridden, explicitAnswers, expectedEmbeddings, dimensions, createKeyPair, snapshot,
                templateChoosable, generatedToken, choosable);
    }

    public WizardConfig withTemplateChoosable(boolean choosable) {
        return new WizardConfig(mode, interactive, runId, toolVersion, minMemoryMib, createDefaultVpcAllowed, noWait,
                detach, readyTimeout, readinessInterval, deployTimeout, readinessUrl, readinessPort, readinessPath,
                endpoint, endpointOverridden, explicitAnswers, expectedEmbeddings, dimensions, createKeyPair, snapshot,
                choosable, generatedToken, profileChoosable);
    }

    public WizardConfig withCreateKeyPair(String name) {
        return new WizardConfig(mode, interactive, runId, toolVersion, minMemoryMib, createDefaultVpcAllowed, noWait,
                detach, readyTimeout, readinessInterval, deployTimeout, readinessUrl, readinessPort, readinessPath,
                endpoint, endpointOverridden, explicitAnswers, expectedEmbeddings, dimensions, name, snapshot, templateChoosable, generatedToken, profileChoosable);
    }
}
