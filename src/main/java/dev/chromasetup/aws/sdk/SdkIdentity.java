package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.CallerIdentity;
import dev.chromasetup.aws.Identity;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** The credential check: resolve the credentials (to say where they came from), then ask STS who they are. */
final class SdkIdentity implements Identity {
    private static final AwsCall CALL = AwsCall.of("GetCallerIdentity", "sts:GetCallerIdentity");

    private final Supplier<StsClient> sts;
    private final Supplier<AwsCredentialsProvider> credentials;
    private final String profileName;
    private final AwsErrors errors;

    SdkIdentity(Supplier<StsClient> sts, Supplier<AwsCredentialsProvider> credentials, String profileName,
            AwsErrors errors) {
        this.sts = sts;
        this.credentials = credentials;
        this.profileName = profileName;
        this.errors = errors;
    }

    @Override
    public CallerIdentity whoAmI() {
        // Resolving first turns "no credentials" into one clear error before any network call.
        AwsCredentials resolved = errors.call(CALL, () -> credentials.get().resolveCredentials());
        GetCallerIdentityResponse who = errors.call(CALL, () -> sts.get().getCallerIdentity());
        return new CallerIdentity(who.account(), who.arn(), mask(resolved.accessKeyId()),
                CredentialSources.describe(providerName(resolved), profileName));
    }

    private static Optional<String> providerName(AwsCredentials credentials) {
        if (credentials instanceof AwsSessionCredentials session) {
            return session.providerName();
        }
        if (credentials instanceof AwsBasicCredentials basic) {
            return basic.providerName();
        }
        return Optional.empty();
    }

    /** AKIA…WXYZ. Short (fake) keys show only their last two characters, so nothing close to all of it. */
    static String mask(String accessKeyId) {
        if (accessKeyId == null || accessKeyId.isEmpty()) {
            return "(none)";
        }
        int n = accessKeyId.length();
        if (n >= 12) {
            return accessKeyId.substring(0, 4) + "…" + accessKeyId.substring(n - 4);
        }
        return "…" + (n >= 6 ? accessKeyId.substring(n - 2) : "");
    }
}
