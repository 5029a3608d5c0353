package dev.chromasetup.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** How to reach AWS: which profile (else the default chain), which endpoint, how long to wait. */
public record AwsOptions(
        Optional<String> profile,
        Optional<URI> endpointOverride,
        Duration apiCallTimeout,
        Duration apiCallAttemptTimeout) {
}
