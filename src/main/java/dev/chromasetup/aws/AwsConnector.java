package dev.chromasetup.aws;

/**
 * Builds the ports for a region. The SDK adapter caches clients per region and closes them all in
 * {@link #close()}. Building is lazy so the first screen never waits for SDK class loading.
 */
public interface AwsConnector extends AutoCloseable {
    AwsPorts forRegion(String region);

    /** The region the credentials' profile or environment suggests (AWS_REGION, profile region), if any. */
    java.util.Optional<String> suggestedRegion();

    /**
     * Instance prices from the AWS Price List API (one endpoint, us-east-1, whatever region is
     * deployed to), cached for the session. Empty answers mean "use the bundled table".
     */
    default Prices prices() {
        return Prices.none();
    }

    /** The endpoint every call goes to: "AWS (default endpoints)" or the override URL. */
    String effectiveEndpoint();

    /** True when an endpoint override is in force (then templates are sent as a body, never by URL). */
    boolean endpointOverridden();

    /** The profile names in the shared config and credentials files, sorted; empty when there are none. */
    default java.util.List<String> profiles() {
        return java.util.List.of();
    }

    /** From now on, use this profile's credentials and region (empty: the default chain). */
    default void useProfile(java.util.Optional<String> profile) {
        throw new UnsupportedOperationException("this connector cannot switch profiles");
    }

    @Override
    void close();
}
