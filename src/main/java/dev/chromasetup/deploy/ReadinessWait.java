package dev.chromasetup.deploy;

import dev.chromasetup.text.DurationText;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Waiting for Chroma after the stack is complete: the template has no readiness signal, so the
 * instance boots, installs Docker, pulls the image and starts Chroma minutes after CloudFormation says
 * "complete". Pure policy: feed it each probe result and the time; it says what to do next.
 */
public final class ReadinessWait {
    // Rough timings of a t3.small first boot, used only to word the "what is happening" line.
    static final Duration BOOTING = Duration.ofSeconds(60);
    static final Duration PULLING = Duration.ofSeconds(240);

    private final Instant start;
    private final Duration timeout;
    private final Duration interval;
    private final String host;
    private final Optional<String> keyFile;
    private ProbeResult last;

    public sealed interface Decision permits Ready, KeepWaiting, TimedOut {
    }

    public record Ready(ProbeResult result) implements Decision {
    }

    public record KeepWaiting(Duration delay, String phase) implements Decision {
    }

    public record TimedOut(String message) implements Decision {
    }

    /**
     * @param host the server's address, for the ssh hint
     * @param keyFile the private key file for the stack's key pair, when one is known
     */
    public ReadinessWait(Instant start, Duration timeout, Duration interval, String host, Optional<String> keyFile) {
        this.start = Objects.requireNonNull(start);
        this.timeout = Objects.requireNonNull(timeout);
        this.interval = Objects.requireNonNull(interval);
        this.host = Objects.requireNonNull(host);
        this.keyFile = Objects.requireNonNull(keyFile);
    }

    /** The decision after one probe answered at {@code now}. */
    public Decision next(ProbeResult result, Instant now) {
        last = Objects.requireNonNull(result);
        if (result.ready()) {
            return new Ready(result);
        }
        Duration left = Duration.between(now, start.plus(timeout));
        if (left.isNegative() || left.isZero()) {
            return new TimedOut(timedOutMessage(now));
        }
        return new KeepWaiting(left.compareTo(interval) < 0 ? left : interval, phase(now));
    }

    /** One line on what is probably happening, for the progress display. */
    public String phase(Instant now) {
        if (last != null) {
            switch (last.httpStatus()) {
                case 503: return "Chroma starting";
                case 410: return "a server answers, but on the old v1 API path";
                case 0: break;
                default: return "something answers on the port, but it is not Chroma's heartbeat yet";
            }
        }
        Duration elapsed = Duration.between(start, now);
        if (elapsed.compareTo(BOOTING) < 0) {
            return "instance booting";
        }
        if (elapsed.compareTo(PULLING) < 0) {
            return "Docker is pulling the Chroma image";
        }
        return "Chroma starting (taking longer than usual)";
    }

    public Optional<ProbeResult> lastResult() {
        return Optional.ofNullable(last);
    }

    private String timedOutMessage(Instant now) {
        StringBuilder m = new StringBuilder()
                .append("Chroma did not answer on ").append(host).append(" within ")
                .append(DurationText.human(Duration.between(start, now)))
                .append(" (last try: ").append(last.detail()).append(").\n")
                .append(diagnosis(last)).append(" To look:\n");
        String key = keyFile.orElse("KEY.pem");
        m.append("  - ssh -i ").append(key).append(" ec2-user@").append(host)
                .append(" 'sudo docker ps -a; sudo docker logs $(sudo docker ps -aq | head -1)'");
        if (keyFile.isEmpty()) {
            m.append(" (only if the stack was created with a key pair)");
        }
        m.append("\n  - EC2 console: select the instance, Actions > Monitor and troubleshoot > Get system log\n")
                .append("  - the security group must allow TCP 8000 from your address");
        switch (last.kind()) {
            case STARTING_503 -> m.append("\n  - curl http://").append(host)
                    .append(":8000/api/v2/healthcheck names the part that is not ready yet")
                    .append(" (is_executor_ready, is_log_client_ready)");
            case GONE_410 -> m.append("\n  - upgrade the client: pip install -U chromadb (or chromadb-client);")
                    .append(" npm install chromadb@3");
            default -> { }
        }
        return m.toString();
    }

    /** What the last answer most likely means, in plain words (one or two sentences). */
    static String diagnosis(ProbeResult result) {
        return switch (result.kind()) {
            case SILENT -> "No answer at all: every request timed out, so traffic to port 8000 is dropped before"
                    + " it reaches the server. Most likely the security group does not allow TCP 8000 from your"
                    + " address, your own network (VPN, office firewall) blocks outgoing port 8000, or the"
                    + " instance is not running (check its state in the EC2 console).";
            case REFUSED -> "The host answers but nothing listens on port 8000: the Chroma container is not"
                    + " running (still pulling the Docker image, or it failed to start). An empty"
                    + " OpenTelemetry endpoint makes Chroma 1.x exit at start (chroma issue #4609): docker ps -a"
                    + " then shows it Exited.";
            case GONE_410 -> "A server is up on port 8000 but answers 410 Gone: Chroma 1.x refuses the old v1"
                    + " API, so the client (or --readiness-url) is too old for this server. Upgrade chromadb"
                    + " and use /api/v2 paths.";
            case STARTING_503 -> "Chroma is up but still starting (HTTP 503): its executor or log client is not"
                    + " ready. Check /api/v2/healthcheck; if it stays 503, read docker logs.";
            case OTHER_HTTP -> "Something answers on port 8000, but not Chroma's heartbeat (" + result.detail()
                    + "): another program may hold the port, or --readiness-url points at the wrong path.";
            case OTHER_FAILURE, READY -> "The stack is complete; the server may still be pulling the Docker"
                    + " image, or Chroma failed to start.";
        };
    }
}
