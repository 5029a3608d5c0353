package dev.chromasetup.wizard;

import dev.chromasetup.errors.ExitCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Choosing chroma-setup's hardened template, and its access questions. */
class WizardHardenedTest {

    private static Question question(WizardDriver d) {
        return d.state.question().orElseThrow();
    }

    private static WizardDriver choosing() {
        return new WizardDriver(WizardDriver.config(Mode.DEPLOY, true).withTemplateChoosable(true),
                WizardDriver.answers());
    }

    @Test
    void theTemplateIsChosenFirstWithTheComparisonAndOfficialAsDefault() {
        WizardDriver d = choosing().start().settle();
        Question q = question(d);
        assertThat(q.field()).isEqualTo("template");
        assertThat(q.defaultValue()).isEqualTo("official");
        assertThat(String.join("\n", q.notes())).contains("every commercial region").contains("x86_64 and arm64")
                .contains("Chroma restarts").contains("your address only").contains("not yet on real");
        d.answer("");
        assertThat(question(d).field()).isEqualTo("region"); // same template: nothing to reload
    }

    @Test
    void theHardenedTemplateOpensEveryRegionAndAsksWhoMayConnect() {
        WizardDriver d = choosing().start().settle().answer("2");
        assertThat(d.effect(Effect.LoadTemplate.class).choice()).isEqualTo("hardened");
        d.settle();
        assertThat(question(d).choices()).allMatch(Choice::enabled); // eu-south-1 too
        d.answer("eu-south-1").settle().answer("t4g.small").settle(); // Graviton: fine with this template
        assertThat(d.state.instance().orElseThrow().name()).isEqualTo("t4g.small");

        Question cidr = question(d);
        assertThat(cidr.field()).isEqualTo("allowed-cidr");
        assertThat(cidr.defaultValue()).isEqualTo("203.0.113.7/32");
        assertThat(cidr.notes()).anySatisfy(n -> assertThat(n).contains("checkip.amazonaws.com"));
        d.answer("203.0.113.7/24");
        assertThat(question(d).field()).isEqualTo("ssh");
        d.answer("").answer("");
        assertThat(question(d).field()).isEqualTo("elastic-ip");
        d.answer("y");
        for (int i = 0; i < 5; i++) {
            d.answer("").settle();
        }
        Question review = question(d);
        assertThat(review.step()).isEqualTo(Step.REVIEW);
        String lines = String.join("\n", review.notes());
        assertThat(lines).contains("open to 203.0.113.0/24 only").contains("a token is required")
                .contains("--capabilities CAPABILITY_IAM").contains("ParameterKey=AuthToken,ParameterValue='****'").contains("Server role (for Systems Manager)")
                .doesNotContain("generated-token").doesNotContain("0.0.0.0/0");

        d.answer("y");
        Map<String, String> p = d.effect(Effect.CreateStack.class).request().parameters();
        assertThat(p).containsEntry("AllowedCidr", "203.0.113.0/24").containsEntry("SshAccess", "false")
                .containsEntry("ElasticIp", "true").containsEntry("Architecture", "arm64")
                .containsEntry("AuthToken", "generated-token-0123456789abcdef").doesNotContainKey("KeyName");
    }

    @Test
    void anExpectedCollectionGetsTheCheaperGravitonTypeWithWhatItSaves() {
        WizardDriver d = choosing().start().settle().answer("2").settle();
        d.answer("us-east-1").settle();
        assertThat(question(d).step()).isEqualTo(Step.SIZE);
        d.answer("100000x1536").settle();
        Question size = question(d);
        assertThat(size.step()).isEqualTo(Step.SIZE);
        assertThat(String.join("\n", size.notes()))
                .containsPattern("t4g\\.small is enough \\(arm64: about \\$\\d+\\.\\d\\d a month less than t3\\.small\\)");
        assertThat(size.defaultValue()).isEqualTo("t4g.small"); // Enter takes it
    }

    @Test
    void theOfficialTemplateStillRecommendsX86() {
        WizardDriver d = choosing().start().settle().answer("").settle();
        d.answer("us-east-1").settle();
        d.answer("100000x1536").settle();
        assertThat(String.join("\n", question(d).notes())).contains("t3.small is enough.").doesNotContain("arm64: about");
    }

    @Test
    void sshOnAsksForTheKeyPairThenGoesOn() {
        WizardDriver d = choosing().start().settle().answer("2").settle().answer("").settle().answer("").settle();
        d.answer("").answer("y").settle();
        assertThat(question(d).field()).isEqualTo("key-name");
        d.answer("2"); // laptop
        assertThat(question(d).field()).isEqualTo("auth");
        assertThat(d.state.answers().keyName()).isEqualTo("laptop");
    }

    @Test
    void underYesWithoutAnAddressAndNoneFoundTheRunSaysWhatToPass() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.DEPLOY, false, "region"),
                WizardDriver.answers().withRegion("us-east-1").withTemplate("hardened"));
        d.publicAddress = Optional.empty();
        d.start().settle();
        assertThat(d.state.outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(d.state.outcome().get().error().get().fix()).contains("--allowed-cidr");
    }

    @Test
    void theReadinessProbeCarriesTheTokenAndTheSnippetsTheHeader() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.DEPLOY, false, "region"),
                WizardDriver.answers().withRegion("us-east-1").withTemplate("hardened")
                        .withAccess(HardenedAccess.none().withAuthToken(
                                dev.chromasetup.text.Secret.of("tok-0123456789abcdef"))));
        d.start().settle().created();
        d.polled("CREATE_COMPLETE", List.of(), Map.of("ServerIp", "54.1.2.3", "DataVolumeId", "vol-1"));
        assertThat(d.effect(Effect.ProbeReadiness.class).token().reveal()).isEqualTo("tok-0123456789abcdef");
        assertThat(d.state.clientHeaders()).containsEntry("X-Chroma-Token", "tok-0123456789abcdef");
    }
}
