package dev.chromasetup.aws.sdk;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Chooses the credentials provider: the named profile when --profile is given; else keys found in the
 * injected environment (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY[/AWS_SESSION_TOKEN]); else the SDK's
 * default chain, reading profiles from the same files {@link ProfileSettings} names. The environment
 * step exists so tests can hand in credentials without touching the real process environment.
 */
final class CredentialsFactory {
    /** Marks credentials that came from the injected environment; {@link CredentialSources} reads it. */
    static final String ENVIRONMENT_PROVIDER = "EnvironmentVariableCredentialsProvider";

    private CredentialsFactory() {
    }

    static AwsCredentialsProvider create(Optional<String> explicitProfile, ProfileSettings profiles) {
        if (explicitProfile.isPresent()) {
            return ProfileCredentialsProvider.builder()
                    .profileFile(profiles::profileFile)
                    .profileName(explicitProfile.get())
                    .build();
        }
        Optional<String> key = profiles.value("AWS_ACCESS_KEY_ID");
        Optional<String> secret = profiles.value("AWS_SECRET_ACCESS_KEY");
        if (key.isPresent() && secret.isPresent()) {
            Optional<String> token = profiles.value("AWS_SESSION_TOKEN");
            return StaticCredentialsProvider.create(token.isPresent()
                    ? AwsSessionCredentials.builder().accessKeyId(key.get()).secretAccessKey(secret.get())
                            .sessionToken(token.get()).providerName(ENVIRONMENT_PROVIDER).build()
                    : AwsBasicCredentials.builder().accessKeyId(key.get()).secretAccessKey(secret.get())
                            .providerName(ENVIRONMENT_PROVIDER).build());
        }
        return DefaultCredentialsProvider.builder()
                .profileFile(profiles::profileFile)
                .profileName(profiles.profileName())
                .build();
    }
}
