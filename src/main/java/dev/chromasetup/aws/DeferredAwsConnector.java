package dev.chromasetup.aws;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the real connector (and so loads the AWS SDK, about a tenth of a second of class loading) on
 * first use, which is on a worker thread after the first screen is drawn. Where calls go is known
 * without the SDK, so the screens can say it at once.
 */
public final class DeferredAwsConnector implements AwsConnector {
    private final Supplier<AwsConnector> build;
    private final String endpoint;
    private final boolean overridden;
    private AwsConnector built;

    public DeferredAwsConnector(Supplier<AwsConnector> build, String endpoint, boolean overridden) {
        this.build = build;
        this.endpoint = endpoint;
        this.overridden = overridden;
    }

    private synchronized AwsConnector real() {
        if (built == null) {
            built = build.get();
        }
        return built;
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
