package dev.chromasetup.wizard;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.text.RegionNames;
import dev.chromasetup.rules.ResourceNames;
import dev.chromasetup.template.ChromaTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The review screen's lines: every choice, what will be created, where the calls go, and the
 * equivalent AWS CLI command (with secret values masked) for people who want to see the plumbing.
 */
final class ReviewSummary {
    /** Parameters whose values the equivalent command shows as ****. */
    private static final java.util.Set<String> SECRET_PARAMETERS = java.util.Set.of("ChromaOtelCollectionHeaders",
            "AuthToken");

    List<String> lines(WizardState state, CreateStackRequest request) {
        Answers a = state.answers();
        ChromaTemplate template = state.template().orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add("Stack        " + a.stackName() + " in " + a.region() + " (" + RegionNames.displayOrCode(a.region()) + ")");
        state.identity().ifPresent(id -> lines.add("Account      " + id.account() + " (" + id.arn() + ")"));
        lines.add("Server       " + a.instanceType() + state.instance().map(i -> ": " + i.vcpus() + " vCPU, "
                + Questions.gib(i.memoryMib()) + " memory").orElse(""));
        state.cost().ifPresent(c -> lines.add("Cost         about " + c.totalPerMonth() + ": " + c.breakdown()
                + (c.approximate() ? " Prices " + c.source() + "." : "")));
        lines.add("Key pair     " + (a.keyName().isEmpty() ? "none (no SSH access)" : a.keyName()));
        String version = a.chromaVersion().isEmpty()
                ? template.parameter("ChromaVersion").map(p -> p.defaultValue() + " (template default)").orElse("template default")
                : a.chromaVersion();
        lines.add("Chroma       version " + version);
        lines.add("Telemetry    " + (a.otelEndpoint().isEmpty() ? "off"
                : a.otelEndpoint() + (a.otelServiceName().isEmpty() ? "" : ", service " + a.otelServiceName())
                        + ", headers " + a.otelHeaders().masked()));
        String source = state.hardened() && template.url().isEmpty() ? "chroma-setup's hardened template (built in)"
                : template.url().orElse("local file");
        lines.add("Template     " + source + (request.template().body() != null ? " (sent as the template body)" : ""));
        lines.add("AWS endpoint " + state.config().endpoint());
        lines.add("Will create  " + template.resources().stream()
                .map(r -> ResourceNames.human(r.logicalId(), r.type())).collect(Collectors.joining(", ")));
        lines.add(state.hardened() ? access(a.access()) : Questions.EXPOSURE_WARNING);
        lines.add("Same as: " + awsCommand(request, a.region(), needsIam(template)));
        return lines;
    }

    private static String access(HardenedAccess a) {
        return "Access       port 8000 open to " + a.allowedCidr() + " only; SSH "
                + (a.ssh() ? "open to the same address" : "off (AWS Systems Manager instead)") + "; "
                + (a.authToken().isEmpty() ? "no token: anyone in that range can use Chroma"
                        : "a token is required (shown once, at the end)")
                + (a.elasticIp() ? "; fixed Elastic IP" : "") + ".";
    }

    private static boolean needsIam(ChromaTemplate template) {
        return template.resources().stream().anyMatch(r -> r.type().startsWith("AWS::IAM::"));
    }

    /** The `aws cloudformation create-stack` equivalent; secret parameter values are shown as ****. */
    static String awsCommand(CreateStackRequest request, String region, boolean iam) {
        StringBuilder cmd = new StringBuilder("aws cloudformation create-stack --region ").append(region)
                .append(" --stack-name ").append(request.stackName());
        if (iam) {
            cmd.append(" --capabilities CAPABILITY_IAM");
        }
        if (request.template().url() != null) {
            cmd.append(" --template-url ").append(request.template().url());
        } else {
            cmd.append(" --template-body file://TEMPLATE.json");
        }
        if (!request.parameters().isEmpty()) {
            cmd.append(" --parameters");
            for (Map.Entry<String, String> p : request.parameters().entrySet()) {
                String value = SECRET_PARAMETERS.contains(p.getKey()) ? "****" : p.getValue();
                cmd.append(" ParameterKey=").append(p.getKey()).append(",ParameterValue=").append(shellQuote(value));
            }
        }
        return cmd.toString();
    }

    private static String shellQuote(String value) {
        return value.matches("[A-Za-z0-9._:/@-]*") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
