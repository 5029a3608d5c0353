package dev.chromasetup.wizard;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.rules.RegionNames;
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
    private static final String SECRET_PARAMETER = "ChromaOtelCollectionHeaders";

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
        lines.add("Template     " + template.url().orElse("local file") + (request.template().body() != null
                ? " (sent as the template body)" : ""));
        lines.add("AWS endpoint " + state.config().endpoint());
        lines.add("Will create  " + template.resources().stream()
                .map(r -> ResourceNames.human(r.logicalId(), r.type())).collect(Collectors.joining(", ")));
        lines.add(Questions.EXPOSURE_WARNING);
        lines.add("Same as: " + awsCommand(request, a.region()));
        return lines;
    }

    /** The `aws cloudformation create-stack` equivalent; secret parameter values are shown as ****. */
    static String awsCommand(CreateStackRequest request, String region) {
        StringBuilder cmd = new StringBuilder("aws cloudformation create-stack --region ").append(region)
                .append(" --stack-name ").append(request.stackName());
        if (request.template().url() != null) {
            cmd.append(" --template-url ").append(request.template().url());
        } else {
            cmd.append(" --template-body file://TEMPLATE.json");
        }
        if (!request.parameters().isEmpty()) {
            cmd.append(" --parameters");
            for (Map.Entry<String, String> p : request.parameters().entrySet()) {
                String value = p.getKey().equals(SECRET_PARAMETER) ? "****" : p.getValue();
                cmd.append(" ParameterKey=").append(p.getKey()).append(",ParameterValue=").append(shellQuote(value));
            }
        }
        return cmd.toString();
    }

    private static String shellQuote(String value) {
        return value.matches("[A-Za-z0-9._:/@-]*") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
