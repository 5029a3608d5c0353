package dev.chromasetup.aws.sdk;

import dev.chromasetup.text.TextSanitizer;

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
    private final String region;
    private final boolean endpointOverridden;

    /** {@code endpoint} is named in network errors; {@code profile} makes fixes copy-pasteable. */
    public AwsErrors(String endpoint, Optional<String> profile) {
        this(endpoint, profile, null, false);
    }

    /**
     * Bound to the port's region, so fixes can name whole commands ({@code chroma-setup watch
     * --stack-name N --region R}, with {@code --endpoint-url} when one is in force).
     */
    public AwsErrors(String endpoint, Optional<String> profile, String region, boolean endpointOverridden) {
        this.endpoint = endpoint;
        this.profile = profile;
        this.region = region;
        this.endpointOverridden = endpointOverridden;
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
            return blocked("AWS credentials have expired", why + stackKeepsRunning(call), expiredFix(code, call), cause);
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
            return blocked("Stack name taken", "a stack named " + name + " already exists in "
                    + (region == null ? "this region" : region) + " (another run or tool created it)",
                    "follow it with `" + command("watch", name) + "` (or status / destroy), or choose another "
                            + "name with --stack-name", cause);
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
            return blocked("AWS credentials have expired", message, expiredFix("ExpiredToken", call), cause);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new AwsTransientException(Kind.NETWORK, "AWS did not answer " + call.operation()
                    + " in time at " + endpoint, cause);
        }
        Optional<IOException> io = ioCause(e);
        if (io.isPresent()) {
            String maybe = "CreateStack".equals(call.operation()) && call.stackName() != null
                    ? "; the request may have reached AWS: check with `" + command("status", call.stackName()) + "`"
                    : "";
            return new AwsTransientException(Kind.NETWORK, "Could not reach AWS at " + endpoint + " for "
                    + call.operation() + ": " + io.get().getClass().getSimpleName() + " "
                    + clean(io.get().getMessage(), call) + maybe, cause);
        }
        return new SetupException(ExitCode.FAILED, call.operation() + " failed", message,
                "run again with --debug for details", cause);
    }

    private static boolean isMissingCredentials(String message) {
        return message.startsWith("Unable to load credentials") || message.contains("contained no credentials");
    }

    private String expiredFix(String code, AwsCall call) {
        String refresh = profile.map(p -> "run `aws sso login --profile " + p + "` (SSO) or refresh the "
                        + "profile's temporary keys")
                .orElse("for SSO run `aws sso login --profile NAME` and pass --profile NAME; for exported "
                        + "temporary keys export fresh AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and "
                        + "AWS_SESSION_TOKEN");
        String clock = "RequestExpired".equals(code) ? "; also check that this computer's clock is right" : "";
        String then = reattach(call);
        return refresh + (then.isEmpty() ? ", then try again" : then) + clock;
    }

    /** A copy-pasteable command about a stack ({@code stackRef} a name or a stack id). */
    String command(String verb, String stackRef) {
        String name = stackName(stackRef);
        String inRegion = region != null ? region : stackRegion(stackRef);
        return "chroma-setup " + verb + " --stack-name " + name
                + (inRegion == null ? "" : " --region " + inRegion)
                + profile.map(p -> " --profile " + p).orElse("")
                + (endpointOverridden ? " --endpoint-url " + endpoint : "");
    }

    /** An existing stack (known by its id) was being followed: it keeps running whatever happened here. */
    private static boolean followingExisting(AwsCall call) {
        return call.stackName() != null && call.stackName().startsWith("arn:")
                && !"DeleteStack".equals(call.operation());
    }

    private static String stackKeepsRunning(AwsCall call) {
        return followingExisting(call) ? "; the stack " + stackName(call.stackName())
                + " keeps going in AWS: nothing was stopped or deleted" : "";
    }

    private String reattach(AwsCall call) {
        if (followingExisting(call)) {
            return ", then re-attach with: " + command("watch", call.stackName());
        }
        if ("DeleteStack".equals(call.operation()) && call.stackName() != null) {
            return ", then delete it with: " + command("destroy", call.stackName());
        }
        return "";
    }

    /** "arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/UUID" → NAME; a plain name is returned as is. */
    static String stackName(String ref) {
        if (ref != null && ref.startsWith("arn:")) {
            int slash = ref.indexOf(":stack/");
            if (slash > 0) {
                String rest = ref.substring(slash + ":stack/".length());
                int end = rest.indexOf('/');
                return end < 0 ? rest : rest.substring(0, end);
            }
        }
        return ref;
    }

    private static String stackRegion(String ref) {
        if (ref != null && ref.startsWith("arn:")) {
            String[] parts = ref.split(":", 6);
            return parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null;
        }
        return null;
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
        // longest first, so a whole value goes before the parts it contains
        for (String secret : call.redactions().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
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
