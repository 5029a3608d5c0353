package dev.chromasetup.deploy;

import java.net.URI;

/** One probe of Chroma's heartbeat ({@code GET <base>/api/v2/heartbeat}); never throws. */
public interface Readiness {
    ProbeResult probe(URI heartbeatUrl);
}
