package dev.chromasetup.cli;

import dev.chromasetup.config.Secret;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The answers of a deployment: each one given here is not asked again. */
final class DeployOptions {
    @Option(names = "--instance-type", paramLabel = "TYPE",
            description = "EC2 instance type (x86_64, at least 2 GiB). Default: ${bundle:default.instance-type}.")
    String instanceType;

    @Option(names = "--key-name", paramLabel = "NAME",
            description = "EC2 key pair for SSH access. Default: ask (none with --yes).")
    String keyName;

    @Option(names = "--create-key-pair", paramLabel = "NAME",
            description = "Create a new EC2 key pair and save its private key to ~/.ssh/NAME.pem (0600, never overwritten).")
    String createKeyPair;

    @Option(names = "--expected-embeddings", paramLabel = "N",
            description = "Expected collection size: the Size step recommends a type for it.")
    Long expectedEmbeddings;

    @Option(names = "--dimensions", paramLabel = "D",
            description = "Dimensions of your embeddings, for capacity estimates. Default: ${bundle:default.dimensions}.")
    Integer dimensions;

    @Option(names = "--allowed-cidr", paramLabel = "CIDR",
            description = "Hardened template: who may connect, e.g. 203.0.113.7/32. Default: your public address /32.")
    String allowedCidr;

    @Option(names = "--ssh", description = "Hardened template: open SSH (port 22) to --allowed-cidr. Default: off (SSM Session Manager).")
    Boolean ssh;

    @Option(names = "--auth", negatable = true,
            description = "Hardened template: require a token on every request (--no-auth: no token). Default: ${bundle:default.auth}.")
    Boolean auth;

    @Option(names = "--elastic-ip", description = "Hardened template: a fixed Elastic IP that survives stop/start. Default: off.")
    Boolean elasticIp;

    @Option(names = "--chroma-version", paramLabel = "VERSION", description = "Chroma version to run. Default: the template's.")
    String chromaVersion;

    @Option(names = "--otel-endpoint", paramLabel = "URL", description = "OpenTelemetry collector endpoint. Default: none.")
    String otelEndpoint;

    @Option(names = "--otel-service-name", paramLabel = "NAME", description = "OpenTelemetry service name. Default: the template's.")
    String otelServiceName;

    @Option(names = "--otel-headers", paramLabel = "HEADERS", converter = Converters.SecretConverter.class,
            description = "OpenTelemetry headers (e.g. an API key); secret: never shown or logged. Default: none.")
    Secret otelHeaders;

    @Option(names = "--template", paramLabel = "official|hardened", completionCandidates = TemplateChoices.class,
            description = "Which template to deploy: official (Chroma's, as in its docs) or hardened (built into "
                    + "chroma-setup: any region, arm64, data volume, limited access). "
                    + "--template-file or --template-url override it. Default: ${bundle:default.template}.")
    String template;

    @Option(names = "--template-url", paramLabel = "URL",
            description = "Where to download Chroma's CloudFormation template. Default: Chroma's latest template.")
    String templateUrl;

    @Option(names = "--template-file", paramLabel = "FILE", description = "Use this local template instead of --template-url.")
    Path templateFile;

    @Option(names = "--create-default-vpc",
            description = "Create the region's default VPC if it is missing, without asking. Default: ${bundle:default.create-default-vpc}.")
    Boolean createDefaultVpc;

    @Option(names = "--detach",
            description = "Start the deployment and exit; re-attach with 'chroma-setup watch'. Default: ${bundle:default.detach}.")
    Boolean detach;

    /** The values --template accepts, for help and shell completion. */
    static final class TemplateChoices extends java.util.ArrayList<String> {
        TemplateChoices() {
            super(java.util.Arrays.stream(dev.chromasetup.template.TemplateChoice.values())
                    .map(dev.chromasetup.template.TemplateChoice::key).toList());
        }
    }
}
