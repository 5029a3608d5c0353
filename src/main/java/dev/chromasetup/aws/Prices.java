package dev.chromasetup.aws;

import java.util.Optional;

/**
 * On-demand Linux prices of EC2 instance types. Never blocks the flow: when the price cannot be had
 * (no permission, no network, an unknown region or type) the answer is empty and callers fall back to
 * the bundled table ({@code dev.chromasetup.rules.PriceTable}).
 */
public interface Prices {
    /** The price of {@code instanceType} in {@code region} (a region code such as "eu-west-1"). */
    Optional<HourlyPrice> hourly(String instanceType, String region);

    /** Prices that are never known: for tests and for runs that must not call the Price List API. */
    static Prices none() {
        return (instanceType, region) -> Optional.empty();
    }
}
