package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.AwsOptions;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds every SDK client the same way: explicit region, one credentials provider, the one shared
 * HTTP client, STANDARD retries, call timeouts so nothing hangs the UI, and the endpoint override.
 * The profile file is handed in too, so per-client profile settings come from the same files.
 */
final class ClientFactory {
    private final AwsOptions options;
    private final Endpoints endpoints;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final ProfileFile profileFile;
    private final String profileName;

    ClientFactory(AwsOptions options, Endpoints endpoints, AwsCredentialsProvider credentials, SdkHttpClient http,
            ProfileFile profileFile, String profileName) {
        this.options = options;
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.http = http;
        this.profileFile = profileFile;
        this.profileName = profileName;
    }

    StsClient sts(String region) {
        return configure(StsClient.builder(), region, "STS");
    }

    Ec2Client ec2(String region) {
        return configure(Ec2Client.builder(), region, "EC2");
    }

    CloudFormationClient cloudFormation(String region) {
        return configure(CloudFormationClient.builder(), region, "CLOUDFORMATION");
    }

    private <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C configure(
            B builder, String region, String serviceKey) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD)
                        .apiCallTimeout(options.apiCallTimeout())
                        .apiCallAttemptTimeout(options.apiCallAttemptTimeout())
                        .defaultProfileFile(profileFile)
                        .defaultProfileName(profileName));
        endpoints.forService(serviceKey).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** Connecting must fail fast (a wrong endpoint), reading may take as long as one attempt may. */
    static Duration connectTimeout(AwsOptions options) {
        Duration attempt = options.apiCallAttemptTimeout();
        Duration cap = Duration.ofSeconds(5);
        return attempt.compareTo(cap) < 0 ? attempt : cap;
    }
}
