package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.aws.AwsTransientException;
import dev.chromasetup.aws.AwsTransientException.Kind;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import java.net.ConnectException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

class AwsErrorsTest {
    private static final String ENDPOINT = "http://127.0.0.1:4566";
    private final AwsErrors errors = new AwsErrors(ENDPOINT, Optional.empty());
    private final AwsCall vpcs = AwsCall.of("DescribeVpcs", "ec2:DescribeVpcs");

    private static AwsServiceException service(String code, int status, String message) {
        return AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("EC2").build())
                .statusCode(status)
                .message(message)
                .build();
    }

    private SetupException setup(SdkException e, AwsCall call) {
        RuntimeException out = errors.translate(e, call);
        assertThat(out).isInstanceOf(SetupException.class);
        return (SetupException) out;
    }

    private AwsTransientException transientError(SdkException e) {
        RuntimeException out = errors.translate(e, vpcs);
        assertThat(out).isInstanceOf(AwsTransientException.class);
        return (AwsTransientException) out;
    }

    @Test
    void missingCredentialsAreBlockedWithTheWaysToProvideThem() {
        SetupException e = setup(SdkClientException.create("Unable to load credentials from any of the providers "
                + "in the chain AwsCredentialsProviderChain(...)"), vpcs);

        assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(e.what()).isEqualTo("No AWS credentials found");
        assertThat(e.fix()).isEqualTo("export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run `aws configure`, "
                + "or `aws sso login --profile NAME` and pass --profile NAME");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ExpiredToken", "ExpiredTokenException", "RequestExpired"})
    void expiredCredentialsAreBlockedWithHowToRefresh(String code) {
        SetupException e = setup(service(code, 400, "The security token included in the request is expired"), vpcs);

        assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(e.what()).isEqualTo("AWS credentials have expired");
        assertThat(e.fix()).contains("aws sso login --profile NAME").contains("AWS_SESSION_TOKEN");
    }

    @Test
    void expiredFixNamesTheProfileInUse() {
        AwsErrors withProfile = new AwsErrors(ENDPOINT, Optional.of("dev"));
        SetupException e = (SetupException) withProfile.translate(service("ExpiredToken", 400, "expired"), vpcs);

        assertThat(e.fix()).contains("aws sso login --profile dev");
    }

    @ParameterizedTest
    @ValueSource(strings = {"InvalidClientTokenId", "SignatureDoesNotMatch", "UnrecognizedClientException"})
    void rejectedCredentialsAreBlocked(String code) {
        SetupException e = setup(service(code, 403, "The security token included in the request is invalid."), vpcs);

        assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(e.what()).isEqualTo("AWS credentials rejected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AccessDenied", "UnauthorizedOperation", "AccessDeniedException"})
    void accessDeniedNamesTheOperationAndTheIamAction(String code) {
        SetupException e = setup(service(code, 403, "You are not authorized to perform this operation."), vpcs);

        assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(e.what()).contains("DescribeVpcs");
        assertThat(e.fix()).contains("`ec2:DescribeVpcs`");
    }

    @Test
    void regionNotEnabledIsBlocked() {
        SetupException e = setup(service("OptInRequired", 401, "You are not subscribed to this service."), vpcs);

        assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(e.what()).isEqualTo("Region not enabled for this account");
    }

    @Test
    void aTakenStackNamePointsToTheCommandsForThatStack() {
        AwsCall create = AwsCall.of("CreateStack", "cloudformation:CreateStack").forStack("chroma");
        SetupException e = setup(service("AlreadyExistsException", 400, "Stack [chroma] already exists"), create);

        assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(e.what()).isEqualTo("Stack name taken");
        assertThat(e.fix()).contains("`chroma-setup watch --stack-name chroma`").contains("status / destroy");
    }

    @Test
    void aTakenStackNameNamesTheWholeWatchCommandWhenTheRegionIsKnown() {
        AwsErrors bound = new AwsErrors(ENDPOINT, Optional.of("dev"), "eu-west-1", true);
        AwsCall create = AwsCall.of("CreateStack", "cloudformation:CreateStack").forStack("chroma");
        SetupException e = (SetupException) bound.translate(
                service("AlreadyExistsException", 400, "Stack [chroma] already exists"), create);

        assertThat(e.why()).contains("eu-west-1");
        assertThat(e.fix()).contains("`chroma-setup watch --stack-name chroma --region eu-west-1 --profile dev "
                + "--endpoint-url " + ENDPOINT + "`");
    }

    @Test
    void credentialsExpiringWhileFollowingAStackSayItKeepsRunningAndHowToReattach() {
        String arn = "arn:aws:cloudformation:us-east-2:123456789012:stack/my-chroma/0f6e-11";
        AwsCall events = AwsCall.of("DescribeStackEvents", "cloudformation:DescribeStackEvents").forStack(arn);
        SetupException e = setup(service("ExpiredToken", 400, "The security token included in the request is expired"),
                events);

        assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(e.why()).contains("the stack my-chroma keeps going in AWS");
        assertThat(e.fix()).contains("then re-attach with: chroma-setup watch --stack-name my-chroma --region us-east-2");
    }

    @Test
    void aCreateLostOnTheNetworkSaysTheStackMayExist() {
        AwsCall create = AwsCall.of("CreateStack", "cloudformation:CreateStack").forStack("chroma");
        RuntimeException out = errors.translate(SdkClientException.builder().message("Unable to execute HTTP request")
                .cause(new java.net.SocketException("Connection reset")).build(), create);

        assertThat(out).isInstanceOf(AwsTransientException.class);
        assertThat(out.getMessage()).contains("may have reached AWS").contains("chroma-setup status --stack-name chroma");
    }

    @Test
    void stackNamesComeOutOfStackIds() {
        assertThat(AwsErrors.stackName("arn:aws:cloudformation:us-east-1:1:stack/abc-d/uuid")).isEqualTo("abc-d");
        assertThat(AwsErrors.stackName("plain")).isEqualTo("plain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Throttling", "ThrottlingException", "RequestLimitExceeded"})
    void throttlingIsTransient(String code) {
        assertThat(transientError(service(code, 400, "Rate exceeded")).kind()).isEqualTo(Kind.THROTTLED);
    }

    @Test
    void serverErrorsAreTransient() {
        AwsTransientException e = transientError(service("InternalFailure", 500, "oops"));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).contains("500");
    }

    @Test
    void connectionProblemsAreNetworkErrorsNamingTheEndpoint() {
        SdkClientException refused = SdkClientException.builder().message("Unable to execute HTTP request")
                .cause(new ConnectException("Connection refused")).build();

        AwsTransientException e = transientError(refused);
        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.getMessage()).contains(ENDPOINT).contains("Connection refused");

        AwsTransientException timeout = transientError(ApiCallTimeoutException.create(30_000));
        assertThat(timeout.kind()).isEqualTo(Kind.NETWORK);
        assertThat(timeout.getMessage()).contains(ENDPOINT);
    }

    @Test
    void anythingElseFailsWithTheAwsCodeAndMessage() {
        SetupException e = setup(service("VpcLimitExceeded", 400, "The maximum number of VPCs has been reached."), vpcs);

        assertThat(e.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(e.why()).isEqualTo("VpcLimitExceeded: The maximum number of VPCs has been reached.");
    }

    @Test
    void awsTextIsSanitizedToOneLineWithoutControlCharacters() {
        SetupException e = setup(service("Weird", 400, "bad\u001b[31m red\r\nsecond\tline\u202e\u0007"), vpcs);

        assertThat(e.why()).isEqualTo("Weird: bad red second line"); // the whole escape sequence goes, not just ESC
        assertThat(e.describe().lines().count()).isEqualTo(2); // "what: why" and "Fix: ..."
    }

    @Test
    void parameterValuesAreCutOutOfMessagesAndNoRawCauseIsKept() {
        AwsCall create = AwsCall.of("CreateStack", "cloudformation:CreateStack").forStack("chroma")
                .redacting(Set.of("{\"x-api-key\":\"sekrit\"}", ""));
        SetupException e = setup(service("ValidationError", 400,
                "Parameter ChromaOtelCollectionHeaders value {\"x-api-key\":\"sekrit\"} is invalid"), create);

        assertThat(e.describe()).doesNotContain("sekrit").contains("(hidden)");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void secretParameterValuesAreCutOutEvenWhenAwsQuotesThemReEncoded() {
        java.util.Map<String, String> params = java.util.Map.of("InstanceType", "t3.small",
                "ChromaOtelCollectionHeaders", "x-api-key=HEADER-canary-abcdef123456,x-team=acme-team-42");
        AwsCall create = AwsCall.of("CreateStack", "cloudformation:CreateStack").forStack("chroma")
                .redacting(SdkStacks.redactions(params));
        SetupException e = setup(service("ValidationError", 400,
                "Parameter value {\"x-api-key\":\"HEADER-canary-abcdef123456\",\"x-team\":\"acme-team-42\"} is invalid"),
                create);

        assertThat(e.why()).doesNotContain("HEADER-canary").doesNotContain("acme-team-42").contains("(hidden)");
        assertThat(e.getCause()).isNull();
    }
}
