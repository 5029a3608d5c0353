package dev.chromasetup.app;

import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.MonthlyCost;
import dev.chromasetup.wizard.Outcome;
import dev.chromasetup.wizard.WizardState;

import java.util.Map;
import java.util.Optional;

/**
 * What a run produced, as printed on stdout (text or JSON): enough for a script to use the server or
 * to know why there is none. The one secret it may hold is the hardened template's access token in
 * {@code clientHeaders}: the user's own key to their server, shown once at the end of the deploy.
 */
public record RunResult(
        dev.chromasetup.wizard.Mode mode,
        String stackName,
        String region,
        Optional<String> stackId,
        Optional<String> status,
        Optional<String> serverIp,
        Optional<String> endpoint,
        boolean ready,
        Optional<Long> readySeconds,
        Optional<String> keyName,
        Optional<String> privateKeyFile,
        Optional<MonthlyCost> monthlyCost,
        Map<String, String> clientHeaders,
        Map<String, String> outputs,
        int exitCode,
        Optional<SetupException> error) {

    public static RunResult of(WizardState state) {
        Outcome outcome = state.outcome().orElseThrow();
        Optional<String> ip = state.serverIp();
        Optional<Long> readySeconds = state.readyAt().flatMap(at -> state.readyStartedAt()
                .map(start -> java.time.Duration.between(start, at).toSeconds()));
        return new RunResult(state.mode(), state.answers().stackName(), state.answers().region(), state.stackId(),
                state.stack().map(StackInfo::status), ip, ip.map(a -> "http://" + a + ":8000"),
                state.readyAt().isPresent(), readySeconds,
                Optional.of(state.answers().keyName()).filter(k -> !k.isEmpty()), state.privateKeyFile(),
                state.cost(), state.clientHeaders(), state.stack().map(StackInfo::outputs).orElse(Map.of()),
                outcome.exitCode().code(), outcome.error());
    }

    /** True when the run got as far as a stack worth reporting on stdout. */
    public boolean hasStack() {
        return status.isPresent();
    }
}
