package dev.chromasetup.wizard;

import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.CidrRule;

import java.util.List;
import java.util.Optional;

/**
 * The Access step for chroma-setup's hardened template: who may connect (proposed from the user's
 * public address), SSH on or off (the key pair is asked only with SSH), the token in front of Chroma,
 * and an Elastic IP. Under --yes each answer comes from the flags and defaults.
 */
final class HardenedAccessSteps {
    private final ServerSteps setup;

    HardenedAccessSteps(ServerSteps setup) {
        this.setup = setup;
    }

    /** Entered once the region's key pairs are known. */
    Transition enter(WizardState state) {
        if (state.publicAddress().isEmpty()) {
            return Flow.work(state.edit(), Step.ACCESS, Effect.DetectPublicAddress::new);
        }
        return cidr(state);
    }

    Transition addressDetected(WizardState.Builder b, Event.PublicAddressDetected e) {
        b.publicAddress = Optional.of(e);
        return cidr(b.build());
    }

    private Transition cidr(WizardState state) {
        HardenedAccess access = state.answers().access();
        String proposed = access.allowedCidr().isEmpty()
                ? state.publicAddress().flatMap(Event.PublicAddressDetected::address).map(a -> a + "/32").orElse("")
                : access.allowedCidr();
        Optional<String> foundBy = state.publicAddress().filter(p -> p.address().isPresent())
                .map(Event.PublicAddressDetected::source);
        if (state.config().interactive() && !state.config().given("allowed-cidr")) {
            return Flow.ask(state, Step.ACCESS, Questions.allowedCidr(proposed, foundBy));
        }
        if (proposed.isEmpty()) {
            return Flow.finish(state, Outcome.of(SetupException.usage("No allowed address for the hardened template",
                    "it opens Chroma only to one address range, and your public address could not be found",
                    "pass --allowed-cidr YOUR.ADDRESS/32")));
        }
        return cidrAnswered(state, proposed);
    }

    private Transition cidrAnswered(WizardState state, String text) {
        String cidr;
        try {
            cidr = CidrRule.normalize(text);
        } catch (SetupException invalid) {
            if (!state.config().interactive()) {
                return Flow.finish(state, Outcome.of(invalid));
            }
            return Flow.ask(state, Step.ACCESS, state.question().orElseThrow().withError(invalid.describe()));
        }
        WizardState.Builder b = state.edit();
        b.answers = state.answers().withAccess(state.answers().access().withAllowedCidr(cidr));
        if (CidrRule.isEveryone(cidr)) {
            b.messages = Flow.append(state.messages(), "Warning: " + cidr + " lets everyone reach Chroma;"
                    + " keep the token on.");
        }
        WizardState next = b.build();
        if (state.config().interactive() && !state.config().given("ssh")) {
            return Flow.ask(next, Step.ACCESS, Questions.ssh());
        }
        return sshAnswered(next, next.answers().access().ssh());
    }

    private Transition sshAnswered(WizardState state, boolean ssh) {
        WizardState.Builder b = state.edit();
        b.answers = state.answers().withAccess(state.answers().access().withSsh(ssh));
        if (!ssh) {
            b.answers = b.answers.withKeyName("");
            return auth(b.build());
        }
        return setup.keyPairQuestionOrCheck(b.build());
    }

    /** After the key pair (SSH on) or straight after SSH off. */
    Transition auth(WizardState state) {
        if (state.config().interactive() && !state.config().given("auth")) {
            return Flow.ask(state, Step.ACCESS, Questions.auth());
        }
        return elasticIp(state);
    }

    private Transition elasticIp(WizardState state) {
        if (state.config().interactive() && !state.config().given("elastic-ip")) {
            return Flow.ask(state, Step.ACCESS, Questions.elasticIp());
        }
        return setup.enterOptions(state, 0, false);
    }

    Transition answered(WizardState state, Question q, String text) {
        switch (q.field()) {
            case Questions.ALLOWED_CIDR -> {
                return cidrAnswered(state, text.isBlank() ? q.defaultValue() : text);
            }
            case Questions.SSH -> {
                return sshAnswered(state, Questions.isYes(text));
            }
            case Questions.AUTH -> {
                boolean on = text.isBlank() || Questions.isYes(text);
                WizardState.Builder b = state.edit();
                HardenedAccess a = state.answers().access();
                // the token itself was made when the run started (randomness stays outside the machine)
                b.answers = state.answers().withAccess(a.withAuthToken(on ? state.config().generatedToken() : Secret.empty()));
                return elasticIp(b.build());
            }
            default -> {
                WizardState.Builder b = state.edit();
                b.answers = state.answers().withAccess(state.answers().access().withElasticIp(Questions.isYes(text)));
                return setup.enterOptions(b.build(), 0, false);
            }
        }
    }

    static boolean owns(String field) {
        return List.of(Questions.ALLOWED_CIDR, Questions.SSH, Questions.AUTH, Questions.ELASTIC_IP).contains(field);
    }
}
