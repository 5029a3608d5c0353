package dev.chromasetup.aws.sdk;

import dev.chromasetup.aws.AwsConnector;
import dev.chromasetup.aws.AwsOptions;
import dev.chromasetup.aws.AwsPorts;
import dev.chromasetup.aws.Prices;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The one place SDK clients are built. Nothing SDK-related happens in the constructor, so the first
 * screen can be drawn before any SDK class loads; clients are built on first use and cached per region.
 * {@code env} is the process environment (injected so tests control credentials, profile files and
 * endpoints without touching the real one).
 */
public final class SdkAwsConnector implements AwsConnector {
    private final AwsOptions options;
    private final Map<String, String> env;
    private final ProfileSettings profiles;
    private final Endpoints endpoints;
    private final Lazy<ProfileFile> profileFile;
    private final Lazy<SdkHttpClient> http;
    private final Lazy<AwsCredentialsProvider> credentials;
    private final Lazy<ClientFactory> factory;
    private final Lazy<SdkPrices> prices;
    private final Map<String, RegionClients> regions = new ConcurrentHashMap<>();

    public SdkAwsConnector(AwsOptions options, Map<String, String> env) {
        this.options = options;
        this.env = Map.copyOf(env);
        this.profiles = new ProfileSettings(options.profile(), this.env);
        this.endpoints = new Endpoints(options.endpointOverride(), this.env);
        this.profileFile = new Lazy<>(profiles::profileFile);
        this.http = new Lazy<>(() -> UrlConnectionHttpClient.builder()
                .connectionTimeout(ClientFactory.connectTimeout(options))
                .socketTimeout(options.apiCallAttemptTimeout())
                .build());
        this.credentials = new Lazy<>(() -> CredentialsFactory.create(options.profile(), profiles));
        this.factory = new Lazy<>(() -> new ClientFactory(options, endpoints, credentials.get(), http.get(),
                profileFile.get(), profiles.profileName()));
        // Prices are cached on disk only against real AWS: an emulator's or a stub's figures must never
        // be remembered as real prices.
        this.prices = new Lazy<>(() -> new SdkPrices(http, credentials,
                endpoints.forService("PRICING").orElse(SdkPrices.DEFAULT_ENDPOINT), Clock.systemUTC(),
                endpoints.overridden() ? Optional.empty() : Optional.of(PriceDiskCache.forEnvironment(this.env))));
    }

    @Override
    public java.util.List<String> profiles() {
        try {
            return profileFile.get().profiles().keySet().stream().sorted().toList();
        } catch (RuntimeException unreadable) {
            return java.util.List.of(); // a broken file is reported by the credential check itself
        }
    }

    @Override
    public Prices prices() {
        return prices.get();
    }

    @Override
    public AwsPorts forRegion(String region) {
        return regions.computeIfAbsent(region, r -> new RegionClients(r, factory.get(), credentials,
                new AwsErrors(effectiveEndpoint(), profiles.namedProfile(), r, endpoints.overridden()), profiles)).ports();
    }

    /** AWS_REGION, AWS_DEFAULT_REGION, then the profile's region; never the EC2 metadata service. */
    @Override
    public Optional<String> suggestedRegion() {
        Optional<String> fromEnv = profiles.value("AWS_REGION").or(() -> profiles.value("AWS_DEFAULT_REGION"));
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        try {
            Region region = new AwsProfileRegionProvider(profileFile, profiles.profileName()).getRegion();
            return Optional.ofNullable(region).map(Region::id);
        } catch (SdkException | IllegalArgumentException e) {
            return Optional.empty(); // no region in the profile: the wizard asks
        }
    }

    @Override
    public String effectiveEndpoint() {
        return endpoints.describe();
    }

    @Override
    public boolean endpointOverridden() {
        return endpoints.overridden();
    }

    @Override
    public void close() {
        List<AutoCloseable> toClose = new ArrayList<>();
        regions.values().forEach(r -> toClose.addAll(r.builtClients()));
        regions.clear();
        credentials.ifBuilt().filter(SdkAutoCloseable.class::isInstance).ifPresent(c -> toClose.add((AutoCloseable) c));
        http.ifBuilt().ifPresent(toClose::add);
        for (AutoCloseable c : toClose) {
            try {
                c.close();
            } catch (Exception e) {
                // Closing is best effort: one client failing to close must not keep the others open.
            }
        }
    }

    @Override
    public String toString() {
        return "SdkAwsConnector[endpoint=" + effectiveEndpoint() + ", profile=" + options.profile().orElse("-")
                + ", env=" + env.size() + " variables]";
    }
}
