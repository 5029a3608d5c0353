package dev.chromasetup.cli;

import dev.chromasetup.config.Settings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command tree. Commands hold no behaviour: each builds Settings through the {@link CommandRunner}
 * and hands them to one {@link CommandHandler} method. Help and version come from picocli's standard
 * mixin; "${bundle:default.*}" in descriptions shows reference.conf's defaults (see {@link Cli}).
 */
final class Commands {
    private Commands() {
    }

    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions common;
        @Mixin
        StackOptions stack;

        private final CommandRunner runner;

        Base(CommandRunner runner) {
            this.runner = runner;
        }

        abstract int invoke(CommandHandler handler, Settings settings);

        @Override
        public Integer call() {
            return runner.run(spec, this::invoke);
        }
    }

    @Command(name = "deploy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "Deploy Chroma to AWS with Chroma's CloudFormation template (the default command).")
    static class Deploy extends Base {
        @Mixin
        DeployOptions deploy;
        @Mixin
        WaitOptions wait;

        Deploy(CommandRunner runner) {
            super(runner);
        }

        @Override
        int invoke(CommandHandler handler, Settings settings) {
            return handler.deploy(settings);
        }
    }

    @Command(name = "chroma-setup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = {"From an AWS account to a running Chroma server, in one terminal sitting.",
                    "Without a command, deploys (the options below are deploy's)."},
            footer = {"", "Settings also come from ~/.config/chroma-setup/chroma-setup.conf and CHROMA_SETUP_* "
                    + "environment variables; see docs/configuration.md. Exit codes: docs/exit-codes.md."})
    static final class Top extends Deploy {
        Top(CommandRunner runner) {
            super(runner);
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "Show a stack's state, its endpoint and whether Chroma answers.")
    static final class Status extends Base {
        Status(CommandRunner runner) {
            super(runner);
        }

        @Override
        int invoke(CommandHandler handler, Settings settings) {
            return handler.status(settings);
        }
    }

    @Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "Re-attach to a running deployment: follow its events until it finishes and Chroma answers.")
    static final class Watch extends Base {
        @Mixin
        WaitOptions wait;

        Watch(CommandRunner runner) {
            super(runner);
        }

        @Override
        int invoke(CommandHandler handler, Settings settings) {
            return handler.watch(settings);
        }
    }

    @Command(name = "destroy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "Delete a stack and the Chroma server in it (offers a snapshot of the data first).")
    static final class Destroy extends Base {
        @picocli.CommandLine.Option(names = "--snapshot", negatable = true,
                description = "Snapshot the server's data volume before deleting (--no-snapshot: don't; without"
                        + " either, destroy asks, and --yes takes no snapshot).")
        Boolean snapshot;

        Destroy(CommandRunner runner) {
            super(runner);
        }

        @Override
        int invoke(CommandHandler handler, Settings settings) {
            return handler.destroy(settings);
        }
    }
}
