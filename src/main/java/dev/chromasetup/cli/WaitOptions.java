package dev.chromasetup.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** How deploy and watch wait for Chroma to answer once the stack is up. */
final class WaitOptions {
    @Option(names = "--no-wait", description = "Do not wait for the Chroma heartbeat. Default: ${bundle:default.no-wait}.")
    Boolean noWait;

    @Option(names = "--ready-timeout", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "How long to wait for the heartbeat (10m, 90s, 1h, PT5M). Default: ${bundle:default.ready-timeout}.")
    Duration readyTimeout;

    @Option(names = "--readiness-url", paramLabel = "URL",
            description = "Probe this http(s) URL instead of the stack's server address. Default: derived from the stack.")
    String readinessUrl;
}
