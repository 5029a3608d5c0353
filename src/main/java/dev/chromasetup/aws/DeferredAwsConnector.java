package dev.chromasetup.aws;

import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the real connector (and so loads the AWS SDK, about a tenth of a second of class loading) on
 * first use, which is on a worker thread after the first screen is drawn. Where calls go is known
 * without the SDK, so the screens can say it at once.
 */
public final class DeferredAwsConnector implements AwsConnector {
    private final Function<Optional<String>, AwsConnector> build;
    private final String endpoint;
    private final boolean overridden;
    private Optional<String> profile;
    private AwsConnector built;

    /** @param build makes the real connector for a profile (empty: the one from the settings or the default chain) */
    public DeferredAwsConnector(Function<Optional<String>, AwsConnector> build, Optional<String> profile,
                                String endpoint, boolean overridden) {
        this.build = build;
        this.profile = profile;
        this.endpoint = endpoint;
        this.overridden = overridden;
    }

    private synchronized AwsConnector real() {
        if (built == null) {
            built = build.apply(profile);
        }
        return built;
    }

    @Override
    public java.util.List<String> profiles() {
        return real().profiles();
    }

    /** Another profile: the clients built so far belong to the old credentials and are closed. */
    @Override
    public synchronized void useProfile(Optional<String> chosen) {
        if (chosen.equals(profile) && built != null) {
            return;
        }
        if (built != null) {
            built.close();
            built = null;
        }
        profile = chosen;
    }

    @Override
    public AwsPorts forRegion(String region) {
        return real().forRegion(region);
    }

    @Override
    public Optional<String> suggestedRegion() {
        return real().suggestedRegion();
    }

    @Override
    public Prices prices() {
        return real().prices();
    }

    @Override
    public String effectiveEndpoint() {
        return endpoint;
    }

    @Override
    public boolean endpointOverridden() {
        return overridden;
    }

    @Override
    public synchronized void close() {
        if (built != null) {
            built.close();
        }
    }
}
