package dev.chromasetup.app;

import dev.chromasetup.config.Settings;
import dev.chromasetup.text.Secret;
import dev.chromasetup.wizard.Answers;
import dev.chromasetup.wizard.HardenedAccess;
import dev.chromasetup.wizard.Mode;
import dev.chromasetup.wizard.WizardConfig;

/** Turns a run's {@link Settings} into the state machine's fixed inputs and first answers. */
final class WizardSetup {
    private WizardSetup() {
    }

    static WizardConfig config(Mode mode, Settings s, String runId, String version, String endpoint,
                               boolean endpointOverridden, Secret token, java.util.Set<String> alsoGiven,
                               java.util.Map<String, String> env) {
        return new WizardConfig(mode, !s.yes(), runId, version, s.minMemoryMib(), s.createDefaultVpc(), s.noWait(),
                s.detach(), s.readyTimeout(), s.readinessInterval(), s.deployTimeout(), s.readinessUrl(),
                s.readinessPort(), s.readinessPath(), endpoint, endpointOverridden, explicitAnswers(s, alsoGiven),
                s.expectedEmbeddings(), s.dimensions(), s.createKeyPair().orElse(""), s.snapshot(),
                s.templateFile().isEmpty() && !s.isExplicit("template-url"), token, profileChoosable(s, env));
    }

    /** Answers given on the command line, in the config file or the environment are not asked again. */
    private static java.util.Set<String> explicitAnswers(Settings s, java.util.Set<String> alsoGiven) {
        java.util.Set<String> given = new java.util.HashSet<>(s.explicit());
        given.addAll(alsoGiven);
        if (s.region().isPresent()) {
            given.add("region");
        }
        return given;
    }

    /** The picker is offered only when nothing decides the credentials: no --profile, AWS_PROFILE or keys. */
    private static boolean profileChoosable(Settings s, java.util.Map<String, String> env) {
        return s.profile().isEmpty() && isBlank(env.get("AWS_PROFILE")) && isBlank(env.get("AWS_ACCESS_KEY_ID"));
    }

    private static boolean isBlank(String v) {
        return v == null || v.isBlank();
    }

    static Answers answers(Settings s, Secret token) {
        HardenedAccess access = new HardenedAccess(s.allowedCidr(), s.ssh(), s.auth() ? token : Secret.empty(),
                s.elasticIp());
        return new Answers(s.region().orElse(""), s.instanceType(), s.keyName().orElse(""),
                s.chromaVersion().orElse(""), s.otelEndpoint(), s.otelServiceName(), s.otelHeaders(), s.stackName(),
                s.template().key(), access);
    }
}
