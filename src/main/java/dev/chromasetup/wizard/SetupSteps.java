package dev.chromasetup.wizard;

import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.config.Secret;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.OtelEndpointRule;
import dev.chromasetup.template.ChromaTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Credentials → region → network → size → access → options: the checks that run before anything is
 * created. Each step either asks (interactive, answer not given) or checks the given answer; under
 * --yes a missing or refused answer ends the run with a clear message.
 */
final class SetupSteps {
    private final WizardRules rules;
    private final StackSteps stacks;
    private final HardenedAccessSteps hardened = new HardenedAccessSteps(this);

    SetupSteps(WizardRules rules, StackSteps stacks) {
        this.rules = rules;
        this.stacks = stacks;
    }

    // ---- credentials -------------------------------------------------------------------------

    Transition enterCredentials(WizardState state) {
        WizardState.Builder b = state.edit();
        if (profilePickerApplies(state) && state.profiles().isEmpty() && !state.profileAsked) {
            // the profile list is a local read: known before the credential check, so a failed check can
            // offer the other profiles at once
            if (state.mode() != Mode.DEPLOY) {
                return Flow.work(b, Step.CREDENTIALS, Effect.ListProfiles::new);
            }
            String choice = state.answers().template();
            return Flow.work(b, Step.CREDENTIALS, Effect.ListProfiles::new, id -> new Effect.LoadTemplate(id, choice));
        }
        if (state.mode() == Mode.DEPLOY) {
            String choice = state.answers().template();
            return Flow.work(b, Step.CREDENTIALS, Effect.CheckCredentials::new, id -> new Effect.LoadTemplate(id, choice),
                    Effect.LoadRegions::new);
        }
        return Flow.work(b, Step.CREDENTIALS, Effect.CheckCredentials::new, Effect.LoadRegions::new);
    }

    // ---- results of effects --------------------------------------------------------------------

    Transition result(WizardState state, Event.Result event) {
        WizardState.Builder b = state.edit();
        b.awaited = without(state, event.requestId());
        if (event instanceof Event.CredentialsChecked e) {
            b.identity = Optional.of(e.identity());
        } else if (event instanceof Event.ProfilesListed e) {
            b.profiles = e.names().isEmpty() ? List.of("default") : e.names();
            WizardState listed = b.build();
            // mark as listed even when there is one profile, so the list is not read again
            return listed.awaited.isEmpty() ? checkCredentials(listed) : Transition.of(listed);
        } else if (event instanceof Event.ProfileSwitched) {
            return checkCredentials(b.build());
        } else if (event instanceof Event.TemplateLoaded e) {
            b.template = Optional.of(e.template());
            if (state.step() == Step.REGION) {
                return templateReloaded(b);
            }
        } else if (event instanceof Event.RegionsLoaded e) {
            b.enabledRegions = e.enabled();
            b.suggestedRegion = e.suggested();
        } else if (event instanceof Event.NetworkChecked e) {
            return networkChecked(b, e);
        } else if (event instanceof Event.DefaultVpcCreated e) {
            b.vpc = Optional.of(e.vpc());
            b.messages = append(state.messages(), "Created the default VPC " + e.vpc().vpcId() + " (" + e.vpc().cidr() + ") in "
                    + state.answers().region() + ".");
            return enterSize(b.build(), false);
        } else if (event instanceof Event.InstanceTypeChecked e) {
            return instanceChecked(b, e);
        } else if (event instanceof Event.SizingLoaded e) {
            return sizingLoaded(b, e);
        } else if (event instanceof Event.KeyPairCreated e) {
            return keyPairCreated(b, e);
        } else if (event instanceof Event.KeyPairsLoaded e) {
            b.keyPairs = e.names();
            return keyPairsLoaded(b.build());
        } else if (event instanceof Event.StackLookedUp e) {
            return stacks.stackNameChecked(b, e);
        } else if (event instanceof Event.PublicAddressDetected e) {
            return hardened.addressDetected(b, e);
        } else if (event instanceof Event.ManagedStacksListed e) {
            return managedStacksListed(b, e);
        }
        WizardState next = b.build();
        if (next.step() == Step.CREDENTIALS && next.awaited.isEmpty()) {
            return next.identity().isPresent() ? afterPreflight(next) : checkCredentials(next);
        }
        return Transition.of(next);
    }

    static List<String> append(List<String> messages, String line) {
        List<String> all = new java.util.ArrayList<>(messages);
        all.add(line);
        return List.copyOf(all);
    }

    private static java.util.Set<Long> without(WizardState state, long id) {
        java.util.Set<Long> rest = new java.util.HashSet<>(state.awaited);
        rest.remove(id);
        return java.util.Set.copyOf(rest);
    }

    // ---- template (Chroma's or the hardened one) --------------------------------------------------

    private boolean templateQuestionApplies(WizardState state) {
        return state.mode() == Mode.DEPLOY && state.config().interactive() && state.config().templateChoosable()
                && !state.config().given("template");
    }

    // ---- profile picker -------------------------------------------------------------------------

    /** Interactive, and nothing on the command line or in the environment decides the credentials. */
    boolean profilePickerApplies(WizardState state) {
        return state.config().interactive() && state.config().profileChoosable();
    }

    private Transition checkCredentials(WizardState state) {
        return Flow.work(state.edit(), Step.CREDENTIALS, Effect.CheckCredentials::new, Effect.LoadRegions::new);
    }

    /** After a successful check (several profiles) or a failed one: who you are, and the profiles to pick from. */
    Transition askProfile(WizardState state, Optional<SetupException> failure) {
        String current = state.activeProfile().orElse(state.profiles().contains("default") ? "default"
                : state.profiles().get(0));
        Question q = Questions.profile(state.profiles(), current, state.identity(), failure);
        return Flow.ask(state, Step.CREDENTIALS, q);
    }

    private Transition profileAnswered(WizardState state, Question q, String text) {
        Optional<String> chosen = Questions.choiceValue(q, text);
        if (chosen.isEmpty()) {
            return Flow.ask(state, Step.CREDENTIALS, q.withError("Choose one of the numbers listed."));
        }
        WizardState.Builder b = state.edit();
        b.profileAsked = true;
        boolean same = chosen.get().equals(q.defaultValue()) && state.identity().isPresent();
        if (same) {
            return afterPreflight(b.build());
        }
        b.activeProfile = Optional.of(chosen.get());
        b.identity = Optional.empty();
        Optional<String> profile = b.activeProfile;
        return Flow.work(b, Step.CREDENTIALS, id -> new Effect.UseProfile(id, profile));
    }

    private Transition afterPreflight(WizardState state) {
        if (profilePickerApplies(state) && state.profiles().size() > 1 && !state.profileAsked) {
            return askProfile(state, Optional.empty());
        }
        if (templateQuestionApplies(state) && !state.templateAsked) {
            return Flow.ask(state, Step.REGION, Questions.template(state.answers().template()));
        }
        return enterRegion(state, false);
    }

    private Transition templateAnswered(WizardState state, Question q, String text) {
        Optional<String> choice = Questions.choiceValue(q, text);
        if (choice.isEmpty()) {
            return Flow.ask(state, Step.REGION, q.withError("Choose 1 or 2."));
        }
        WizardState.Builder b = state.edit();
        b.templateAsked = true;
        if (choice.get().equals(state.answers().template())) {
            return enterRegion(b.build(), false);
        }
        b.answers = state.answers().withTemplate(choice.get());
        String chosen = choice.get();
        return Flow.work(b, Step.REGION, id -> new Effect.LoadTemplate(id, chosen));
    }

    /** Another template: what was learnt about sizes depends on it (arm64 or not), the region too. */
    private Transition templateReloaded(WizardState.Builder b) {
        b.offeredTypes = List.of();
        b.prices = java.util.Map.of();
        b.instance = Optional.empty();
        b.cost = Optional.empty();
        return enterRegion(b.build(), false);
    }

    // ---- region --------------------------------------------------------------------------------

    Transition enterRegion(WizardState state, boolean forceAsk) {
        Optional<ChromaTemplate> template = state.template();
        String region = state.answers().region();
        boolean given = state.config().given("region") && !region.isEmpty();
        if (!forceAsk && (given || !state.config().interactive())) {
            if (region.isEmpty()) {
                region = state.suggestedRegion.orElse("");
            }
            if (region.isEmpty()) {
                return Flow.finish(state, Outcome.of(SetupException.usage("No region chosen",
                        "--yes needs a region and none was found in --region, AWS_REGION or the profile",
                        "pass --region REGION (for example --region us-east-1)")));
            }
            Optional<SetupException> problem = rules.regionProblem(region, state.enabledRegions(), template);
            if (problem.isPresent()) {
                if (state.config().interactive()) {
                    return askRegion(state, Optional.of(problem.get().describe()));
                }
                return Flow.finish(state, Outcome.of(problem.get()));
            }
            return regionChosen(state, region);
        }
        return askRegion(state, Optional.empty());
    }

    private Transition askRegion(WizardState state, Optional<String> error) {
        String current = state.answers().region();
        String suggested = current.isEmpty() ? state.suggestedRegion.orElse("") : current;
        Question q = Questions.region(rules.regionChoices(state.enabledRegions(), state.template()),
                rules.defaultRegion(state.enabledRegions(), Optional.of(suggested).filter(s -> !s.isEmpty()),
                        state.template()));
        return Flow.ask(state, Step.REGION, error.map(q::withError).orElse(q));
    }

    private Transition regionChosen(WizardState state, String region) {
        WizardState.Builder b = state.edit();
        if (!region.equals(state.answers().region())) {
            // a new region invalidates what was learnt about the old one
            b.offeredTypes = List.of();
            b.prices = java.util.Map.of();
            b.cost = Optional.empty();
            b.vpc = Optional.empty();
            b.vpcChecked = false;
            b.instance = Optional.empty();
            b.keyPairs = List.of();
        }
        b.answers = state.answers().withRegion(region);
        if (state.mode() != Mode.DEPLOY) {
            return stacks.lookUpExisting(b);
        }
        if (state.config().interactive()) {
            // resume on launch: a deploy left running, or a server to check or remove, comes first
            return Flow.work(b, Step.REGION, id -> new Effect.ListManagedStacks(id, region));
        }
        return enterNetwork(b.build());
    }

    private Transition managedStacksListed(WizardState.Builder b, Event.ManagedStacksListed e) {
        b.managedStacks = e.stacks();
        WizardState state = b.build();
        if (e.stacks().isEmpty()) {
            return enterNetwork(state);
        }
        return Flow.ask(state, Step.REGION, Questions.resume(e.stacks(), state.answers().region()));
    }

    private Transition resumeAnswered(WizardState state, Question q, String text) {
        Optional<String> choice = Questions.choiceValue(q, text);
        if (choice.isEmpty()) {
            return Flow.ask(state, Step.REGION, q.withError("Choose one of the numbers listed."));
        }
        if (choice.get().equals(Questions.NEW_STACK)) {
            return enterNetwork(state);
        }
        String[] verbAndName = choice.get().split(" ", 2);
        WizardState.Builder b = state.edit();
        b.mode = switch (verbAndName[0]) {
            case "watch" -> Mode.WATCH;
            case "status" -> Mode.STATUS;
            default -> Mode.DESTROY;
        };
        b.answers = state.answers().withStackName(verbAndName[1]);
        return stacks.lookUpExisting(b);
    }

    // ---- network -------------------------------------------------------------------------------

    Transition enterNetwork(WizardState state) {
        String region = state.answers().region();
        return Flow.work(state.edit(), Step.NETWORK, id -> new Effect.CheckNetwork(id, region));
    }

    private Transition networkChecked(WizardState.Builder b, Event.NetworkChecked e) {
        b.vpc = e.vpc();
        b.vpcChecked = true;
        WizardState state = b.build();
        if (e.vpc().isPresent()) {
            return enterSize(state, false);
        }
        if (!state.config().interactive()) {
            if (state.config().createDefaultVpcAllowed()) {
                return createDefaultVpc(state);
            }
            return Flow.finish(state, Outcome.of(SetupException.blocked(
                    "No default VPC in " + state.answers().region(),
                    "Chroma's template puts its server in the region's default VPC, and this account has none there"
                            + " (CloudFormation would fail with \"No default VPC for this user\")",
                    "rerun with --create-default-vpc, or run: aws ec2 create-default-vpc --region "
                            + state.answers().region())));
        }
        return Flow.ask(state, Step.NETWORK, Questions.missingVpc(state.answers().region()));
    }

    private Transition createDefaultVpc(WizardState state) {
        String region = state.answers().region();
        return Flow.work(state.edit(), Step.NETWORK, id -> new Effect.CreateDefaultVpc(id, region));
    }

    private Transition networkAnswered(WizardState state, String text) {
        String answer = Questions.choiceValue(state.question().orElseThrow(), text).orElse("");
        return switch (answer) {
            case "create" -> createDefaultVpc(state);
            case "region" -> enterRegion(state, true);
            default -> Flow.ask(state, Step.NETWORK, state.question().orElseThrow()
                    .withError("Choose 1 to create a default VPC or 2 to pick another region."));
        };
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

    private Transition sizingLoaded(WizardState.Builder b, Event.SizingLoaded e) {
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

    private Transition instanceChecked(WizardState.Builder b, Event.InstanceTypeChecked e) {
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
        ok.messages = append(state.messages(), info.name() + ": " + info.vcpus() + " vCPU, "
                + Questions.gib(info.memoryMib()) + " memory, " + (info.supportsX86() ? "x86_64" : "arm64")
                + ok.cost.map(c -> "; about " + c.totalPerMonth() + " (" + c.breakdown() + ")").orElse("") + ".");
        return enterAccess(ok.build());
    }

    private Transition sizeAnswered(WizardState state, Question q, String text) {
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

    private Transition keyPairsLoaded(WizardState state) {
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

    private Transition keyPairCreated(WizardState.Builder b, Event.KeyPairCreated e) {
        List<String> pairs = new java.util.ArrayList<>(b.keyPairs);
        pairs.add(e.name());
        b.keyPairs = List.copyOf(pairs);
        b.answers = b.answers.withKeyName(e.name());
        b.privateKeyFile = Optional.of(e.privateKeyFile());
        WizardState state = b.build();
        WizardState.Builder m = state.edit();
        m.messages = append(state.messages(), "Created the key pair " + e.name() + "; its private key is in "
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
            b.messages = append(state.messages(), Questions.EXPOSURE_WARNING);
        }
        return enterOptions(b.build(), 0, false);
    }

    private Transition accessAnswered(WizardState state, Question q, String text) {
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
                n.notice().ifPresent(notice -> b.messages = append(state.messages(), notice));
            }
            case "otel-service-name" -> b.answers = a.withOtelServiceName(
                    rules.parameterValue("ChromaOtelServiceName", raw.trim()));
            case "otel-headers" -> b.answers = a.withOtelHeaders(rules.otelHeaders(Secret.of(raw.trim())));
            default -> b.answers = a.withStackName(rules.stackName(raw.trim()));
        }
        return b.build();
    }

    private Transition optionsAnswered(WizardState state, Question q, String text) {
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

    // ---- answers and back ------------------------------------------------------------------

    Transition answered(WizardState state, String text) {
        Question q = state.question().orElseThrow();
        return switch (state.step()) {
            case CREDENTIALS -> profileAnswered(state, q, text);
            case REGION -> {
                if (q.field().equals(Questions.RESUME)) {
                    yield resumeAnswered(state, q, text);
                }
                if (q.field().equals(Questions.TEMPLATE)) {
                    yield templateAnswered(state, q, text);
                }
                Optional<String> region = Questions.choiceValue(q, text);
                if (region.isEmpty()) {
                    yield Flow.ask(state, Step.REGION, q.withError(
                            "Choose one of the numbers listed, or type a region code such as us-east-1."));
                }
                Optional<SetupException> problem = rules.regionProblem(region.get(), state.enabledRegions(),
                        state.template());
                yield problem.isPresent()
                        ? Flow.ask(state, Step.REGION, q.withError(problem.get().describe()))
                        : regionChosen(state, region.get());
            }
            case NETWORK -> networkAnswered(state, text);
            case SIZE -> sizeAnswered(state, q, text);
            case ACCESS -> accessAnswered(state, q, text);
            case OPTIONS -> optionsAnswered(state, q, text);
            default -> Transition.of(state);
        };
    }

    Transition back(WizardState state) {
        return switch (state.step()) {
            case REGION -> templateQuestionApplies(state) && !state.question().map(q -> q.field().equals(Questions.TEMPLATE)).orElse(false)
                    ? Flow.ask(state, Step.REGION, Questions.template(state.answers().template()))
                    : Transition.of(state);
            case NETWORK, SIZE -> enterRegion(state, true);
            case ACCESS -> enterSize(state, true);
            case OPTIONS -> state.field == 0 ? keyPairQuestion(state) : enterOptions(state, state.field - 1, true);
            case REVIEW -> enterOptions(state, OPTION_FIELDS.size() - 1, true);
            default -> Transition.of(state);
        };
    }

    private Transition keyPairQuestion(WizardState state) {
        return Flow.ask(state, Step.ACCESS, Questions.keyPair(state.keyPairs(), state.answers().keyName()));
    }
}
