package dev.chromasetup.aws.sdk;

import dev.chromasetup.rules.TextSanitizer;

import dev.chromasetup.aws.AwsTransientException;
import dev.chromasetup.aws.AwsTransientException.Kind;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one place SDK exceptions become project errors: a {@link SetupException} (what, why, fix) for
 * anything a person must act on, an {@link AwsTransientException} for what a retry may cure. Texts
 * never carry the secret key, the session token or CloudFormation parameter values (the SDK never
 * puts the first two in messages; parameter values are cut out via {@link AwsCall#redactions()}).
 */
public final class AwsErrors {
    static final String NO_CREDENTIALS_FIX = "export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run "
            + "`aws configure`, or `aws sso login --profile NAME` and pass --profile NAME";

    private static final Set<String> EXPIRED = Set.of("ExpiredToken", "ExpiredTokenException", "RequestExpired");
    private static final Set<String> REJECTED = Set.of("InvalidClientTokenId", "SignatureDoesNotMatch",
            "UnrecognizedClientException", "AuthFailure", "InvalidAccessKeyId");
    private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation");
    private static final Set<String> NOT_ENABLED = Set.of("OptInRequired", "RegionDisabledException");
    private static final Set<String> THROTTLED = Set.of("Throttling", "ThrottlingException", "RequestLimitExceeded",
            "TooManyRequestsException", "RequestThrottled", "RequestThrottledException");
    private static final int MAX_TEXT = 400;

    private final String endpoint;
    private final Optional<String> profile;

    /** {@code endpoint} is named in network errors; {@code profile} makes fixes copy-pasteable. */
    public AwsErrors(String endpoint, Optional<String> profile) {
        this.endpoint = endpoint;
        this.profile = profile;
    }

    /** Runs one SDK call, translating whatever the SDK throws. */
    <T> T call(AwsCall call, Supplier<T> body) {
        try {
            return body.get();
        } catch (SdkException e) {
            throw translate(e, call);
        }
    }

    RuntimeException translate(SdkException e, AwsCall call) {
        if (e instanceof AwsServiceException service) {
            return service(service, call);
        }
        return client(e, call);
    }

    private RuntimeException service(AwsServiceException e, AwsCall call) {
        String code = e.awsErrorDetails() == null ? "" : nullToEmpty(e.awsErrorDetails().errorCode());
        String raw = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? e.getMessage() : e.awsErrorDetails().errorMessage();
        String message = clean(raw, call);
        Throwable cause = call.redactions().isEmpty() ? e : null;
        String why = code.isEmpty() ? message : code + ": " + message;
        if (EXPIRED.contains(code)) {
            return blocked("AWS credentials have expired", why, expiredFix(code), cause);
        }
        if (REJECTED.contains(code)) {
            return blocked("AWS credentials rejected", why, "the access key is wrong, deleted or deactivated, "
                    + "or the secret does not match it; check with `aws sts get-caller-identity"
                    + profile.map(p -> " --profile " + p).orElse("") + "`", cause);
        }
        if (DENIED.contains(code)) {
            return blocked("Not allowed to " + call.operation(), why, "ask an AWS administrator to grant the IAM "
                    + "permission `" + call.iamAction() + "` to these credentials (or lift the organization "
                    + "policy that denies it)", cause);
        }
        if (NOT_ENABLED.contains(code)) {
            return blocked("Region not enabled for this account", why, "enable the region in the AWS console "
                    + "(Account > AWS Regions), or choose another region with --region", cause);
        }
        if ("AlreadyExistsException".equals(code)) {
            String name = call.stackName() == null ? "NAME" : call.stackName();
            return blocked("Stack name taken", "a stack named " + name + " already exists in this region",
                    "look at it with `chroma-setup status|watch|destroy --stack-name " + name
                            + "`, or choose another name with --stack-name", cause);
        }
        if (THROTTLED.contains(code) || e.statusCode() == 429) {
            return new AwsTransientException(Kind.THROTTLED, "AWS is throttling " + call.operation()
                    + " requests (" + why + ")", cause);
        }
        if (e.statusCode() >= 500) {
            return new AwsTransientException(Kind.SERVER_ERROR, "AWS answered " + call.operation()
                    + " with a server error (HTTP " + e.statusCode() + " " + why + ")", cause);
        }
        return new SetupException(ExitCode.FAILED, "AWS refused " + call.operation(), why,
                "read AWS's message above; run again with --debug for the full exchange", cause);
    }

    private RuntimeException client(SdkException e, AwsCall call) {
        String message = clean(e.getMessage(), call);
        Throwable cause = call.redactions().isEmpty() ? e : null;
        if (e instanceof SdkClientException && isMissingCredentials(message)) {
            String why = profile.map(p -> "profile " + p + " has no usable credentials (" + message + ")")
                    .orElse("none of the usual places (environment variables, ~/.aws files, SSO, container "
                            + "or instance role) holds credentials");
            return blocked("No AWS credentials found", why, NO_CREDENTIALS_FIX, cause);
        }
        if (message.contains("SSO") && message.toLowerCase(java.util.Locale.ROOT).contains("expired")) {
            return blocked("AWS credentials have expired", message, expiredFix("ExpiredToken"), cause);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new AwsTransientException(Kind.NETWORK, "AWS did not answer " + call.operation()
                    + " in time at " + endpoint, cause);
        }
        Optional<IOException> io = ioCause(e);
        if (io.isPresent()) {
            return new AwsTransientException(Kind.NETWORK, "Could not reach AWS at " + endpoint + " for "
                    + call.operation() + ": " + io.get().getClass().getSimpleName() + " "
                    + clean(io.get().getMessage(), call), cause);
        }
        return new SetupException(ExitCode.FAILED, call.operation() + " failed", message,
                "run again with --debug for details", cause);
    }

    private static boolean isMissingCredentials(String message) {
        return message.startsWith("Unable to load credentials") || message.contains("contained no credentials");
    }

    private String expiredFix(String code) {
        String refresh = profile.map(p -> "run `aws sso login --profile " + p + "` (SSO) or refresh the "
                        + "profile's temporary keys")
                .orElse("for SSO run `aws sso login --profile NAME` and pass --profile NAME; for exported "
                        + "temporary keys export fresh AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and "
                        + "AWS_SESSION_TOKEN");
        String clock = "RequestExpired".equals(code) ? "; also check that this computer's clock is right" : "";
        return refresh + ", then try again" + clock;
    }

    private static Optional<IOException> ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    private static SetupException blocked(String what, String why, String fix, Throwable cause) {
        return new SetupException(ExitCode.BLOCKED, what, why, fix, cause);
    }

    private static String clean(String text, AwsCall call) {
        String out = sanitize(text);
        for (String secret : call.redactions()) {
            if (secret != null && secret.strip().length() >= 3) {
                out = out.replace(secret, "(hidden)");
            }
        }
        return out;
    }

    /**
     * AWS-provided text made safe for a terminal: control and format characters (escape sequences,
     * bidi overrides) removed, whitespace collapsed to one line, long texts cut.
     */
    public static String sanitize(String text) {
        return new TextSanitizer(MAX_TEXT).clean(text);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
