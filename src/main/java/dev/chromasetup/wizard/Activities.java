package dev.chromasetup.wizard;

/** What is being done, in plain words, for both faces: one line per running effect, and the next commands. */
public final class Activities {
    private Activities() {
    }

    /** "Checking your credentials…": what one running effect is doing, in plain words. */
    public static String of(Effect e, WizardState s) {
        String stack = s.answers().stackName();
        if (e instanceof Effect.CheckCredentials) {
            return "Checking your credentials…";
        } else if (e instanceof Effect.LoadTemplate) {
            return "Reading the CloudFormation template…";
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
        } else if (e instanceof Effect.LoadSizing z) {
            return "Reading the instance types and prices in " + z.region() + "…";
        } else if (e instanceof Effect.CreateKeyPair k) {
            return "Creating the key pair " + k.name() + "…";
        } else if (e instanceof Effect.DetectPublicAddress) {
            return "Finding your public address…";
        } else if (e instanceof Effect.ListManagedStacks m) {
            return "Looking for stacks chroma-setup made in " + m.region() + "…";
        } else if (e instanceof Effect.FindDataVolume) {
            return "Finding the server's data volume…";
        } else if (e instanceof Effect.CreateSnapshot c) {
            return "Starting a snapshot of " + c.volumeId() + "…";
        } else if (e instanceof Effect.PollSnapshot p) {
            return "Waiting for the snapshot " + p.snapshotId() + "…";
        }
        return "Working…";
    }

    /** Used when the face has not seen the effect (a view rendered from a state alone). */
    public static String of(WizardState s) {
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

    /** "chroma-setup watch --stack-name X --region R [--endpoint-url U]": copy-pastable. */
    public static String command(WizardState s, String verb) {
        String endpoint = s.config().endpointOverridden() ? " --endpoint-url " + s.config().endpoint() : "";
        return "chroma-setup " + verb + " --stack-name " + s.answers().stackName() + " --region "
                + s.answers().region() + endpoint;
    }
}
