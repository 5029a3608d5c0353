package dev.chromasetup.wizard;

import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.text.Secret;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.OtelEndpointRule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Size → access → options: what the server will be (its instance type and cost, who can reach it and
 * how, the Chroma version, telemetry and the stack name). Entered from SetupSteps once the region and
 * its network are settled; ends with the stack-name check, whose answer SetupSteps hands to StackSteps.
 */
final class ServerSteps {
    private final WizardRules rules;
    private final HardenedAccessSteps hardened = new HardenedAccessSteps(this);

    ServerSteps(WizardRules rules) {
        this.rules = rules;
    }

    Transition addressDetected(WizardState.Builder b, Event.PublicAddressDetected e) {
        return hardened.addressDetected(b, e);
    }

    // ---- size ----------------------------------------------------------------------------------

    Transition enterSize(WizardState state, boolean forceAsk) {
        if (state.offeredTypes().isEmpty()) {
            String region = state.answers().region();
            List<String> candidates = new java.util.ArrayList<>(rules.sizingCandidates(state));
            if (!candidates.contains(state.answers().instanceType())) {
                candidates.add(state.answers().instanceType());
            }
            return Flow.work(state.edit(), Step.SIZE, id -> new Effect.LoadSizing(id, region, List.copyOf(candidates)));
        }
        if (!forceAsk && (state.config().given("instance-type") || !state.config().interactive())) {
            return checkInstance(state.edit(), state.answers().instanceType());
        }
        return Flow.ask(state, Step.SIZE, rules.sizeQuestion(state));
    }

    Transition sizingLoaded(WizardState.Builder b, Event.SizingLoaded e) {
        b.offeredTypes = e.offered();
        b.prices = e.prices();
        WizardState state = b.build();
        if (state.config().expectedEmbeddings() > 0) {
            WizardState.Builder r = state.edit();
            r.recommendation = rules.recommendation(state, state.config().expectedEmbeddings(),
                    state.config().dimensions());
            state = r.build();
        }
        return enterSize(state, false);
    }

    private Transition checkInstance(WizardState.Builder b, String type) {
        String region = b.answers.region();
        b.answers = b.answers.withInstanceType(type);
        return Flow.work(b, Step.SIZE, id -> new Effect.CheckInstanceType(id, region, type));
    }

    Transition instanceChecked(WizardState.Builder b, Event.InstanceTypeChecked e) {
        WizardState state = b.build();
        Optional<SetupException> problem = rules.instanceProblem(e.instanceType(), e.info(),
                state.answers().region(), state.config().minMemoryMib(), rules.armAllowed(state));
        if (problem.isPresent()) {
            if (!state.config().interactive()) {
                return Flow.finish(state, Outcome.of(problem.get()));
            }
            Question q = rules.sizeQuestion(state);
            return Flow.ask(state, Step.SIZE, q.withError(problem.get().describe()));
        }
        WizardState.Builder ok = state.edit();
        ok.instance = e.info();
        ok.cost = e.price().or(() -> Optional.ofNullable(state.prices().get(e.instanceType())))
                .map(price -> rules.monthlyCost(state, price));
        InstanceTypeInfo info = e.info().orElseThrow();
        ok.messages = Flow.append(state.messages(), info.name() + ": " + info.vcpus() + " vCPU, "
                + Questions.gib(info.memoryMib()) + " memory, " + (info.supportsX86() ? "x86_64" : "arm64")
                + ok.cost.map(c -> "; about " + c.totalPerMonth() + " (" + c.breakdown() + ")").orElse("") + ".");
        return enterAccess(ok.build());
    }

    Transition sizeAnswered(WizardState state, Question q, String text) {
        Optional<long[]> expected = Questions.expectedCollection(text);
        if (expected.isPresent()) {
            WizardState.Builder b = state.edit();
            b.recommendation = rules.recommendation(state, expected.get()[0], (int) expected.get()[1]);
            WizardState next = b.build();
            return Flow.ask(next, Step.SIZE, rules.sizeQuestion(next));
        }
        String type = text.isBlank() ? q.defaultValue() : text.trim().toLowerCase(Locale.ROOT);
        Optional<String> chosen = Questions.choiceValue(q, type);
        return checkInstance(state.edit(), chosen.orElse(rules.sanitize(type)));
    }

    // ---- access --------------------------------------------------------------------------------

    Transition enterAccess(WizardState state) {
        String region = state.answers().region();
        return Flow.work(state.edit(), Step.ACCESS, id -> new Effect.LoadKeyPairs(id, region));
    }

    Transition keyPairsLoaded(WizardState state) {
        if (state.hardened()) {
            return hardened.enter(state);
        }
        return keyPairQuestionOrCheck(state);
    }

    /** The key pair: created (--create-key-pair), checked (--key-name / --yes) or asked. */
    Transition keyPairQuestionOrCheck(WizardState state) {
        String create = state.config().createKeyPair();
        if (!create.isEmpty() && state.answers().keyName().isEmpty()) {
            return createKeyPair(state, create);
        }
        boolean given = state.config().given("key-name") || !state.config().interactive();
        if (given) {
            String key = state.answers().keyName();
            if (!key.isEmpty() && !state.keyPairs().contains(key)) {
                SetupException missing = SetupException.blocked("Key pair \"" + rules.sanitize(key)
                                + "\" not found in " + state.answers().region(),
                        "CloudFormation would fail creating the server with \"The key pair does not exist\"",
                        "pass an existing key pair (--key-name NAME, see: aws ec2 describe-key-pairs --region "
                                + state.answers().region() + "), create one with --create-key-pair NAME, or leave"
                                + " --key-name out for no SSH access");
                if (!state.config().interactive()) {
                    return Flow.finish(state, Outcome.of(missing));
                }
                return Flow.ask(state, Step.ACCESS, Questions.keyPair(state.keyPairs(), "")
                        .withError(missing.describe()));
            }
            return exposure(state);
        }
        return Flow.ask(state, Step.ACCESS, Questions.keyPair(state.keyPairs(), state.answers().keyName()));
    }

    private Transition createKeyPair(WizardState state, String name) {
        Optional<String> problem = rules.newKeyNameProblem(name, state.keyPairs());
        if (problem.isPresent()) {
            SetupException refused = SetupException.usage("Cannot create the key pair \"" + rules.sanitize(name) + "\"",
                    problem.get(), "choose another name, or use the existing pair with --key-name");
            if (!state.config().interactive()) {
                return Flow.finish(state, Outcome.of(refused));
            }
            return Flow.ask(state, Step.ACCESS, Questions.newKeyName(name).withError(refused.describe()));
        }
        String region = state.answers().region();
        return Flow.work(state.edit(), Step.ACCESS, id -> new Effect.CreateKeyPair(id, region, name));
    }

    Transition keyPairCreated(WizardState.Builder b, Event.KeyPairCreated e) {
        List<String> pairs = new java.util.ArrayList<>(b.keyPairs);
        pairs.add(e.name());
        b.keyPairs = List.copyOf(pairs);
        b.answers = b.answers.withKeyName(e.name());
        b.privateKeyFile = Optional.of(e.privateKeyFile());
        WizardState state = b.build();
        WizardState.Builder m = state.edit();
        m.messages = Flow.append(state.messages(), "Created the key pair " + e.name() + "; its private key is in "
                + e.privateKeyFile() + " (readable only by you). AWS keeps no copy: keep this file.");
        return exposure(m.build());
    }

    private Transition exposure(WizardState state) {
        if (state.hardened()) {
            return hardened.auth(state); // the hardened template limits access: no blanket warning to accept
        }
        if (state.config().interactive() && !state.exposureAcknowledged) {
            return Flow.ask(state, Step.ACCESS, Questions.exposure(!state.answers().keyName().isEmpty()));
        }
        WizardState.Builder b = state.edit();
        if (!state.config().interactive()) {
            b.messages = Flow.append(state.messages(), Questions.EXPOSURE_WARNING);
        }
        return enterOptions(b.build(), 0, false);
    }

    Transition accessAnswered(WizardState state, Question q, String text) {
        if (HardenedAccessSteps.owns(q.field())) {
            return hardened.answered(state, q, text);
        }
        if (q.field().equals(Questions.EXPOSURE)) {
            if (!Questions.isYes(text)) {
                return Flow.ask(state, Step.ACCESS, q.withError(
                        "Type y to accept the exposure and continue, or press Esc / type < to go back."));
            }
            WizardState.Builder b = state.edit();
            b.exposureAcknowledged = true;
            return enterOptions(b.build(), 0, false);
        }
        if (q.field().equals(Questions.NEW_KEY_NAME)) {
            return createKeyPair(state, text.isBlank() ? q.defaultValue() : text.trim());
        }
        Optional<String> key = Questions.choiceValue(q, text);
        if (key.isEmpty()) {
            return Flow.ask(state, Step.ACCESS, q.withError("Choose one of the numbers listed."));
        }
        if (key.get().equals(Questions.CREATE_KEY)) {
            return Flow.ask(state, Step.ACCESS, Questions.newKeyName(rules.suggestedKeyName(state.keyPairs())));
        }
        WizardState.Builder b = state.edit();
        b.answers = state.answers().withKeyName(key.get());
        return exposure(b.build());
    }

    // ---- options -------------------------------------------------------------------------------

    /** Fields of the Options step, in order. */
    static final List<String> OPTION_FIELDS = List.of("chroma-version", "otel-endpoint", "otel-service-name",
            "otel-headers", "stack-name");

    Transition enterOptions(WizardState state, int field, boolean forceAsk) {
        for (int i = field; i < OPTION_FIELDS.size(); i++) {
            String key = OPTION_FIELDS.get(i);
            WizardState.Builder b = state.edit();
            b.field = i;
            WizardState at = b.build();
            boolean given = state.config().given(key) || !state.config().interactive();
            if (forceAsk && i == field || !given) {
                return Flow.ask(at, Step.OPTIONS, Questions.option(key, at.answers(), at.template()));
            }
            Optional<String> error = Optional.empty();
            try {
                state = applyOption(at, key, currentValue(at.answers(), key));
            } catch (SetupException invalid) {
                if (!state.config().interactive()) {
                    return Flow.finish(at, Outcome.of(invalid));
                }
                error = Optional.of(invalid.describe());
            }
            if (error.isPresent()) {
                return Flow.ask(at, Step.OPTIONS, Questions.option(key, at.answers(), at.template())
                        .withError(error.get()));
            }
        }
        String region = state.answers().region();
        String name = state.answers().stackName();
        return Flow.work(state.edit(), Step.OPTIONS, id -> new Effect.LookUpStack(id, region, name));
    }

    private static String currentValue(Answers a, String key) {
        return switch (key) {
            case "chroma-version" -> a.chromaVersion();
            case "otel-endpoint" -> a.otelEndpoint();
            case "otel-service-name" -> a.otelServiceName();
            case "otel-headers" -> a.otelHeaders().reveal();
            default -> a.stackName();
        };
    }

    /** Validates one option value and stores it (normalised); throws the reason when refused. */
    private WizardState applyOption(WizardState state, String key, String raw) {
        WizardState.Builder b = state.edit();
        Answers a = state.answers();
        switch (key) {
            case "chroma-version" -> b.answers = a.withChromaVersion(rules.chromaVersion(raw.trim()));
            case "otel-endpoint" -> {
                OtelEndpointRule.Normalized n = rules.otelEndpoint(raw.trim());
                b.answers = a.withOtelEndpoint(n.value());
                n.notice().ifPresent(notice -> b.messages = Flow.append(state.messages(), notice));
            }
            case "otel-service-name" -> b.answers = a.withOtelServiceName(
                    rules.parameterValue("ChromaOtelServiceName", raw.trim()));
            case "otel-headers" -> b.answers = a.withOtelHeaders(rules.otelHeaders(Secret.of(raw.trim())));
            default -> b.answers = a.withStackName(rules.stackName(raw.trim()));
        }
        return b.build();
    }

    Transition optionsAnswered(WizardState state, Question q, String text) {
        String value = text.isBlank() && !q.secret() ? q.defaultValue() : text;
        if (q.secret() && text.isBlank()) {
            value = state.answers().otelHeaders().reveal(); // Enter keeps what was set
        }
        try {
            WizardState applied = applyOption(state, q.field(), value);
            return enterOptions(applied, state.field + 1, false);
        } catch (SetupException invalid) {
            return Flow.ask(state, Step.OPTIONS, q.withError(invalid.describe()));
        }
    }
}
