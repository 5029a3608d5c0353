package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.chromasetup.deploy.ProbeResult;
import dev.chromasetup.wizard.Event;
import dev.chromasetup.wizard.Step;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.chromasetup.ui.tui.TuiFixtures.T0;
import static dev.chromasetup.ui.tui.TuiFixtures.instance;
import static dev.chromasetup.ui.tui.TuiFixtures.sg;
import static dev.chromasetup.ui.tui.TuiFixtures.stackEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** Every screen of the full-screen face at 80×24, rendered from states of the real wizard. */
class TuiScreensTest {

    static StateDriver deploying() {
        StateDriver d = StateDriver.atReview();
        d.send(new Event.Answered("y")).created();
        d.now = T0.plusSeconds(12);
        return d.polled("CREATE_IN_PROGRESS", List.of(stackEvent("CREATE_IN_PROGRESS", "User Initiated", 0),
                sg("CREATE_IN_PROGRESS", 2), sg("CREATE_COMPLETE", 8),
                instance("CREATE_IN_PROGRESS", "Resource creation Initiated", 9)), Map.of());
    }

    static StateDriver ready() {
        StateDriver d = deploying();
        d.now = T0.plusSeconds(70);
        d.polled("CREATE_COMPLETE", List.of(instance("CREATE_COMPLETE", "", 60), stackEvent("CREATE_COMPLETE", "", 61)),
                Map.of("ServerIp", "54.1.2.3"));
        d.now = T0.plusSeconds(100);
        return d.probed(ProbeResult.notYet(0, "connection refused"));
    }

    static StateDriver done() {
        StateDriver d = ready();
        d.now = T0.plusSeconds(160);
        return d.probed(ProbeResult.ready("heartbeat"));
    }

    static StateDriver failed() {
        StateDriver d = StateDriver.atReview();
        d.send(new Event.Answered("y")).created();
        d.now = T0.plusSeconds(40);
        d.polled("ROLLBACK_IN_PROGRESS", List.of(stackEvent("CREATE_IN_PROGRESS", "User Initiated", 0),
                sg("CREATE_IN_PROGRESS", 2), sg("CREATE_COMPLETE", 8),
                instance("CREATE_IN_PROGRESS", "Resource creation Initiated", 9),
                instance("CREATE_FAILED", "The key pair 'laptop' does not exist (Service: Ec2, Status Code: 400)", 12),
                stackEvent("ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create: [ChromaInstance].", 13)),
                Map.of());
        return d.polled("ROLLBACK_COMPLETE", List.of(sg("DELETE_IN_PROGRESS", 14), sg("DELETE_COMPLETE", 20),
                stackEvent("ROLLBACK_COMPLETE", "", 21)), Map.of());
    }

    static String screen(StateDriver d) {
        return Screens.render(d.state, d.now);
    }

    @Test
    void welcomeSaysWhatWillBeCreatedWhileCredentialsAreChecked() {
        String s = screen(new StateDriver().start());
        assertThat(s).contains("[Credentials] · Region · Network · Size · Access · Options · Review")
                .contains("one EC2 instance").contains("security group")
                .contains("Nothing is created before the Review screen")
                .contains("Checking your credentials…")
                .contains("? help · q quit");
        Screens.assertGolden("welcome", s);
    }

    @Test
    void credentialsFailureShowsTheFixAndRetryKeys() {
        StateDriver d = new StateDriver();
        d.credentialsFail = true;
        String s = screen(d.start().settle());
        assertThat(s).contains("✗ Credentials: something went wrong")
                .contains("No AWS credentials found")
                .contains("Fix: export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run aws configure")
                .contains("aws sso login --profile NAME")
                .contains("Enter retry · q quit");
        Screens.assertGolden("credentials-failed", s);
    }

    @Test
    void regionListsRegionsGreysTheOnesTheTemplateCannotUseAndShowsWhoIsSignedIn() {
        String s = screen(StateDriver.atRegion());
        assertThat(s).contains("Credentials ✓ · [Region] · Network")
                .contains("account 123456789012").contains("AKIA…MPLE")
                .contains("▸ us-east-1  US East (N. Virginia)  (default)")
                .contains("eu-south-1  EU (Milan)").contains("not available:")
                .contains("no machine image (AMI)")
                .contains("↑↓ choose · Enter next · ? help · q quit");
        Screens.assertGolden("region", s);
    }

    @Test
    void aDisabledRegionIsGreyAndTheSelectionIsMarkedBeyondColour() {
        StateDriver d = StateDriver.atRegion();
        Screens.Rendered r = Screens.render(d.state, new TuiModel(), 80, 24, d.now, false);
        int row = rowOf(r.text(), "eu-south-1");
        assertThat(r.terminal().getCharacter(6, row).getForegroundColor()).isEqualTo(TextColor.ANSI.BLACK_BRIGHT);
        int selected = rowOf(r.text(), "▸ us-east-1");
        assertThat(r.terminal().getCharacter(6, selected).isReversed()).isTrue();
    }

    @Test
    void missingVpcOffersToCreateOneOrPickAnotherRegion() {
        StateDriver d = new StateDriver();
        d.vpc = Optional.empty();
        String s = screen(d.start().settle().answer("3"));
        assertThat(s).contains("[Network]").contains("no default VPC in us-east-1")
                .contains("▸ Create a default VPC in us-east-1 now").contains("Pick another region")
                .contains("Esc back");
    }

    @Test
    void sizeListsTypesWithTheNetworkFoundAndARefusalNextToTheList() {
        StateDriver d = StateDriver.atRegion().answer("3");
        String s = screen(d);
        assertThat(s).contains("[Size]").contains("default VPC vpc-1 (172.31.0.0/16, 3 subnets)")
                .contains("▸ t3.small").contains("(default)").contains("21.23").contains("t3.medium").contains("at least 2 GiB");
        Screens.assertGolden("size", s);

        String refused = screen(d.answer("t3.micro"));
        assertThat(refused).contains("✗ Instance type t3.micro is too small for Chroma")
                .contains("Fix: pick a type with at least 2 GiB").contains("▸ t3.small");
    }

    @Test
    void accessListsKeyPairsThenWarnsAboutTheExposureWithNoAsDefault() {
        StateDriver d = StateDriver.atRegion().answer("3").answer("1");
        assertThat(screen(d)).contains("[Access]").contains("▸ No key pair (no SSH access to the server)")
                .contains("laptop").contains("2 GiB memory");
        d.answer("2");
        String s = screen(d);
        assertThat(s).contains("port 8000 (Chroma) and port 22 (SSH)").contains("no authentication")
                .contains("I understand; continue?   [ No ]    Yes    (default No)");
        assertThat(screen(d.answer("n"))).contains("✗ Type y to accept the exposure");
    }

    @Test
    void optionsShowTheFormAndNeverTheHeadersText() {
        StateDriver d = StateDriver.atRegion().answer("3").answer("1").answer("1").answer("y");
        assertThat(screen(d)).contains("▸ Chroma version               1.5.9")
                .contains("OpenTelemetry headers        (none)").contains("Stack name                   my-chroma-stack")
                .contains("type · Enter next · Esc back · F1 help · Ctrl-C quit");
        d.answer("").answer("https://api.honeycomb.com:443").answer("");
        TuiModel m = new TuiModel();
        m.follow(d.state);
        m.typed.insert("x-honeycomb-team=SECRETVALUE");
        String typing = Screens.render(d.state, m, 80, 24, d.now);
        assertThat(typing).contains("▸ OpenTelemetry headers        " + "•".repeat(28))
                .doesNotContain("SECRETVALUE").doesNotContain("honeycomb-team");
        Screens.assertGolden("options-headers", typing);

        d.answer("x-honeycomb-team=SECRETVALUE");
        String after = screen(d);
        assertThat(after).contains("OpenTelemetry headers        •••••• (set, 28 characters)")
                .doesNotContain("SECRETVALUE");
    }

    @Test
    void aRefusedStackNameShowsTheErrorNextToTheField() {
        StateDriver d = StateDriver.atRegion().answer("3").answer("1").answer("1").answer("y");
        d.answer("").answer("").answer("").answer("").answer("Bad Name!");
        String s = screen(d);
        assertThat(s).contains("▸ Stack name").contains("✗ Stack name \"Bad Name!\" contains a character")
                .contains("Fix: use letters, digits and hyphens");
        assertThat(d.state.step()).isEqualTo(Step.OPTIONS);
    }

    @Test
    void reviewListsEveryChoiceAndDefaultsToNo() {
        String s = screen(StateDriver.atReview());
        assertThat(s).contains("[Review]").contains("Stack        my-chroma-stack in us-east-1")
                .contains("Key pair     laptop").contains("Will create  Firewall (security group), Chroma server")
                .contains("Warning: Chroma's template opens port 8000")
                .contains("Create these resources now?   [ No ]    Yes    (default No)")
                .contains("↑↓ scroll");
        Screens.assertGolden("review", parametersSorted(s));
    }

    @Test
    void reviewAtALargerSizeShowsEverythingWithoutScrolling() {
        StateDriver d = StateDriver.atReview();
        String s = Screens.render(d.state, new TuiModel(), 120, 40, d.now);
        assertThat(s).contains("ParameterKey=KeyName,ParameterValue=laptop").contains("Same as: aws cloudformation")
                .contains("Create these resources now?").doesNotContain("more lines");
    }

    @Test
    void deployAtALargerSize() {
        StateDriver d = deploying();
        String s = Screens.render(d.state, new TuiModel(), 120, 40, d.now);
        assertThat(s).contains("12:00:02  Firewall (security group)     CREATE_IN_PROGRESS     Resource creation Initiated");
        Screens.assertGolden("deploy-120x40", s);
    }

    /**
     * CreateStackRequest keeps its parameters in a Map.copyOf, whose order changes from one JVM to the
     * next: the review's "Same as" command lists them in that order. Sort those lines (one parameter a
     * line at 80 columns) so the golden file is stable.
     */
    static String parametersSorted(String screen) {
        List<String> lines = new java.util.ArrayList<>(screen.lines().toList());
        int from = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean param = i < lines.size() && lines.get(i).startsWith("  ParameterKey=");
            if (param && from < 0) {
                from = i;
            } else if (!param && from >= 0) {
                java.util.Collections.sort(lines.subList(from, i));
                from = -1;
            }
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void deployShowsOneRowPerResourceWithSymbolWordAndTimeAndTheLog() {
        String s = screen(deploying());
        assertThat(s).contains("deploying my-chroma-stack in us-east-1")
                .contains("✓ Firewall (security group)           created              6s")
                .contains("◐ Chroma server (EC2 instance)        creating             3s")
                .contains("1 of 2 resources created")
                .contains("12:00:09  Chroma server (EC2 instance)  CREATE_IN_PROGRESS")
                .contains("Ctrl-C: keep running and exit / cancel and delete");
        Screens.assertGolden("deploy", s);
    }

    @Test
    void theEventLogShowsTheLatestLinesAndNeverOverflows() {
        StateDriver d = deploying();
        List<dev.chromasetup.aws.StackEvent> many = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(TuiFixtures.instance("CREATE_IN_PROGRESS", "#" + i, 20 + i));
        }
        d.polled("CREATE_IN_PROGRESS", many, Map.of());
        String s = screen(d);
        assertThat(s).contains("#59").contains("#45").doesNotContain("#44").doesNotContain("#1\n");
        assertThat(s.lines()).hasSize(24);
        assertThat(s.lines().toList().get(23)).contains("Ctrl-C: keep running and exit / cancel and delete");
    }

    @Test
    void manyResourcesKeepRoomForTheLog() {
        StateDriver d = deploying();
        List<dev.chromasetup.aws.StackEvent> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(TuiFixtures.event("Extra" + i, "AWS::SSM::Parameter", "CREATE_COMPLETE", "", 20 + i));
        }
        d.polled("CREATE_IN_PROGRESS", many, Map.of());
        String s = screen(d);
        assertThat(s).contains("◐ Chroma server (EC2 instance)").contains("more: ").contains("31 of 32 resources created")
                .contains("Extra29 (AWS::SSM::Parameter) CREATE_COMPLETE");
        assertThat(s.lines()).hasSize(24);
    }

    @Test
    void deployFailureExplainsTheRootCauseAndOffersToDelete() {
        String s = screen(failed());
        assertThat(s).contains("✗ Chroma server (EC2 instance)        failed")
                .contains("The key pair 'laptop' does not exist")
                .contains("Fix: choose an existing key pair")
                .contains("Delete the failed stack now?     No    [ Yes ]  (default Yes)");
        Screens.assertGolden("deploy-failed", s);
    }

    @Test
    void readyShowsTheHeartbeatUrlElapsedAndWhatIsHappening() {
        StateDriver d = ready();
        String s = screen(d);
        assertThat(s).contains("[Ready]").contains("http://54.1.2.3:8000/api/v2/heartbeat")
                .contains("Waiting for   30s").contains("Now           " + d.state.readinessPhase().orElseThrow())
                .contains("Last try      connection refused");
    }

    @Test
    void ctrlCWhileWaitingForChromaShowsItsChoicesUnderTheWait() {
        StateDriver d = ready().send(new Event.Interrupted());
        String s = screen(d);
        assertThat(s).contains("[Ready]").contains("Waiting for Chroma to answer")
                .contains("Keep it running in AWS and exit").contains("Go back to")
                .contains("↑↓ choose");
        Screens.assertGolden("ready-ctrl-c", s);
    }

    @Test
    void doneShowsTheEndpointThePythonSnippetAndTheCommands() {
        String s = screen(done());
        assertThat(s).contains("Chroma is ready").contains("http://54.1.2.3:8000")
                .contains("[ Python ]").contains("client = chromadb.HttpClient(host=\"54.1.2.3\", port=8000)")
                .contains("chroma-setup status --stack-name my-chroma-stack --region us-east-1")
                .contains("chroma-setup destroy --stack-name my-chroma-stack --region us-east-1")
                .contains("Tab Python / TypeScript · s save snippets · l full log · Enter exit");
        Screens.assertGolden("done", s);
    }

    @Test
    void doneTabShowsTheTypeScriptSnippet() {
        StateDriver d = done();
        TuiModel m = new TuiModel();
        m.doneTab = 1;
        String s = Screens.render(d.state, m, 80, 24, d.now);
        assertThat(s).contains("[ TypeScript ]").contains("new ChromaClient({ host: \"54.1.2.3\", port: 8000")
                .contains("npm install chromadb").doesNotContain("…");
        assertThat(s).contains("ssl: false\n    });"); // wrapped at the edge, every character kept
    }

    @Test
    void aFinishedErrorShowsWhatWhyAndFix() {
        StateDriver d = failed();
        d.send(new Event.Answered("n"));
        String s = screen(d);
        assertThat(s).contains("Something went wrong").contains("✗ The stack my-chroma-stack failed")
                .contains("Fix: choose an existing key pair").contains("Enter exit");
    }

    @Test
    void aTooSmallWindowGetsOnlyTheMessage() {
        StateDriver d = StateDriver.atRegion();
        String s = Screens.render(d.state, new TuiModel(), 70, 20, d.now);
        assertThat(s).startsWith(" Make the window at least 80×24 (now 70×20).").doesNotContain("Region");
    }

    @Test
    void helpAndQuitOverlaysAreDrawnOverTheScreen() {
        StateDriver d = StateDriver.atRegion();
        TuiModel m = new TuiModel();
        m.overlay = TuiModel.Overlay.HELP;
        assertThat(Screens.render(d.state, m, 80, 24, d.now)).contains("┌─ Help").contains("Greyed regions cannot be used")
                .contains("Esc close help");
        StateDriver dep = deploying().send(new dev.chromasetup.wizard.Event.Interrupted());
        String s = Screens.render(dep.state, new TuiModel(), 80, 24, dep.now);
        assertThat(s).contains("▸ Keep it running in AWS and exit").contains("is being created in AWS")
                .contains("Cancel: delete the stack and everything it created").contains("Go back to watching");
        Screens.assertGolden("deploy-ctrl-c", s);
    }

    @Test
    void monochromeUsesNoColourAtAllAndKeepsSymbolsAndWords() {
        for (StateDriver d : List.of(StateDriver.atRegion(), deploying(), failed(), done())) {
            Screens.Rendered r = Screens.render(d.state, new TuiModel(), 80, 24, d.now, true);
            assertNoColour(r.terminal());
            assertThat(r.text()).isEqualTo(Screens.render(d.state, new TuiModel(), 80, 24, d.now));
        }
    }

    private static void assertNoColour(DefaultVirtualTerminal vt) {
        for (int row = 0; row < 24; row++) {
            for (int col = 0; col < 80; col++) {
                TextCharacter ch = vt.getCharacter(col, row);
                assertThat(ch.getForegroundColor()).as("foreground at %d,%d", col, row).isEqualTo(TextColor.ANSI.DEFAULT);
                assertThat(ch.getBackgroundColor()).as("background at %d,%d", col, row).isEqualTo(TextColor.ANSI.DEFAULT);
            }
        }
    }

    static int rowOf(String screen, String text) {
        List<String> lines = screen.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not on the screen:\n" + screen);
    }
}
