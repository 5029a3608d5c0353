package dev.chromasetup.cli;

import dev.chromasetup.config.OutputFormat;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every command accepts. Fields stay null when not given: only options the user passed
 * reach the settings, so reference.conf, the user file and the environment fill the rest.
 * The values are read back generically from picocli's parse result (see {@link Flags}).
 */
final class CommonOptions {
    @Option(names = "--profile", paramLabel = "NAME",
            description = "AWS profile from ~/.aws/config. Default: the SDK's default chain (AWS_PROFILE).")
    String profile;

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region, e.g. eu-west-1. Default: the profile's region, or ask.")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send AWS calls to this http(s) URL instead of AWS (moto, LocalStack). Default: AWS.")
    String endpointUrl;

    @Option(names = "--plain", description = "Numbered line prompts instead of the full-screen view. Default: ${bundle:default.plain}.")
    Boolean plain;

    @Option(names = {"-y", "--yes"},
            description = "Ask nothing: take answers from options and defaults; fail where one is missing. Default: ${bundle:default.yes}.")
    Boolean yes;

    @Option(names = "--output", paramLabel = "text|json",
            description = "How results are written to stdout: text or json. Default: ${bundle:default.output}.")
    OutputFormat output;

    @Option(names = "--no-color", description = "Never use colour (NO_COLOR does the same). Default: ${bundle:default.no-color}.")
    Boolean noColor;

    @Option(names = "--debug",
            description = "Write a redacted debug log (its path is printed first) and show stack traces.")
    Boolean debug;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read settings from FILE, which must exist. Default: the user config file (below), if present.")
    Path config;
}
