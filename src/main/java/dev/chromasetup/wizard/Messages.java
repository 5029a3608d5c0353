package dev.chromasetup.wizard;

import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.FailureExplainer.Diagnosis;

/** The outcomes' words: failures with their fix, and the commands to run next. */
final class Messages {
    private Messages() {
    }

    static String watchCommand(WizardState s) {
        return command(s, "watch");
    }

    static String destroyCommand(WizardState s) {
        return command(s, "destroy");
    }

    static String statusCommand(WizardState s) {
        return command(s, "status");
    }

    private static String command(WizardState s, String verb) {
        return Activities.command(s, verb);
    }

    static SetupException stackNameTaken(StackInfo stack, String region, String watchCommand) {
        return SetupException.blocked("A stack named " + stack.stackName() + " already exists in " + region,
                "its status is " + stack.status(),
                "follow it with: " + watchCommand + "; or choose another name (--stack-name); chroma-setup "
                        + "status / watch / destroy --stack-name " + stack.stackName() + " --region " + region
                        + " work on it");
    }

    static SetupException noSuchStack(WizardState s) {
        return SetupException.blocked("No stack named " + s.answers().stackName() + " in " + s.answers().region(),
                "CloudFormation does not know it (it may be in another region, or already deleted)",
                "check the name and region: aws cloudformation list-stacks --region " + s.answers().region());
    }

    static SetupException deployFailed(WizardState s, Diagnosis d) {
        String why = d.why().isEmpty() ? d.rawReason() : d.why();
        String cleanup = s.deleting() ? "" : " Then remove the failed stack: " + destroyCommand(s);
        return new SetupException(ExitCode.FAILED, "The stack " + s.answers().stackName() + " failed: " + d.what(),
                why, (d.fix().isEmpty() ? "see the events above." : d.fix()) + cleanup);
    }

    static SetupException deleteFailed(WizardState s, Diagnosis d) {
        return SetupException.failed("Deleting the stack " + s.answers().stackName() + " failed",
                d.rawReason().isEmpty() ? d.what() : d.rawReason(),
                "fix the cause above, then run again: " + destroyCommand(s));
    }

    static SetupException deployTimedOut(WizardState s) {
        return SetupException.failed("The stack " + s.answers().stackName() + " is still in progress after "
                        + s.config().deployTimeout().toMinutes() + " minutes",
                "CloudFormation has not finished; the stack keeps going in AWS",
                "re-attach later with: " + watchCommand(s));
    }

    /** {@code details} is ReadinessWait's multi-line account of what was tried and where to look. */
    static SetupException readinessTimedOut(WizardState s, String details) {
        String ip = s.serverIp().orElse("the server");
        return SetupException.failed("Chroma did not answer at http://" + ip + ":8000 in time", details,
                "the stack is still running: check it with " + statusCommand(s) + ", or remove it with "
                        + destroyCommand(s));
    }

    static String doneSummary(WizardState s) {
        return "Stack " + s.answers().stackName() + " in " + s.answers().region() + ": "
                + s.stack().map(StackInfo::status).orElse("unknown");
    }
}
