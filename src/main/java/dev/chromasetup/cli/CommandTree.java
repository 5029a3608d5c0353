package dev.chromasetup.cli;

import dev.chromasetup.config.OutputFormat;
import dev.chromasetup.text.Secret;
import dev.chromasetup.config.Settings;
import dev.chromasetup.template.TemplateChoice;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command tree, declared with picocli's programmatic API. Why not annotations: picocli reads them
 * by reflection at every start (annotation proxies, field scans), ~20 ms before the first frame
 * (docs/performance.md). Commands hold no behaviour: each one's Callable builds Settings through the
 * {@link CommandRunner} and hands them to one {@link CommandHandler} method; option values are read
 * back generically from the parse result, so an option is only its name, label, type and text here.
 * "${bundle:default.*}" in descriptions shows reference.conf's defaults (see {@link Cli}).
 */
final class CommandTree {
    static final String DEPLOY = "deploy";
    static final String STATUS = "status";
    static final String WATCH = "watch";
    static final String DESTROY = "destroy";
    /** picocli's hidden completion-script command (docs/completion.md), added by {@link Cli}. */
    static final String GENERATE_COMPLETION = "generate-completion";
    /** Every subcommand's name: an argument equal to one of them needs the whole tree (see Cli). */
    static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of(DEPLOY, STATUS, WATCH, DESTROY, GENERATE_COMPLETION);

    private CommandTree() {
    }

    /** chroma-setup itself: deploys, with deploy's options. */
    static CommandSpec top(CommandRunner runner) {
        CommandSpec spec = deployCommand("chroma-setup", runner,
                "From an AWS account to a running Chroma server, in one terminal sitting.",
                "Without a command, deploys (the options below are deploy's).");
        spec.usageMessage().footer("", "Settings also come from ~/.config/chroma-setup/chroma-setup.conf and "
                + "CHROMA_SETUP_* environment variables; see docs/configuration.md. Exit codes: docs/exit-codes.md.");
        return spec;
    }

    static CommandSpec deploy(CommandRunner runner) {
        return deployCommand(DEPLOY, runner,
                "Deploy Chroma to AWS with Chroma's CloudFormation template (the default command).");
    }

    static CommandSpec status(CommandRunner runner) {
        CommandSpec spec = command(STATUS, runner, CommandHandler::status,
                "Show a stack's state, its endpoint and whether Chroma answers.");
        common(spec);
        stack(spec);
        return helpOptions(spec);
    }

    static CommandSpec watch(CommandRunner runner) {
        CommandSpec spec = command(WATCH, runner, CommandHandler::watch,
                "Re-attach to a running deployment: follow its events until it finishes and Chroma answers.");
        common(spec);
        stack(spec);
        waiting(spec);
        return helpOptions(spec);
    }

    static CommandSpec destroy(CommandRunner runner) {
        CommandSpec spec = command(DESTROY, runner, CommandHandler::destroy,
                "Delete a stack and the Chroma server in it (offers a snapshot of the data first).");
        common(spec);
        stack(spec);
        spec.addOption(OptionSpec.builder("--snapshot").type(Boolean.class).negatable(true)
                .description("Snapshot the server's data volume before deleting (--no-snapshot: don't; without"
                        + " either, destroy asks, and --yes takes no snapshot).").build());
        return helpOptions(spec);
    }

    private static CommandSpec deployCommand(String name, CommandRunner runner, String... description) {
        CommandSpec spec = command(name, runner, CommandHandler::deploy, description);
        common(spec);
        stack(spec);
        deployAnswers(spec);
        waiting(spec);
        return helpOptions(spec);
    }

    private static CommandSpec command(String name, CommandRunner runner,
                                       BiFunction<CommandHandler, Settings, Integer> action, String... description) {
        Run run = new Run(runner, action);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(run).name(name).versionProvider(new VersionProvider());
        run.spec = spec;
        spec.usageMessage().sortOptions(false).autoWidth(true).description(description);
        return spec;
    }

    /** What a command does when picocli runs it: its own spec goes to the runner, with the parse result. */
    private static final class Run implements Callable<Integer> {
        private final CommandRunner runner;
        private final BiFunction<CommandHandler, Settings, Integer> action;
        private CommandSpec spec;

        Run(CommandRunner runner, BiFunction<CommandHandler, Settings, Integer> action) {
            this.runner = runner;
            this.action = action;
        }

        @Override
        public Integer call() {
            return runner.run(spec, action);
        }
    }

    /** Options every command accepts. Only options the user passed reach the settings. */
    private static void common(CommandSpec spec) {
        spec.addOption(valued("--profile", "NAME", String.class,
                "AWS profile from ~/.aws/config. Default: the SDK's default chain (AWS_PROFILE)."));
        spec.addOption(valued("--region", "REGION", String.class,
                "AWS region, e.g. eu-west-1. Default: the profile's region, or ask."));
        spec.addOption(valued("--endpoint-url", "URL", String.class,
                "Send AWS calls to this http(s) URL instead of AWS (moto, LocalStack). Default: AWS."));
        spec.addOption(flag("Numbered line prompts instead of the full-screen view. Default: ${bundle:default.plain}.",
                "--plain"));
        spec.addOption(flag("Ask nothing: take answers from options and defaults; fail where one is missing. "
                + "Default: ${bundle:default.yes}.", "-y", "--yes"));
        spec.addOption(valued("--output", "text|json", OutputFormat.class,
                "How results are written to stdout: text or json. Default: ${bundle:default.output}."));
        spec.addOption(flag("Never use colour (NO_COLOR does the same). Default: ${bundle:default.no-color}.",
                "--no-color"));
        spec.addOption(flag("Write a redacted debug log (its path is printed first) and show stack traces.",
                "--debug"));
        spec.addOption(valued("--config", "FILE", Path.class,
                "Read settings from FILE, which must exist. Default: the user config file (below), if present."));
    }

    /** The stack every command works on. */
    private static void stack(CommandSpec spec) {
        spec.addOption(valued("--stack-name", "NAME", String.class,
                "CloudFormation stack name. Default: ${bundle:default.stack-name}."));
    }

    /** The answers of a deployment: each one given here is not asked again. */
    private static void deployAnswers(CommandSpec spec) {
        spec.addOption(valued("--instance-type", "TYPE", String.class,
                "EC2 instance type (x86_64, at least 2 GiB). Default: ${bundle:default.instance-type}."));
        spec.addOption(valued("--key-name", "NAME", String.class,
                "EC2 key pair for SSH access. Default: ask (none with --yes)."));
        spec.addOption(valued("--create-key-pair", "NAME", String.class,
                "Create a new EC2 key pair and save its private key to ~/.ssh/NAME.pem (0600, never overwritten)."));
        spec.addOption(valued("--expected-embeddings", "N", Long.class,
                "Expected collection size: the Size step recommends a type for it."));
        spec.addOption(valued("--dimensions", "D", Integer.class,
                "Dimensions of your embeddings, for capacity estimates. Default: ${bundle:default.dimensions}."));
        spec.addOption(valued("--allowed-cidr", "CIDR", String.class,
                "Hardened template: who may connect, e.g. 203.0.113.7/32. Default: your public address /32."));
        spec.addOption(flag("Hardened template: open SSH (port 22) to --allowed-cidr. Default: off (SSM Session "
                + "Manager).", "--ssh"));
        spec.addOption(OptionSpec.builder("--auth").type(Boolean.class).negatable(true)
                .description("Hardened template: require a token on every request (--no-auth: no token). "
                        + "Default: ${bundle:default.auth}.").build());
        spec.addOption(flag("Hardened template: a fixed Elastic IP that survives stop/start. Default: off.",
                "--elastic-ip"));
        spec.addOption(valued("--chroma-version", "VERSION", String.class,
                "Chroma version to run. Default: the template's."));
        spec.addOption(valued("--otel-endpoint", "URL", String.class,
                "OpenTelemetry collector endpoint. Default: none."));
        spec.addOption(valued("--otel-service-name", "NAME", String.class,
                "OpenTelemetry service name. Default: the template's."));
        spec.addOption(OptionSpec.builder("--otel-headers").paramLabel("HEADERS").type(Secret.class)
                .converters(new Converters.SecretConverter())
                .description("OpenTelemetry headers (e.g. an API key); secret: never shown or logged. Default: none.")
                .build());
        spec.addOption(OptionSpec.builder("--template").paramLabel("official|hardened").type(String.class)
                .completionCandidates(templateChoices())
                .description("Which template to deploy: official (Chroma's, as in its docs) or hardened (built into "
                        + "chroma-setup: any region, arm64, data volume, limited access). "
                        + "--template-file or --template-url override it. Default: ${bundle:default.template}.")
                .build());
        spec.addOption(valued("--template-url", "URL", String.class,
                "Where to download Chroma's CloudFormation template. Default: Chroma's latest template."));
        spec.addOption(valued("--template-file", "FILE", Path.class,
                "Use this local template instead of --template-url."));
        spec.addOption(flag("Create the region's default VPC if it is missing, without asking. "
                + "Default: ${bundle:default.create-default-vpc}.", "--create-default-vpc"));
        spec.addOption(flag("Start the deployment and exit; re-attach with 'chroma-setup watch'. "
                + "Default: ${bundle:default.detach}.", "--detach"));
    }

    /** How deploy and watch wait for Chroma to answer once the stack is up. */
    private static void waiting(CommandSpec spec) {
        spec.addOption(flag("Do not wait for the Chroma heartbeat. Default: ${bundle:default.no-wait}.", "--no-wait"));
        spec.addOption(OptionSpec.builder("--ready-timeout").paramLabel("DURATION").type(Duration.class)
                .converters(new Converters.DurationConverter())
                .description("How long to wait for the heartbeat (10m, 90s, 1h, PT5M). "
                        + "Default: ${bundle:default.ready-timeout}.")
                .build());
        spec.addOption(valued("--readiness-url", "URL", String.class,
                "Probe this http(s) URL instead of the stack's server address. Default: derived from the stack."));
    }

    /** -h/--help and -V/--version, last, as picocli's standard help mixin words them. */
    private static CommandSpec helpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    private static OptionSpec valued(String name, String label, Class<?> type, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(type).description(description).build();
    }

    private static OptionSpec flag(String description, String... names) {
        return OptionSpec.builder(names).type(Boolean.class).description(description).build();
    }

    /** The values --template accepts, for help and shell completion. */
    private static List<String> templateChoices() {
        return Arrays.stream(TemplateChoice.values()).map(TemplateChoice::key).toList();
    }
}
