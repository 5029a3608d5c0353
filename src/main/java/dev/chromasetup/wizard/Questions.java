package dev.chromasetup.wizard;

import dev.chromasetup.aws.CallerIdentity;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.deploy.StackStatuses;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.rules.FailureExplainer.Diagnosis;
import dev.chromasetup.template.ChromaTemplate;
import dev.chromasetup.template.TemplateParameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The questions of every step, in words a first-time user understands. */
final class Questions {
    static final String RETRY = "retry";
    static final String EXPOSURE = "exposure";
    static final String CONFIRM_CREATE = "confirm-create";
    static final String CLEANUP = "cleanup";
    static final String CONFIRM_DESTROY = "confirm-destroy";
    static final String INTERRUPT = "interrupt";
    static final String NEW_KEY_NAME = "new-key-name";
    static final String RESUME = "resume";
    static final String SNAPSHOT = "snapshot";
    static final String TEMPLATE = "template";
    static final String REVIEW_DECLINED = "review-declined";
    static final String PROFILE = "profile";
    static final String TRY_AGAIN = "try-again";
    static final String ALLOWED_CIDR = "allowed-cidr";
    static final String SSH = "ssh";
    static final String AUTH = "auth";
    static final String ELASTIC_IP = "elastic-ip";
    static final String NEW_STACK = "new";
    /** The key-pair choice that creates a new pair (not a valid key name, so it cannot clash). */
    static final String CREATE_KEY = "+new";

    static final String EXPOSURE_WARNING = "Warning: Chroma's template opens port 8000 (Chroma) and port 22 (SSH) to"
            + " the whole internet (0.0.0.0/0), and the Chroma 1.x server has no authentication: anyone who finds"
            + " the address can read, change and delete your data.";

    private Questions() {
    }

    static Question retry(Step step, SetupException error) {
        return new Question(step, RETRY, step.title() + ": something went wrong", List.of(error.describe()),
                "Press Enter to try again, or type q to quit", "", List.of(), false, false, Optional.empty());
    }

    static Question region(List<Choice> choices, String defaultRegion) {
        return new Question(Step.REGION, "region", "Region", List.of(
                "Where the Chroma server will run. Regions Chroma's template cannot deploy to are listed"
                        + " with the reason."),
                "Region", defaultRegion, choices, false, false, Optional.empty());
    }

    /** Stacks chroma-setup made here before: carry on with one, or deploy a new one (the default). */
    static Question resume(List<StackInfo> stacks, String region) {
        List<Choice> choices = new ArrayList<>();
        for (StackInfo s : stacks) {
            String name = s.stackName();
            String status = s.status();
            if (StackStatuses.isInProgress(status)) {
                choices.add(Choice.of("watch " + name, "Watch " + name + " (" + status + "): re-attach to it"));
            } else if (StackStatuses.isCreateSuccess(status) || status.startsWith("UPDATE_COMPLETE")) {
                choices.add(Choice.of("status " + name, "Show " + name + ": its endpoint and client code"));
                choices.add(Choice.of("destroy " + name, "Destroy " + name + " (deletes the server and its data)"));
            } else {
                choices.add(Choice.of("destroy " + name, "Clean up " + name + " (" + status + "): delete the leftover"));
            }
        }
        choices.add(Choice.of(NEW_STACK, "Deploy a new Chroma server"));
        return new Question(Step.REGION, RESUME, "Your Chroma stacks", List.of(
                "chroma-setup made " + (stacks.size() == 1 ? "a stack" : stacks.size() + " stacks") + " in " + region
                        + " before:"),
                "What now", NEW_STACK, choices, false, false, Optional.empty());
    }

    /** The shared config's profiles, with who the current one signs in as (or why it did not work). */
    static Question profile(List<String> profiles, String current, Optional<CallerIdentity> identity,
                            Optional<SetupException> failure) {
        List<String> notes = new ArrayList<>();
        identity.ifPresent(id -> notes.add("Signed in as account " + id.account() + " (" + id.arn() + "), key "
                + id.maskedAccessKey() + ", from " + id.source() + "."));
        failure.ifPresent(f -> notes.add(f.describe()));
        notes.add("Your AWS config has " + profiles.size() + " profiles. Enter keeps " + current
                + (failure.isPresent() ? " (and tries it again)" : "") + "; another one is checked before going on.");
        List<Choice> choices = profiles.stream().map(p -> Choice.of(p, p)).toList();
        return new Question(Step.CREDENTIALS, PROFILE, "Credentials", notes, "AWS profile", current, choices, false,
                false, Optional.empty());
    }

    /** Chroma's template or chroma-setup's hardened one, with the point-by-point comparison. */
    static Question template(String current) {
        String f = "  %-18s %-30s %s";
        return new Question(Step.REGION, TEMPLATE, "Template", List.of(
                "Which CloudFormation template to deploy:",
                String.format(Locale.ROOT, f, "", "Chroma's (as in Chroma's docs)", "hardened (chroma-setup's)"),
                String.format(Locale.ROOT, f, "regions", "17", "every commercial region"),
                String.format(Locale.ROOT, f, "servers", "x86_64 only", "x86_64 and arm64 (Graviton)"),
                String.format(Locale.ROOT, f, "system", "Amazon Linux 2 (EOL 2026-06)", "Amazon Linux 2023"),
                String.format(Locale.ROOT, f, "after a reboot", "Chroma stays down", "Chroma restarts"),
                String.format(Locale.ROOT, f, "data", "inside the container", "own disk, snapshot on delete"),
                String.format(Locale.ROOT, f, "who can connect", "everyone (8000 and 22)", "your address only"),
                String.format(Locale.ROOT, f, "authentication", "none", "a token (optional)"),
                String.format(Locale.ROOT, f, "\"complete\" means", "the stack exists", "Chroma answers"),
                "The hardened template is chroma-setup's own: checked by linting and an emulator, not yet on real"
                        + " AWS (see docs/hardened-template.md)."),
                "Template", current, List.of(
                        Choice.of("official", "Chroma's template (as in the Chroma docs)"),
                        Choice.of("hardened", "chroma-setup's hardened template")),
                false, false, Optional.empty());
    }

    static Question allowedCidr(String current, Optional<String> foundBy) {
        List<String> notes = new ArrayList<>();
        notes.add("Only this IPv4 range may reach Chroma (port 8000), and SSH when you turn it on.");
        notes.add(foundBy.map(how -> "The default is your public address as " + how + " sees it, as a /32.")
                .orElse("Your public address could not be found: type it (e.g. 203.0.113.7/32)."));
        notes.add("Behind a VPN or a changing address, use a wider range (e.g. 203.0.113.0/24).");
        return new Question(Step.ACCESS, ALLOWED_CIDR, "Who may connect", notes, "Allowed address (CIDR)", current,
                List.of(), false, false, Optional.empty());
    }

    static Question ssh() {
        return new Question(Step.ACCESS, SSH, "SSH", List.of(
                "Without SSH you can still open a shell on the server with AWS Systems Manager:",
                "  aws ssm start-session --target INSTANCE-ID (the Done screen shows the exact command)."),
                "Open SSH (port 22) to that address too? [y/N]", "n", List.of(), false, true, Optional.empty());
    }

    static Question auth() {
        return new Question(Step.ACCESS, AUTH, "Token", List.of(
                "Chroma 1.x has no authentication of its own. The hardened template can put a small proxy in front"
                        + " of it that only lets requests with the header X-Chroma-Token through.",
                "chroma-setup makes a random token, shows it once at the end and puts it in the client code; it"
                        + " is never saved or logged by chroma-setup."),
                "Require the token? [Y/n]", "y", List.of(), false, true, Optional.empty());
    }

    static Question elasticIp() {
        return new Question(Step.ACCESS, ELASTIC_IP, "Fixed address", List.of(
                "An Elastic IP keeps the same address when the server is stopped and started; without one the"
                        + " address changes. It costs the same $0.005 an hour as any public IPv4 address, also"
                        + " while the server is stopped."),
                "Use a fixed Elastic IP? [y/N]", "n", List.of(), false, true, Optional.empty());
    }

    static Question missingVpc(String region) {
        return new Question(Step.NETWORK, "network", "Network", List.of(
                "This account has no default VPC in " + region + ".",
                "Chroma's template puts its server in the default VPC; without one CloudFormation fails with"
                        + " \"No default VPC for this user\".",
                "Creating a default VPC is free: it adds a /16 network with a public subnet in each zone."),
                "What now", "create", List.of(
                        Choice.of("create", "Create a default VPC in " + region + " now"),
                        Choice.of("region", "Pick another region")),
                false, false, Optional.empty());
    }

    static Question size(List<Choice> rows, String current, List<String> notes) {
        return new Question(Step.SIZE, "instance-type", "Instance size", notes, "Instance type", current, rows,
                false, false, Optional.empty());
    }

    static Question keyPair(List<String> names, String current) {
        List<Choice> choices = new ArrayList<>();
        choices.add(Choice.of("", "No key pair (no SSH access to the server)"));
        names.forEach(n -> choices.add(Choice.of(n, n)));
        choices.add(Choice.of(CREATE_KEY, "Create a new key pair (its private key is saved in ~/.ssh)"));
        List<String> notes = new ArrayList<>();
        notes.add("A key pair lets you log in to the server with SSH to read Chroma's logs.");
        return new Question(Step.ACCESS, "key-name", "Access", notes, "Key pair", current, choices, false, false,
                Optional.empty());
    }

    static Question newKeyName(String suggested) {
        return new Question(Step.ACCESS, NEW_KEY_NAME, "New key pair", List.of(
                "AWS creates the key pair and hands over its private key once; it is saved as ~/.ssh/NAME.pem,"
                        + " readable only by you, and never overwrites an existing file."),
                "Name for the new key pair", suggested, List.of(), false, false, Optional.empty());
    }

    static Question exposure(boolean withKey) {
        List<String> notes = new ArrayList<>();
        notes.add(EXPOSURE_WARNING);
        notes.add(withKey ? "SSH needs the private key of the key pair you chose."
                : "Without a key pair nobody can log in with SSH, but port 22 is still open.");
        notes.add("Do not store private data in this server unless you restrict access yourself.");
        return new Question(Step.ACCESS, EXPOSURE, "Exposure", notes, "I understand; continue? [y/N]", "n",
                List.of(), false, true, Optional.empty());
    }

    static Question option(String field, Answers answers, Optional<ChromaTemplate> template) {
        return switch (field) {
            case "chroma-version" -> {
                String fallback = parameter(template, "ChromaVersion").map(TemplateParameter::defaultValue)
                        .orElse("");
                String current = answers.chromaVersion().isEmpty() ? fallback : answers.chromaVersion();
                yield text(field, "Chroma version", describe(template, "ChromaVersion",
                        "The Chroma server version (Docker image tag)."), current, false);
            }
            case "otel-endpoint" -> text(field, "OpenTelemetry endpoint (Enter for none)",
                    describe(template, "ChromaOtelCollectionEndpoint",
                            "Where Chroma sends traces (OTLP over gRPC), e.g. https://api.honeycomb.com:443."),
                    answers.otelEndpoint(), false);
            case "otel-service-name" -> text(field, "OpenTelemetry service name (Enter for none)",
                    describe(template, "ChromaOtelServiceName", "The service name on Chroma's traces."),
                    answers.otelServiceName(), false);
            case "otel-headers" -> text(field, "OpenTelemetry headers (hidden; Enter for none)",
                    describe(template, "ChromaOtelCollectionHeaders",
                            "Headers sent with traces, as key=value,key2=value2 (the form OpenTelemetry reads)."
                                    + " They are a secret: never shown, logged or saved."),
                    "", true);
            default -> text("stack-name", "Stack name", List.of(
                    "The CloudFormation stack's name: letters, digits and hyphens, starting with a letter."),
                    answers.stackName(), false);
        };
    }

    private static List<String> describe(Optional<ChromaTemplate> template, String parameter, String fallback) {
        return List.of(parameter(template, parameter).map(TemplateParameter::description)
                .filter(d -> d != null && !d.isBlank()).map(d -> d + " (from the template)").orElse(fallback));
    }

    private static Optional<TemplateParameter> parameter(Optional<ChromaTemplate> template, String name) {
        return template.flatMap(t -> t.parameter(name));
    }

    private static Question text(String field, String prompt, List<String> notes, String current, boolean secret) {
        return new Question(Step.OPTIONS, field, "Options", notes, prompt, current, List.of(), secret, false,
                Optional.empty());
    }

    static Question review(List<String> lines) {
        return new Question(Step.REVIEW, CONFIRM_CREATE, "Review", lines,
                "Create these resources now? [y/N]", "n", List.of(), false, true, Optional.empty());
    }

    /** After "no" at the review: nothing was created; a reflex Enter must not throw the answers away. */
    static Question reviewDeclined() {
        return new Question(Step.REVIEW, REVIEW_DECLINED, "Not created", List.of(
                "Nothing was created. Your answers are kept."),
                "What now", "back", List.of(
                        Choice.of("back", "Go back and change something"),
                        Choice.of("quit", "Quit without creating anything")),
                false, false, Optional.empty());
    }

    /** The failed stack is gone: change what caused it and create again, every answer kept. */
    static Question tryAgain(String stackName, Diagnosis diagnosis) {
        List<String> notes = new ArrayList<>();
        notes.add("The failed stack " + stackName + " is deleted; nothing of it is left running.");
        notes.add("It failed because: " + diagnosis.what() + (diagnosis.why().isEmpty() ? "" : ": " + diagnosis.why()));
        if (!diagnosis.fix().isEmpty()) {
            notes.add("Fix: " + diagnosis.fix());
        }
        return new Question(Step.DEPLOY, TRY_AGAIN, "Try again?", notes, "What now", "back", List.of(
                Choice.of("back", "Change something and try again (every answer is kept)"),
                Choice.of("quit", "Quit")), false, false, Optional.empty());
    }

    static Question cleanup(Diagnosis diagnosis, String stackName) {
        List<String> notes = new ArrayList<>();
        notes.add(diagnosis.what() + (diagnosis.why().isEmpty() ? "" : ": " + diagnosis.why()));
        if (!diagnosis.fix().isEmpty()) {
            notes.add("Fix: " + diagnosis.fix());
        }
        notes.add("The failed stack " + stackName + " is left in AWS; it must be deleted before the name can be"
                + " used again.");
        return new Question(Step.DEPLOY, CLEANUP, "Deployment failed", notes,
                "Delete the failed stack now? [Y/n]", "y", List.of(), false, true, Optional.empty());
    }

    static Question interrupt(String stackName, boolean complete, String watchCommand) {
        return new Question(Step.DEPLOY, INTERRUPT, "Stop?", List.of(
                "The stack " + stackName + (complete ? " is complete in AWS and Chroma is starting."
                        : " is being created in AWS.") + " What now?",
                "Re-attach later with: " + watchCommand,
                "Ctrl-C again keeps it running and exits."),
                "Choice", "keep", List.of(
                        Choice.of("keep", "Keep it running in AWS and exit (re-attach later)"),
                        Choice.of("delete", "Cancel: delete the stack and everything it created"),
                        Choice.of("back", "Go back to watching")),
                false, false, Optional.empty());
    }

    static Question snapshot(String region) {
        return new Question(Step.DEPLOY, SNAPSHOT, "Snapshot first?", List.of(
                "A snapshot keeps a copy of the server's disk (your Chroma data) after the stack is gone.",
                "It costs about $0.05 per GB-month in " + region + " (about $1.20 a month for the 24 GiB disk)"
                        + " until you delete it, and takes a minute or two."),
                "Take a snapshot before deleting? [y/N]", "n", List.of(), false, true, Optional.empty());
    }

    static Question confirmDestroy(StackInfo stack, String region) {
        return new Question(Step.DEPLOY, CONFIRM_DESTROY, "Destroy", List.of(
                "This deletes the stack " + stack.stackName() + " in " + region + " (status " + stack.status()
                        + "): the Chroma server and its disk.",
                "All data stored in Chroma on that server is lost: the disk is deleted with the instance.",
                "Take a snapshot or export your collections first if you need them."),
                "Type the stack name to delete it (Enter keeps it)", "", List.of(), false, false, Optional.empty());
    }

    // ---- reading answers -------------------------------------------------------------------------

    /** The value a typed answer selects: a list number, a value from the list, or the default when blank. */
    static Optional<String> choiceValue(Question q, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            t = q.defaultValue();
            if (q.choices().stream().anyMatch(c -> c.value().equals(q.defaultValue()))) {
                return Optional.of(q.defaultValue());
            }
        }
        if (t.matches("\\d{1,3}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= q.choices().size() ? Optional.of(q.choices().get(n - 1).value()) : Optional.empty();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return q.choices().stream().map(Choice::value).filter(v -> v.toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
    }

    private static final java.util.regex.Pattern EXPECTED = java.util.regex.Pattern.compile(
            "(\\d[\\d,_]*)\\s*(?:[x×*]\\s*(\\d{2,5}))?(?:\\s*(?:embeddings|vectors))?");

    /**
     * An expected collection typed at the size prompt ("500000", "500,000 x 1536"): [embeddings, dims].
     * Numbers under 1,000 are list choices, not collection sizes.
     */
    static Optional<long[]> expectedCollection(String text) {
        java.util.regex.Matcher m = EXPECTED.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1).replace(",", "").replace("_", "");
        if (digits.length() > 12) {
            return Optional.empty();
        }
        long n = Long.parseLong(digits);
        if (n < 1000) {
            return Optional.empty();
        }
        long dims = m.group(2) == null ? 1536 : Long.parseLong(m.group(2));
        return Optional.of(new long[] {n, dims});
    }

    static boolean isYes(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.equals("y") || t.equals("yes");
    }

    static String gib(long mib) {
        return mib % 1024 == 0 ? (mib / 1024) + " GiB" : String.format(Locale.ROOT, "%.1f GiB", mib / 1024.0);
    }
}
