package dev.chromasetup.wizard;

import dev.chromasetup.errors.SetupException;
import dev.chromasetup.template.ChromaTemplate;

import java.util.List;
import java.util.Optional;

/**
 * Credentials → region → network → size → access → options: the checks that run before anything is
 * created. Each step either asks (interactive, answer not given) or checks the given answer; under
 * --yes a missing or refused answer ends the run with a clear message.
 */
final class SetupSteps {
    private final WizardRules rules;
    private final StackSteps stacks;
    private final ServerSteps server;

    SetupSteps(WizardRules rules, StackSteps stacks) {
        this.rules = rules;
        this.stacks = stacks;
        this.server = new ServerSteps(rules);
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
            b.messages = Flow.append(state.messages(), "Created the default VPC " + e.vpc().vpcId() + " (" + e.vpc().cidr() + ") in "
                    + state.answers().region() + ".");
            return server.enterSize(b.build(), false);
        } else if (event instanceof Event.InstanceTypeChecked e) {
            return server.instanceChecked(b, e);
        } else if (event instanceof Event.SizingLoaded e) {
            return server.sizingLoaded(b, e);
        } else if (event instanceof Event.KeyPairCreated e) {
            return server.keyPairCreated(b, e);
        } else if (event instanceof Event.KeyPairsLoaded e) {
            b.keyPairs = e.names();
            return server.keyPairsLoaded(b.build());
        } else if (event instanceof Event.StackLookedUp e) {
            return stacks.stackNameChecked(b, e);
        } else if (event instanceof Event.PublicAddressDetected e) {
            return server.addressDetected(b, e);
        } else if (event instanceof Event.ManagedStacksListed e) {
            return managedStacksListed(b, e);
        }
        WizardState next = b.build();
        if (next.step() == Step.CREDENTIALS && next.awaited.isEmpty()) {
            return next.identity().isPresent() ? afterPreflight(next) : checkCredentials(next);
        }
        return Transition.of(next);
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
            return server.enterSize(state, false);
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
            case SIZE -> server.sizeAnswered(state, q, text);
            case ACCESS -> server.accessAnswered(state, q, text);
            case OPTIONS -> server.optionsAnswered(state, q, text);
            default -> Transition.of(state);
        };
    }

    /** Repeats the step whose check failed, every answer kept. */
    Transition retryStep(WizardState state) {
        return switch (state.step()) {
            case CREDENTIALS -> enterCredentials(state);
            case REGION -> enterRegion(state, true);
            case NETWORK -> enterNetwork(state);
            case SIZE -> server.enterSize(state, true);
            case ACCESS -> server.enterAccess(state);
            default -> server.enterOptions(state, state.field, true);
        };
    }

    Transition back(WizardState state) {
        return switch (state.step()) {
            case REGION -> templateQuestionApplies(state) && !state.question().map(q -> q.field().equals(Questions.TEMPLATE)).orElse(false)
                    ? Flow.ask(state, Step.REGION, Questions.template(state.answers().template()))
                    : Transition.of(state);
            case NETWORK, SIZE -> enterRegion(state, true);
            case ACCESS -> server.enterSize(state, true);
            case OPTIONS -> state.field == 0 ? keyPairQuestion(state)
                    : server.enterOptions(state, state.field - 1, true);
            case REVIEW -> server.enterOptions(state, ServerSteps.OPTION_FIELDS.size() - 1, true);
            default -> Transition.of(state);
        };
    }

    private Transition keyPairQuestion(WizardState state) {
        return Flow.ask(state, Step.ACCESS, Questions.keyPair(state.keyPairs(), state.answers().keyName()));
    }
}
