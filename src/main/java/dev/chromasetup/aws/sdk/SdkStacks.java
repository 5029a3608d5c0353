package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.aws.EventPage;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.aws.Stacks;
import java.util.Comparator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chromasetup.aws.TemplateSource;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.Tag;

/** CloudFormation stacks. Statuses are read as strings: CloudFormation adds new ones over time. */
final class SdkStacks implements Stacks {
    private static final AwsCall DESCRIBE = AwsCall.of("DescribeStacks", "cloudformation:DescribeStacks");
    private static final AwsCall CREATE = AwsCall.of("CreateStack", "cloudformation:CreateStack");
    private static final AwsCall EVENTS = AwsCall.of("DescribeStackEvents", "cloudformation:DescribeStackEvents");
    private static final AwsCall DELETE = AwsCall.of("DeleteStack", "cloudformation:DeleteStack");
    private static final AwsCall LIST = AwsCall.of("DescribeStacks", "cloudformation:DescribeStacks");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<CloudFormationClient> cfn;
    private final AwsErrors errors;

    SdkStacks(Supplier<CloudFormationClient> cfn, AwsErrors errors) {
        this.cfn = cfn;
        this.errors = errors;
    }

    @Override
    public Optional<StackInfo> describe(String nameOrId) {
        return errors.call(DESCRIBE.forStack(nameOrId), () -> {
            try {
                return cfn.get().describeStacks(r -> r.stackName(nameOrId)).stacks().stream().findFirst()
                        .map(SdkStacks::toInfo);
            } catch (AwsServiceException e) {
                if (isMissingStack(e)) {
                    return Optional.<StackInfo>empty();
                }
                throw e;
            }
        });
    }

    @Override
    public String create(CreateStackRequest request) {
        // Parameter values may be secret (OTel headers): cut them out of anything AWS says back.
        Set<String> secrets = new HashSet<>(request.parameters().values());
        AwsCall call = CREATE.forStack(request.stackName()).redacting(secrets);
        return errors.call(call, () -> cfn.get().createStack(r -> {
            r.stackName(request.stackName())
                    .parameters(request.parameters().entrySet().stream()
                            .map(p -> Parameter.builder().parameterKey(p.getKey()).parameterValue(p.getValue()).build())
                            .toList())
                    .tags(request.tags().entrySet().stream()
                            .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
                            .toList())
                    .clientRequestToken(request.clientRequestToken())
                    .capabilitiesWithStrings(capabilities(request.template()));
            if (request.template().url() != null) {
                r.templateURL(request.template().url());
            } else {
                r.templateBody(request.template().body());
            }
        }).stackId());
    }

    @Override
    public EventPage events(String stackId, String nextToken) {
        DescribeStackEventsResponse page = errors.call(EVENTS.forStack(stackId),
                () -> cfn.get().describeStackEvents(r -> r.stackName(stackId).nextToken(nextToken)));
        return new EventPage(page.stackEvents().stream().map(e -> new StackEvent(
                e.eventId(), e.stackId(), e.stackName(), e.logicalResourceId(), e.physicalResourceId(),
                e.resourceType(), e.timestamp(), e.resourceStatusAsString(), e.resourceStatusReason())).toList(),
                Optional.ofNullable(page.nextToken()));
    }

    @Override
    public void delete(String stackId) {
        errors.call(DELETE.forStack(stackId), () -> cfn.get().deleteStack(r -> r.stackName(stackId)));
    }

    @Override
    public List<StackInfo> listManaged() {
        // DescribeStacks without a name lists the region's live stacks (and recently deleted ones on
        // some endpoints); the tag filter has no server-side form, so it is applied here. The
        // paginator is walked inside the call so a failure on any page is translated.
        return errors.call(LIST, () -> cfn.get().describeStacksPaginator(r -> { }).stacks().stream()
                .filter(s -> !"DELETE_COMPLETE".equals(s.stackStatusAsString()))
                .filter(s -> s.tags().stream().anyMatch(t -> Stacks.CREATED_BY_TAG.equals(t.key())
                        && Stacks.CREATED_BY_VALUE.equals(t.value())))
                .map(SdkStacks::toInfo)
                .sorted(Comparator.comparing(StackInfo::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    /**
     * The acknowledgements CreateStack needs for this template: CAPABILITY_IAM when it creates IAM
     * resources (the hardened template's SSM instance role), CAPABILITY_NAMED_IAM when one of them has a
     * fixed name. Only a body can be read here; a template given by URL gets none (Chroma's has no IAM).
     */
    static List<String> capabilities(TemplateSource template) {
        if (template.body() == null) {
            return List.of();
        }
        JsonNode resources;
        try {
            resources = JSON.readTree(template.body()).path("Resources");
        } catch (IOException e) {
            return List.of(); // CloudFormation will say what is wrong with the body
        }
        boolean iam = false;
        boolean named = false;
        for (JsonNode r : (Iterable<JsonNode>) resources::elements) {
            String type = r.path("Type").asText("");
            if (type.startsWith("AWS::IAM::")) {
                iam = true;
                JsonNode p = r.path("Properties");
                named |= p.has("RoleName") || p.has("InstanceProfileName") || p.has("UserName")
                        || p.has("GroupName") || p.has("ManagedPolicyName");
            }
        }
        return named ? List.of("CAPABILITY_NAMED_IAM") : iam ? List.of("CAPABILITY_IAM") : List.of();
    }

    /** CloudFormation says "Stack with id X does not exist" as a ValidationError, not a 404. */
    static boolean isMissingStack(AwsServiceException e) {
        return e.awsErrorDetails() != null && "ValidationError".equals(e.awsErrorDetails().errorCode())
                && e.awsErrorDetails().errorMessage() != null
                && e.awsErrorDetails().errorMessage().contains("does not exist");
    }

    private static StackInfo toInfo(Stack s) {
        Map<String, String> parameters = new LinkedHashMap<>();
        s.parameters().forEach(p -> parameters.put(p.parameterKey(), nullToEmpty(p.parameterValue())));
        Map<String, String> outputs = new LinkedHashMap<>();
        s.outputs().forEach(o -> outputs.put(o.outputKey(), nullToEmpty(o.outputValue())));
        Map<String, String> tags = new LinkedHashMap<>();
        s.tags().forEach(t -> tags.put(t.key(), nullToEmpty(t.value())));
        return new StackInfo(s.stackId(), s.stackName(), s.stackStatusAsString(), nullToEmpty(s.stackStatusReason()),
                s.creationTime(), parameters, outputs, tags);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
