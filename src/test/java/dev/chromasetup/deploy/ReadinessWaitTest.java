package dev.chromasetup.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadinessWaitTest {
    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final ProbeResult REFUSED =
            ProbeResult.notYet(0, "connection refused: the instance is still booting or Chroma has not started");
    private static final ProbeResult SILENT = ProbeResult.notYet(0, "no answer within 5s");

    private static ReadinessWait wait(Optional<String> key) {
        return new ReadinessWait(T0, Duration.ofMinutes(10), Duration.ofSeconds(5), "203.0.113.7", key);
    }

    @Test
    void phasesFollowElapsedTimeAndTheLastAnswer() {
        ReadinessWait w = wait(Optional.empty());
        assertThat(w.phase(T0)).isEqualTo("instance booting");
        assertThat(((ReadinessWait.KeepWaiting) w.next(SILENT, T0.plusSeconds(90))).phase())
                .isEqualTo("Docker is pulling the Chroma image");
        assertThat(w.phase(T0.plusSeconds(300))).isEqualTo("Chroma starting (taking longer than usual)");
        w.next(ProbeResult.notYet(503, "Chroma is starting (HTTP 503)"), T0.plusSeconds(100));
        assertThat(w.phase(T0.plusSeconds(100))).isEqualTo("Chroma starting");
        w.next(ProbeResult.notYet(200, "answered, but not like Chroma's heartbeat"), T0.plusSeconds(100));
        assertThat(w.phase(T0.plusSeconds(100))).contains("not Chroma's heartbeat");
    }

    @Test
    void theLastDelayNeverOvershootsTheDeadline() {
        ReadinessWait.Decision d = wait(Optional.empty()).next(SILENT, T0.plusSeconds(598));
        assertThat(d).isEqualTo(new ReadinessWait.KeepWaiting(Duration.ofSeconds(2), "Chroma starting (taking longer than usual)"));
    }

    @Test
    void readyWinsEvenAtTheDeadline() {
        assertThat(wait(Optional.empty()).next(ProbeResult.ready("ok"), T0.plusSeconds(3600)))
                .isInstanceOf(ReadinessWait.Ready.class);
    }

    @Test
    void timedOutSaysWhatToCheck() {
        ReadinessWait w = wait(Optional.of("~/.ssh/chroma.pem"));
        Instant now = T0;
        ReadinessWait.Decision d = null;
        while (!(d instanceof ReadinessWait.TimedOut)) { // a fake clock advanced by each decided delay
            d = w.next(REFUSED, now);
            if (d instanceof ReadinessWait.KeepWaiting k) {
                now = now.plus(k.delay());
            }
        }
        String message = ((ReadinessWait.TimedOut) d).message();
        assertThat(now).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(message)
                .contains("Chroma did not answer on 203.0.113.7 within 10m 00s (last try: connection refused")
                .contains("pulling the Docker image")
                .contains("ssh -i ~/.ssh/chroma.pem ec2-user@203.0.113.7 'sudo docker ps -a; sudo docker logs")
                .contains("Get system log")
                .contains("TCP 8000")
                .contains("#4609")
                .doesNotContain("only if the stack was created with a key pair");
    }

    @Test
    void withoutAKeyTheSshHintIsConditional() {
        ReadinessWait.Decision d = wait(Optional.empty()).next(SILENT, T0.plusSeconds(601));
        assertThat(((ReadinessWait.TimedOut) d).message())
                .contains("ssh -i KEY.pem ec2-user@203.0.113.7")
                .contains("only if the stack was created with a key pair")
                .doesNotContain("#4609");
    }

    private static String timedOutOn(ProbeResult last) {
        ReadinessWait.Decision d = wait(Optional.of("~/.ssh/chroma.pem")).next(last, T0.plusSeconds(600));
        return ((ReadinessWait.TimedOut) d).message();
    }

    @Test
    void silentMeansTheNetworkOrSecurityGroupOrAStoppedInstance() {
        assertThat(SILENT.kind()).isEqualTo(ProbeResult.Kind.SILENT);
        assertThat(timedOutOn(SILENT))
                .contains("(last try: no answer within 5s)")
                .contains("No answer at all")
                .contains("security group does not allow TCP 8000")
                .contains("VPN, office firewall")
                .contains("instance is not running")
                .doesNotContain("#4609")
                .doesNotContain("410")
                .doesNotContain("healthcheck");
    }

    @Test
    void refusedMeansTheContainerIsNotRunning() {
        assertThat(REFUSED.kind()).isEqualTo(ProbeResult.Kind.REFUSED);
        assertThat(timedOutOn(REFUSED))
                .contains("nothing listens on port 8000: the Chroma container is not running")
                .contains("chroma issue #4609")
                .contains("sudo docker ps -a; sudo docker logs")
                .doesNotContain("No answer at all");
    }

    @Test
    void goneMeansTheServerIsUpAndTheClientTooOld() {
        ProbeResult gone = ProbeResult.notYet(410, "HTTP 410 Gone: the server is up but this path is the old v1 API");
        assertThat(gone.kind()).isEqualTo(ProbeResult.Kind.GONE_410);
        assertThat(timedOutOn(gone))
                .contains("A server is up on port 8000 but answers 410 Gone")
                .contains("client (or --readiness-url) is too old")
                .contains("pip install -U chromadb")
                .contains("npm install chromadb@3")
                .doesNotContain("#4609")
                .doesNotContain("No answer at all");
    }

    @Test
    void serviceUnavailableMeansChromaIsStarting() {
        ProbeResult starting = ProbeResult.notYet(503, "Chroma is starting (HTTP 503)");
        assertThat(starting.kind()).isEqualTo(ProbeResult.Kind.STARTING_503);
        assertThat(timedOutOn(starting))
                .contains("Chroma is up but still starting (HTTP 503)")
                .contains("curl http://203.0.113.7:8000/api/v2/healthcheck")
                .contains("is_executor_ready")
                .doesNotContain("#4609");
    }

    @Test
    void anotherAnswerNamesWhatCameBack() {
        ProbeResult other = ProbeResult.notYet(404, "HTTP 404");
        assertThat(other.kind()).isEqualTo(ProbeResult.Kind.OTHER_HTTP);
        assertThat(timedOutOn(other))
                .contains("Something answers on port 8000, but not Chroma's heartbeat (HTTP 404)")
                .contains("--readiness-url");
        ProbeResult reset = ProbeResult.notYet(0, "connection failed (SocketException)");
        assertThat(reset.kind()).isEqualTo(ProbeResult.Kind.OTHER_FAILURE);
        assertThat(timedOutOn(reset)).contains("may still be pulling the Docker image");
    }
}
