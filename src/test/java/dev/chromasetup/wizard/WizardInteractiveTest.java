package dev.chromasetup.wizard;

import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.chromasetup.wizard.WizardDriver.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The flow as a person meets it: questions, refused answers asked again, back, confirmations. */
class WizardInteractiveTest {

    private static WizardDriver wizard(String... given) {
        return new WizardDriver(WizardDriver.config(Mode.DEPLOY, true, given), WizardDriver.answers());
    }

    private static Question question(WizardDriver d) {
        return d.state.question().orElseThrow();
    }

    /** Region → size → key pair → exposure → the five options, all defaults. */
    private static WizardDriver toReview(WizardDriver d) {
        d.start().settle().answer("").settle(); // region: default us-east-1
        d.answer("").settle(); // size: t3.small
        d.answer("1").settle(); // no key pair
        d.answer("y").settle(); // exposure understood
        for (int i = 0; i < 5; i++) {
            d.answer("").settle();
        }
        return d;
    }

    @Test
    void regionQuestionListsUnsupportedRegionsWithTheReasonAndDefaultsToTheSuggestedOne() {
        WizardDriver d = wizard().start().settle();
        Question q = question(d);
        assertThat(q.step()).isEqualTo(Step.REGION);
        assertThat(q.defaultValue()).isEqualTo("us-east-1");
        Choice south = q.choices().stream().filter(c -> c.value().equals("eu-south-1")).findFirst().orElseThrow();
        assertThat(south.enabled()).isFalse();
        assertThat(south.note()).isNotBlank();
    }

    @Test
    void anUnsupportedRegionIsRefusedAndAskedAgain() {
        WizardDriver d = wizard().start().settle().answer("eu-south-1");
        assertThat(question(d).step()).isEqualTo(Step.REGION);
        assertThat(question(d).error()).isPresent();
        d.answer("us-west-2").settle();
        assertThat(question(d).step()).isEqualTo(Step.SIZE);
        assertThat(d.state.answers().region()).isEqualTo("us-west-2");
    }

    @Test
    void aTooSmallTypeIsRefusedNextToTheFieldAndTheStepCannotBeLeft() {
        WizardDriver d = wizard().start().settle().answer("").settle().answer("t3.micro").settle();
        assertThat(question(d).step()).isEqualTo(Step.SIZE);
        assertThat(question(d).error().orElseThrow()).contains("2 GiB");
        d.answer("t3.medium").settle();
        assertThat(question(d).step()).isEqualTo(Step.ACCESS);
        assertThat(d.state.answers().instanceType()).isEqualTo("t3.medium");
    }

    @Test
    void backKeepsEveryAnswer() {
        WizardDriver d = wizard().start().settle().answer("us-west-2").settle().answer("t3.medium").settle();
        assertThat(question(d).step()).isEqualTo(Step.ACCESS);
        d.send(new Event.Back());
        assertThat(question(d).step()).isEqualTo(Step.SIZE);
        assertThat(question(d).defaultValue()).isEqualTo("t3.medium");
        d.send(new Event.Back());
        assertThat(question(d).defaultValue()).isEqualTo("us-west-2");
    }

    @Test
    void theExposureWarningMustBeAcknowledged() {
        WizardDriver d = wizard().start().settle().answer("").settle().answer("").settle().answer("1").settle();
        assertThat(question(d).notes()).anySatisfy(n -> assertThat(n).contains("0.0.0.0/0").contains("no authentication"));
        d.answer("");
        assertThat(question(d).field()).isEqualTo("exposure");
        assertThat(question(d).error()).isPresent();
    }

    @Test
    void keysTypedBeforeAQuestionAreIgnored() {
        WizardDriver d = wizard().start();
        WizardState before = d.state;
        d.answer("y");
        assertThat(d.state).isSameAs(before);
    }

    @Test
    void theReviewShowsEverythingAndDefaultsToNo() {
        WizardDriver d = toReview(wizard());
        Question q = question(d);
        assertThat(q.step()).isEqualTo(Step.REVIEW);
        assertThat(String.join("\n", q.notes())).contains("my-chroma-stack").contains("t3.small")
                .contains("Firewall (security group)").contains("Chroma server (EC2 instance)")
                .contains("aws cloudformation create-stack").contains("123456789012");
        d.answer(""); // a reflex Enter: No
        assertThat(d.effects).isEmpty();
        assertThat(question(d).field()).isEqualTo("review-declined");
        assertThat(question(d).defaultValue()).isEqualTo("back");
        d.answer(""); // back: every answer kept
        assertThat(question(d).field()).isEqualTo("stack-name");
        assertThat(d.state.answers().instanceType()).isEqualTo("t3.small");
        d.answer("").settle().answer("n").answer("2");
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
    }

    @Test
    void aSecondStackWithATakenNameIsAskedForAnotherName() {
        WizardDriver d = wizard();
        d.existing = Optional.of(WizardDriver.stack("CREATE_COMPLETE"));
        toReview(d);
        assertThat(question(d).field()).isEqualTo("stack-name");
        assertThat(question(d).error().orElseThrow()).contains("already exists");
        d.existing = Optional.empty();
        d.answer("second-chroma").settle();
        assertThat(question(d).step()).isEqualTo(Step.REVIEW);
        assertThat(d.state.answers().stackName()).isEqualTo("second-chroma");
    }

    @Test
    void anInvalidStackNameIsRefusedWithTheRule() {
        WizardDriver d = wizard();
        d.start().settle().answer("").settle().answer("").settle().answer("1").settle().answer("y").settle();
        for (int i = 0; i < 4; i++) {
            d.answer("").settle();
        }
        d.answer("9 bad name");
        assertThat(question(d).field()).isEqualTo("stack-name");
        assertThat(question(d).error()).isPresent();
    }

    @Test
    void aFailedDeployOffersToDeleteTheLeftover() {
        WizardDriver d = toReview(wizard()).answer("y");
        d.created().polled("ROLLBACK_COMPLETE", List.of(event("ChromaInstanceSecurityGroup",
                "AWS::EC2::SecurityGroup", "CREATE_FAILED", "No default VPC for this user", 3)), Map.of());
        assertThat(question(d).field()).isEqualTo("cleanup");
        d.answer("");
        Effect.DeleteStack delete = d.effect(Effect.DeleteStack.class);
        assertThat(delete.stackId()).isEqualTo("arn:stack/my-chroma-stack/1");
        d.send(new Event.StackDeleteRequested(delete.requestId(), d.now));
        long poll = d.effect(Effect.PollStack.class).requestId();
        d.send(new Event.StackPolled(poll, List.of(), Optional.of("DELETE_COMPLETE"), Optional.empty(), Map.of(),
                false, Optional.empty(), java.time.Duration.ofSeconds(2), d.now));
        Question again = question(d);
        assertThat(again.field()).isEqualTo("try-again");
        assertThat(String.join("\n", again.notes())).contains("is deleted").containsIgnoringCase("default VPC");
        String firstToken = "chroma-setup-run1-1";
        d.answer(""); // back: the review again, every answer kept
        assertThat(question(d).step()).isEqualTo(Step.REVIEW);
        assertThat(d.state.stackId()).isEmpty();
        d.answer("y");
        assertThat(d.effect(Effect.CreateStack.class).request().clientRequestToken())
                .isEqualTo("chroma-setup-run1-2").isNotEqualTo(firstToken);
    }

    @Test
    void aFailedCredentialCheckOffersRetryWithoutLosingAnything() {
        WizardDriver d = wizard().start();
        long id = d.effect(Effect.CheckCredentials.class).requestId();
        d.send(new Event.Failed(id, SetupException.blocked("No AWS credentials found", "none set", "aws configure")));
        assertThat(question(d).field()).isEqualTo("retry");
        assertThat(question(d).notes().get(0)).contains("Fix: aws configure");
        d.answer("");
        assertThat(d.effects).hasAtLeastOneElementOfType(Effect.CheckCredentials.class);
        d.settle();
        assertThat(question(d).step()).isEqualTo(Step.REGION);
    }

    @Test
    void quittingAtARetryEndsWithTheOriginalError() {
        WizardDriver d = wizard().start();
        long id = d.effect(Effect.CheckCredentials.class).requestId();
        d.send(new Event.Failed(id, SetupException.blocked("No AWS credentials found", "none set", "aws configure")));
        d.answer("q");
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.BLOCKED);
    }

    @Test
    void destroyAsksForTheStackNameTyped() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.DESTROY, true, "region"),
                WizardDriver.answers().withRegion("us-east-1"));
        d.existing = Optional.of(WizardDriver.stack("CREATE_COMPLETE"));
        d.start().settle();
        assertThat(question(d).field()).isEqualTo("confirm-destroy");
        assertThat(String.join(" ", question(d).notes())).contains("data").contains("lost");
        d.answer("my-chroma");
        assertThat(question(d).error()).isPresent();
        d.answer("my-chroma-stack");
        assertThat(question(d).field()).isEqualTo("snapshot");
        d.answer("");
        assertThat(d.effect(Effect.DeleteStack.class)).isNotNull();
    }

    @Test
    void statusOfAMissingStackIsBlockedWithWhereToLook() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.STATUS, false, "region"),
                WizardDriver.answers().withRegion("us-east-1"));
        d.start().settle();
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(d.state.outcome().get().error().get().fix()).contains("list-stacks");
    }

    @Test
    void watchFollowsAStackInProgressToReadiness() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.WATCH, false, "region"),
                WizardDriver.answers().withRegion("us-east-1"));
        d.existing = Optional.of(WizardDriver.stack("CREATE_IN_PROGRESS"));
        d.start().settle();
        d.polled("CREATE_COMPLETE", List.of(), Map.of("ServerIp", "54.1.2.3"));
        assertThat(d.effect(Effect.ProbeReadiness.class).heartbeatUrl().getHost()).isEqualTo("54.1.2.3");
    }

    @Test
    void ctrlCDuringADeployAsksAndCancelDeletesTheStack() {
        WizardDriver d = toReview(wizard()).answer("y").created();
        d.send(new Event.Interrupted());
        assertThat(question(d).field()).isEqualTo("interrupt");
        assertThat(question(d).defaultValue()).isEqualTo("keep");
        d.answer("2");
        Effect.DeleteStack delete = d.effect(Effect.DeleteStack.class);
        d.send(new Event.StackDeleteRequested(delete.requestId(), d.now));
        long poll = d.effect(Effect.PollStack.class).requestId();
        d.send(new Event.StackPolled(poll, List.of(), Optional.of("DELETE_COMPLETE"), Optional.empty(), Map.of(),
                false, Optional.empty(), java.time.Duration.ofSeconds(2), d.now));
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        assertThat(d.state.outcome().get().error().get().describe()).contains("were deleted");
    }

    @Test
    void ctrlCThenBackResumesFollowingTheStack() {
        WizardDriver d = toReview(wizard()).answer("y").created();
        d.send(new Event.Interrupted()).answer("3");
        assertThat(d.effect(Effect.PollStack.class).stackId()).isEqualTo("arn:stack/my-chroma-stack/1");
        assertThat(d.state.finished()).isFalse();
    }

    @Test
    void aSecondCtrlCKeepsTheStackRunningAndSaysHowToReattach() {
        WizardDriver d = toReview(wizard()).answer("y").created();
        d.send(new Event.Interrupted()).send(new Event.Interrupted());
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        assertThat(d.state.outcome().get().error().get().fix()).contains("chroma-setup watch");
    }

    @Test
    void theSizeListShowsPricesCapacityAndGreysOutWhatCannotRunChroma() {
        WizardDriver d = wizard().start().settle().answer("").settle();
        Question q = question(d);
        assertThat(q.step()).isEqualTo(Step.SIZE);
        Choice small = q.choices().stream().filter(c -> c.value().equals("t3.small")).findFirst().orElseThrow();
        assertThat(small.enabled()).isTrue();
        assertThat(small.label()).contains("2 GiB").contains("21.23").contains("embeddings");
        Choice micro = q.choices().stream().filter(c -> c.value().equals("t3.micro")).findFirst().orElseThrow();
        assertThat(micro.enabled()).isFalse();
        assertThat(micro.note()).contains("2 GiB");
        assertThat(String.join("\n", q.notes())).contains("data transfer not included");
        d.answer("t4g.small").settle(); // Graviton types are not listed, but can be typed: refused with the reason
        assertThat(question(d).error().orElseThrow()).contains("arm64");
    }

    @Test
    void anExpectedCollectionSizeGivesARecommendationAsTheNewDefault() {
        WizardDriver d = wizard().start().settle().answer("").settle().answer("500,000 x 1024");
        Question q = question(d);
        assertThat(q.step()).isEqualTo(Step.SIZE);
        assertThat(q.notes()).anySatisfy(n -> assertThat(n).contains("500,000").contains("t3.medium"));
        assertThat(q.defaultValue()).isEqualTo("t3.medium");
        d.answer("").settle();
        assertThat(d.state.answers().instanceType()).isEqualTo("t3.medium");
    }

    @Test
    void theReviewCarriesTheMonthlyCost() {
        WizardDriver d = toReview(wizard());
        assertThat(question(d).notes()).anySatisfy(n -> assertThat(n).startsWith("Cost").contains("$21.23")
                .contains("15.18").contains("3.65"));
        assertThat(d.state.cost().orElseThrow().total()).isEqualByComparingTo("21.23");
    }

    @Test
    void aNewKeyPairCanBeCreatedFromTheAccessStep() {
        WizardDriver d = wizard().start().settle().answer("").settle().answer("").settle();
        Question keys = question(d);
        int create = keys.choices().size(); // the last entry creates a pair
        d.answer(String.valueOf(create));
        assertThat(question(d).field()).isEqualTo("new-key-name");
        assertThat(question(d).defaultValue()).isEqualTo("chroma-setup");
        d.answer("laptop"); // taken in this region
        assertThat(question(d).error().orElseThrow()).contains("already exists");
        d.answer("my-new-key");
        assertThat(d.effect(Effect.CreateKeyPair.class).name()).isEqualTo("my-new-key");
        d.settle();
        assertThat(d.state.answers().keyName()).isEqualTo("my-new-key");
        assertThat(d.state.privateKeyFile()).contains("/home/dev/.ssh/my-new-key.pem");
        assertThat(question(d).field()).isEqualTo("exposure");
    }
}
