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
import dev.chromasetup.logging.Redactor;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
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

    /** Tag holding the create call's client request token: proves a stack found by name is this run's. */
    static final String TOKEN_TAG = "chroma-setup:client-request-token";

    /**
     * Creates the stack, idempotently. The SDK retries a create whose connection broke (the request
     * may have reached CloudFormation), and with the same {@code ClientRequestToken} real CloudFormation
     * answers the retry with the same stack id. When the retry is answered "already exists" instead
     * (moto, or another tool's stack), or every attempt failed on the network, the stack is looked up by
     * name: if it carries this request's token (in its events, or in the {@link #TOKEN_TAG} tag, which
     * is what moto supports) it is ours and its id is returned; otherwise the original error stands.
     */
    @Override
    public String create(CreateStackRequest request) {
        // Parameter values may be secret (OTel headers): cut them out of anything AWS says back.
        AwsCall call = CREATE.forStack(request.stackName()).redacting(redactions(request.parameters()));
        // the SDK logs failures with AWS's message, which may quote the value: keep it out of the debug log
        secretParts(request.parameters()).forEach(Redactor::register);
        try {
            return createOnce(request);
        } catch (SdkException failure) {
            if (mayHaveBeenCreated(failure)) {
                Optional<String> ours;
                try {
                    ours = findOwn(request);
                } catch (RuntimeException lookUp) {
                    ours = Optional.empty(); // cannot tell: the original error is the truth to report
                }
                if (ours.isPresent()) {
                    return ours.get();
                }
            }
            throw errors.translate(failure, call);
        }
    }

    private static final java.util.regex.Pattern SECRET_PARAMETER =
            java.util.regex.Pattern.compile("(?i).*(header|secret|token|password|passwd|apikey|api-key|credential).*");

    /**
     * What to cut out of AWS's answers: every parameter value whole, and for secret-looking parameters
     * (the OTel headers) also each part of the value, because AWS may quote a value re-encoded (JSON
     * instead of key=value) or only in part.
     */
    static Set<String> redactions(Map<String, String> parameters) {
        Set<String> out = new HashSet<>(parameters.values());
        out.addAll(secretParts(parameters));
        return out;
    }

    /** The secret-looking parameters' values, whole and in parts (at least 6 characters each). */
    static Set<String> secretParts(Map<String, String> parameters) {
        Set<String> out = new HashSet<>();
        parameters.forEach((name, value) -> {
            if (value != null && !value.isEmpty() && SECRET_PARAMETER.matcher(name).matches()) {
                out.add(value);
                for (String part : value.split("[\\s{}\\[\\]\",:=;]+")) {
                    if (part.length() >= 6) {
                        out.add(part);
                    }
                }
            }
        });
        return out;
    }

    private String createOnce(CreateStackRequest request) {
        Map<String, String> tags = new LinkedHashMap<>(request.tags());
        if (request.clientRequestToken() != null) {
            tags.put(TOKEN_TAG, request.clientRequestToken());
        }
        return cfn.get().createStack(r -> {
            r.stackName(request.stackName())
                    .parameters(request.parameters().entrySet().stream()
                            .map(p -> Parameter.builder().parameterKey(p.getKey()).parameterValue(p.getValue()).build())
                            .toList())
                    .tags(tags.entrySet().stream()
                            .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
                            .toList())
                    .clientRequestToken(request.clientRequestToken())
                    .capabilitiesWithStrings(capabilities(request.template()));
            if (request.template().url() != null) {
                r.templateURL(request.template().url());
            } else {
                r.templateBody(request.template().body());
            }
        }).stackId();
    }

    /**
     * "Already exists" (maybe our own earlier attempt), a server error or a network failure (the
     * request may have arrived before the answer was lost).
     */
    private static boolean mayHaveBeenCreated(SdkException failure) {
        if (failure instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
            return "AlreadyExistsException".equals(code) || service.statusCode() >= 500;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof ApiCallAttemptTimeoutException
                    || t instanceof ApiCallTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The stack of this name, if this request created it. */
    Optional<String> findOwn(CreateStackRequest request) {
        String token = request.clientRequestToken();
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<StackInfo> found = describe(request.stackName());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StackInfo stack = found.get();
        if (token.equals(stack.tags().get(TOKEN_TAG))) {
            return Optional.of(stack.stackId());
        }
        DescribeStackEventsResponse events = errors.call(EVENTS.forStack(stack.stackId()),
                () -> cfn.get().describeStackEvents(r -> r.stackName(stack.stackId())));
        boolean ours = events.stackEvents().stream().anyMatch(e -> token.equals(e.clientRequestToken()));
        return ours ? Optional.of(stack.stackId()) : Optional.empty();
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
