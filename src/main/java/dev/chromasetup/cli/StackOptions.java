package dev.chromasetup.cli;

import picocli.CommandLine.Option;

/** The stack every command works on. */
final class StackOptions {
    @Option(names = "--stack-name", paramLabel = "NAME",
            description = "CloudFormation stack name. Default: ${bundle:default.stack-name}.")
    String stackName;
}
