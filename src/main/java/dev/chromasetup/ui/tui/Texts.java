package dev.chromasetup.ui.tui;

import dev.chromasetup.wizard.Activities;
import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Phase;
import dev.chromasetup.wizard.WizardState;

import java.util.List;

/** The face's own words: what is being done, help per screen, the commands to run later. */
final class Texts {
    private Texts() {
    }

    static String activity(Effect e, WizardState s) {
        return Activities.of(e, s);
    }

    static String activity(WizardState s) {
        return Activities.of(s);
    }

    static String command(WizardState s, String verb) {
        return Activities.command(s, verb);
    }

    static List<String> help(WizardState s) {
        List<String> common = List.of("", "Enter continue · Esc back one step · ↑↓ move · ? or F1 this help",
                "q quit (asks first when something is running) · Ctrl-C never kills silently");
        List<String> specific = switch (s.step()) {
            case CREDENTIALS -> List.of("Credentials: chroma-setup uses the same credentials as the AWS CLI.",
                    "Set them with: export AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=…",
                    "or: aws configure   or, for SSO: aws sso login --profile NAME",
                    "then press Enter on the error screen to try again without restarting.");
            case REGION -> List.of("Region: where the server runs. Pick one close to your users.",
                    "Greyed regions cannot be used; the reason is shown next to them.",
                    "You can also type a region code (for example eu-west-1) and press Enter.");
            case NETWORK -> List.of("Network: Chroma's template needs the region's default VPC.",
                    "Creating one is free; or go back and pick another region.");
            case SIZE -> List.of("Size: the EC2 instance type. Chroma needs at least 2 GiB of memory;",
                    "Graviton (arm64) types are refused because the template's image is x86_64.",
                    "Type any other type name (for example r6i.large) and press Enter.");
            case ACCESS -> List.of("Access: a key pair lets you SSH to the server to read Chroma's logs.",
                    "Ports 8000 and 22 are open to the whole internet and Chroma has no",
                    "authentication: confirm with y, then Enter.");
            case OPTIONS -> List.of("Options: edit the field; Enter accepts it, Esc goes back a field.",
                    "OpenTelemetry headers are a secret: shown as • only, never saved.",
                    "In text fields q and ? are letters: use F1 for help, Ctrl-C to quit.");
            case REVIEW -> List.of("Review: nothing has been created yet.",
                    "Choose Yes (y, then Enter) to create the stack; Enter alone keeps No.",
                    "↑↓ scroll the summary when it is taller than the screen.");
            case DEPLOY -> List.of("Deploy: CloudFormation creates the resources; rows update live.",
                    "Ctrl-C lets you stop watching: the stack keeps running in AWS and",
                    "chroma-setup watch re-attaches to it later.");
            case READY -> List.of("Ready: the server is up; Chroma is starting (the instance boots, then",
                    "Docker pulls Chroma's image). The address answers when Chroma is ready.");
            case DONE -> List.of("Done: Tab switches Python / TypeScript, s saves both snippets to files",
                    "in the current folder (never overwriting), Enter exits.");
        };
        List<String> log = FullLog.offered(s)
                ? List.of("l shows the full log: every stack event with its whole reason; ↑↓ PgUp PgDn"
                        + " scroll it, Home End jump to the oldest / newest, Esc or l closes it.")
                : List.of();
        return java.util.stream.Stream.of(specific, field(s), log, common).flatMap(List::stream).toList();
    }

    /** The editing keys ({@link FieldKeys}), while a text field is open. */
    private static List<String> field(WizardState s) {
        boolean open = s.phase() == Phase.ASKING && s.question().filter(TuiModel::isTextField).isPresent();
        return open ? List.of("In the field: ←→ move, Ctrl-←→ (Alt-B Alt-F) by word, Home End (Ctrl-A Ctrl-E)"
                + " to the ends; Backspace and Delete (Ctrl-D) a character, Ctrl-W the word before the cursor,"
                + " Ctrl-U and Ctrl-K to the start / to the end.") : List.of();
    }
}
