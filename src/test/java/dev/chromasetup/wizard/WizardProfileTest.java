package dev.chromasetup.wizard;

import dev.chromasetup.errors.SetupException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile picker on the Credentials step. */
class WizardProfileTest {

    private static WizardDriver picking() {
        return new WizardDriver(WizardDriver.config(Mode.DEPLOY, true).withProfileChoosable(true),
                WizardDriver.answers());
    }

    private static Question question(WizardDriver d) {
        return d.state.question().orElseThrow();
    }

    @Test
    void withSeveralProfilesTheUserSeesWhoTheyAreAndMayPickAnother() {
        WizardDriver d = picking().start();
        assertThat(d.effects).hasAtLeastOneElementOfType(Effect.ListProfiles.class);
        d.settle();
        Question q = question(d);
        assertThat(q.field()).isEqualTo("profile");
        assertThat(q.defaultValue()).isEqualTo("default");
        assertThat(q.choices()).extracting(Choice::value).containsExactly("default", "work");
        assertThat(q.notes().get(0)).contains("123456789012").contains("AKIA…MPLE").contains("environment variables");

        d.answer("2");
        assertThat(d.effect(Effect.UseProfile.class).profile()).contains("work");
        d.settle();
        assertThat(d.state.activeProfile()).contains("work");
        assertThat(question(d).field()).isEqualTo("region"); // checked again with "work", then on
    }

    @Test
    void enterKeepsTheProfileThatWorked() {
        WizardDriver d = picking().start().settle().answer("");
        assertThat(d.effects).noneMatch(e -> e instanceof Effect.UseProfile);
        assertThat(question(d).field()).isEqualTo("region");
    }

    @Test
    void failedCredentialsOfferTheOtherProfilesWithTheReason() {
        WizardDriver d = picking().start();
        long list = d.effect(Effect.ListProfiles.class).requestId();
        long template = d.effect(Effect.LoadTemplate.class).requestId();
        d.send(new Event.ProfilesListed(list, java.util.List.of("default", "work")));
        d.send(new Event.TemplateLoaded(template, WizardDriver.template())); // both in: the check starts
        long check = d.effect(Effect.CheckCredentials.class).requestId();
        d.send(new Event.Failed(check, SetupException.blocked("The AWS credentials were rejected",
                "the key is not valid", "aws configure")));
        Question q = question(d);
        assertThat(q.field()).isEqualTo("profile");
        assertThat(String.join("\n", q.notes())).contains("credentials were rejected").contains("Fix: aws configure");
        d.answer("work");
        assertThat(d.effect(Effect.UseProfile.class).profile()).contains("work");
    }

    @Test
    void noPickerWhenSomethingDecidesTheCredentials() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.DEPLOY, true), WizardDriver.answers()).start();
        assertThat(d.effects).noneMatch(e -> e instanceof Effect.ListProfiles);
        d.settle();
        assertThat(question(d).field()).isEqualTo("region");
    }

    @Test
    void statusWithThePickerDoesNotLoadTheTemplate() {
        WizardDriver d = new WizardDriver(WizardDriver.config(Mode.STATUS, true).withProfileChoosable(true),
                WizardDriver.answers()).start();
        assertThat(d.effects).hasSize(1).allMatch(e -> e instanceof Effect.ListProfiles);
        assertThat(Optional.of(d.state.step())).contains(Step.CREDENTIALS);
    }
}
