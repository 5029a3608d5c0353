package dev.chromasetup.app;

import dev.chromasetup.aws.AwsConnector;
import dev.chromasetup.aws.AwsOptions;
import dev.chromasetup.aws.DeferredAwsConnector;
import dev.chromasetup.aws.sdk.Endpoints;
import dev.chromasetup.aws.sdk.SdkAwsConnector;
import dev.chromasetup.cli.CommandHandler;
import dev.chromasetup.config.Settings;
import dev.chromasetup.deploy.HttpReadiness;
import dev.chromasetup.logging.Redactor;
import dev.chromasetup.template.ChromaTemplate;
import dev.chromasetup.template.TemplateCatalog;
import dev.chromasetup.template.TemplateChoice;
import dev.chromasetup.template.TemplateLoader;
import dev.chromasetup.text.Secret;
import dev.chromasetup.deploy.PublicAddress;
import com.googlecode.lanterna.terminal.Terminal;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.ui.plain.PlainDialogue;
import dev.chromasetup.ui.tui.TuiFace;
import dev.chromasetup.ui.tui.TuiTerminals;
import dev.chromasetup.state.StackRecord;
import dev.chromasetup.state.StateStore;
import dev.chromasetup.wizard.Answers;
import dev.chromasetup.wizard.Mode;
import dev.chromasetup.wizard.Wizard;
import dev.chromasetup.wizard.WizardRules;
import dev.chromasetup.wizard.WizardState;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The commands' behaviour: builds the ports from the settings, chooses the face, runs the flow and
 * prints the result. The composition root for one run; no logic of its own beyond the wiring.
 */
public final class App implements CommandHandler {
    private final Map<String, String> env;
    private final Path home;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Console> console; // asked only when needed: System.console() costs ~5 ms at start
    private final Clock clock;

    public App(Map<String, String> env, Path home, InputStream in, PrintStream out, PrintStream err, Supplier<Console> console,
               Clock clock) {
        this.env = env;
        this.home = home;
        this.in = in;
        this.out = out;
        this.err = err;
        this.console = console;
        this.clock = clock;
    }

    @Override
    public int deploy(Settings s) {
        return run(Mode.DEPLOY, s);
    }

    @Override
    public int status(Settings s) {
        return run(Mode.STATUS, s);
    }

    @Override
    public int watch(Settings s) {
        return run(Mode.WATCH, s);
    }

    @Override
    public int destroy(Settings s) {
        return run(Mode.DESTROY, s);
    }

    private int run(Mode mode, Settings s) {
        // the debug log must never hold these, whatever a library decides to log
        Redactor.register(env.getOrDefault("AWS_SECRET_ACCESS_KEY", ""));
        Redactor.register(env.getOrDefault("AWS_SESSION_TOKEN", ""));
        AwsOptions options = new AwsOptions(s.profile(), s.endpointUrl(), s.apiCallTimeout(), s.apiCallAttemptTimeout());
        RunMemory memory = new RunMemory(new StateStore(StateStore.defaultFile(env, home())), err, clock);
        Endpoints endpoints = Endpoints.of(options.endpointOverride(), env);
        try (AwsConnector aws = new DeferredAwsConnector(p -> new SdkAwsConnector(p.isPresent()
                ? new AwsOptions(p, options.endpointOverride(), options.apiCallTimeout(), options.apiCallAttemptTimeout())
                : options, env), s.profile(), endpoints.describe(), endpoints.overridden())) {
            PublicAddress address = new PublicAddress(s.publicAddressUrl().orElse(
                    java.net.URI.create("https://checkip.amazonaws.com")), Duration.ofSeconds(3));
            // java.util.Random for the poll jitter: safe across worker threads and cheap to make
            // (RandomGenerator.getDefault() loads every algorithm through a service loader at start-up)
            EffectRunner runner = new EffectRunner(aws, templates(s), address, new HttpReadiness(), clock,
                    s.eventPollInterval(), s.eventMaxBackoff(), new java.util.Random(), sshDir(), memory);
            Secret token = Secret.of(newToken());
            Redactor.register(token.reveal());
            Optional<StackRecord> remembered = remembered(mode, s, memory);
            Answers answers = remembered.map(r -> WizardSetup.answers(s, token).withStackName(r.stackName())
                    .withRegion(r.region())).orElse(WizardSetup.answers(s, token));
            // a remembered stack counts as named on the command line: nothing more to ask about it
            java.util.Set<String> given = remembered.isPresent() ? java.util.Set.of("stack-name", "region")
                    : java.util.Set.of();
            WizardState initial = Wizard.start(WizardSetup.config(mode, s, UUID.randomUUID().toString(), version(),
                    aws.effectiveEndpoint(), aws.endpointOverridden(), token, given, env), answers);
            WizardState end = fullScreen(s) ? fullScreen(runner, s, initial) : plain(runner).run(initial);
            RunResult result = RunResult.of(end);
            if (end.mode() == Mode.DESTROY && result.exitCode() == 0) {
                memory.forget(result.stackName(), result.region());
            }
            String endpointFlag = aws.endpointOverridden() ? " --endpoint-url " + aws.effectiveEndpoint() : "";
            new ResultPrinter(out, err, s.output()).print(result, endpointFlag);
            return result.exitCode();
        }
    }

    /**
     * The full-screen face when a person sits at a capable terminal; the plain face for --plain, --yes,
     * TERM=dumb, ACCESSIBLE=1, Windows, or when input or the prompt stream is not a terminal.
     */
    private boolean fullScreen(Settings s) {
        boolean terminal = "true".equals(System.getProperty("chroma.setup.tty")) || console.get() != null;
        return !s.plain() && !s.yes() && TuiFace.canUse(env, terminal, System.getProperty("os.name", ""));
    }

    private WizardState fullScreen(EffectRunner runner, Settings s, WizardState initial) {
        // the screen is drawn on stderr so stdout keeps only the result (it may be redirected to a file)
        try {
            Terminal terminal = TuiTerminals.openText(in, err);
            return new TuiFace(new Wizard(new WizardRules()), runner, terminal, clock,
                    TuiFace.monochrome(env, s.noColor())).run(initial);
        } catch (java.io.IOException e) {
            throw new SetupException(ExitCode.FAILED, "Cannot open the terminal for the full-screen view",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    "run with --plain for numbered prompts instead");
        }
    }

    private PlainDialogue plain(EffectRunner runner) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        PlainDialogue dialogue = new PlainDialogue(new Wizard(new WizardRules()), runner, reader, console.get(), err, clock);
        Interrupts.onCtrlC(dialogue::interrupt);
        return dialogue;
    }

    /** The template for a choice made in the flow; a --template-file or --template-url given wins. */
    private static Function<String, ChromaTemplate> templates(Settings s) {
        // the loader (and its HTTP client, which sets up TLS) is made on a worker thread at first use
        return choice -> TemplateCatalog.supplier(TemplateChoice.parse(choice).orElse(s.template()), s.templateFile(),
                s.templateUrl(), s.isExplicit("template-url"),
                TemplateLoader.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30))).get();
    }

    private Path home() {
        return home;
    }

    private Path sshDir() {
        return home.resolve(".ssh");
    }

    /**
     * status, watch and destroy with neither --stack-name nor --region work on the last stack this user
     * created with chroma-setup: after a closed terminal, `chroma-setup watch` re-attaches.
     */
    /** A random token for the hardened template's proxy: 32 URL-safe characters from a secure source. */
    private static String newToken() {
        byte[] bytes = new byte[24];
        TokenSource.RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Makes and seeds the token's source ahead of time ({@link Prewarm}); the token itself is made per run. */
    static void warmTokenSource() {
        TokenSource.RANDOM.nextBytes(new byte[1]);
    }

    /** One SecureRandom per process (thread-safe): making one reads the security configuration, ~8 ms. */
    private static final class TokenSource {
        static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    }

    private Optional<StackRecord> remembered(Mode mode, Settings s, RunMemory memory) {
        if (mode == Mode.DEPLOY || s.isExplicit("stack-name") || s.region().isPresent()) {
            return Optional.empty();
        }
        Optional<StackRecord> last = memory.latest();
        last.ifPresent(r -> err.println("Using the last stack chroma-setup created: " + r.stackName() + " in "
                + r.region() + " (pass --stack-name and --region for another)."));
        return last;
    }

    static String version() {
        String v = App.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
