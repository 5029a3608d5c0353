package dev.chromasetup.deploy;

import java.net.URI;

/** One probe of Chroma's heartbeat ({@code GET <base>/api/v2/heartbeat}); never throws. */
public interface Readiness {
    ProbeResult probe(URI heartbeatUrl);

    /**
     * The same, sending {@code token} as the X-Chroma-Token header (the hardened template's proxy lets
     * nothing through without it). An empty token sends no header.
     */
    default ProbeResult probe(URI heartbeatUrl, dev.chromasetup.text.Secret token) {
        return probe(heartbeatUrl);
    }
}
