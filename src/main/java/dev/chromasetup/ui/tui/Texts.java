package dev.chromasetup.ui.tui;

import dev.chromasetup.wizard.Effect;
import dev.chromasetup.wizard.Step;
import dev.chromasetup.wizard.WizardState;

import java.util.List;

/** The face's own words: what is being done, help per screen, the commands to run later. */
final class Texts {
    private Texts() {
    }

    /** "Checking your credentials…": what one running effect is doing, in plain words. */
    static String activity(Effect e, WizardState s) {
        String stack = s.answers().stackName();
        if (e instanceof Effect.CheckCredentials) {
            return "Checking your credentials…";
        } else if (e instanceof Effect.LoadTemplate) {
            return "Reading Chroma's CloudFormation template…";
        } else if (e instanceof Effect.LoadRegions) {
            return "Listing the regions enabled for this account…";
        } else if (e instanceof Effect.CheckNetwork n) {
            return "Looking for the default VPC in " + n.region() + "…";
        } else if (e instanceof Effect.CreateDefaultVpc n) {
            return "Creating a default VPC in " + n.region() + "…";
        } else if (e instanceof Effect.CheckInstanceType t) {
            return "Checking " + t.instanceType() + " in " + t.region() + "…";
        } else if (e instanceof Effect.LoadKeyPairs k) {
            return "Listing the key pairs in " + k.region() + "…";
        } else if (e instanceof Effect.LookUpStack l) {
            return s.step() == Step.OPTIONS ? "Checking that no stack is named " + l.stackName() + " in " + l.region() + "…"
                    : "Looking up the stack " + l.stackName() + " in " + l.region() + "…";
        } else if (e instanceof Effect.CreateStack c) {
            return "Asking CloudFormation to create " + c.request().stackName() + " in " + c.region() + "…";
        } else if (e instanceof Effect.PollStack) {
            return "Following the stack " + stack + "…";
        } else if (e instanceof Effect.ProbeReadiness) {
            return "Waiting for Chroma to answer…";
        } else if (e instanceof Effect.DeleteStack) {
            return "Asking CloudFormation to delete " + stack + "…";
        }
        return "Working…";
    }

    /** Used when the face has not seen the effect (a view rendered from a state alone). */
    static String activity(WizardState s) {
        String region = s.answers().region();
        return switch (s.step()) {
            case CREDENTIALS -> "Checking your credentials…";
            case REGION -> "Loading the regions…";
            case NETWORK -> "Looking for the default VPC in " + region + "…";
            case SIZE -> "Checking " + s.answers().instanceType() + " in " + region + "…";
            case ACCESS -> "Listing the key pairs in " + region + "…";
            case OPTIONS -> "Checking that no stack is named " + s.answers().stackName() + " in " + region + "…";
            case REVIEW, DEPLOY -> "Asking CloudFormation to create " + s.answers().stackName() + "…";
            case READY -> "Waiting for Chroma to answer…";
            case DONE -> "Finishing…";
        };
    }

    static String command(WizardState s, String verb) {
        String endpoint = s.config().endpointOverridden() ? " --endpoint-url " + s.config().endpoint() : "";
        return "chroma-setup " + verb + " --stack-name " + s.answers().stackName() + " --region "
                + s.answers().region() + endpoint;
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
            case OPTIONS -> List.of("Options: type to edit, Backspace deletes, Enter accepts the field.",
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
        return java.util.stream.Stream.concat(specific.stream(), common.stream()).toList();
    }
}
