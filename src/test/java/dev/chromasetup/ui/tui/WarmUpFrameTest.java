package dev.chromasetup.ui.tui;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up warm-up draws into nowhere: nothing reaches the real terminal, nothing is asked of it. */
class WarmUpFrameTest {
    @Test
    void drawsWithoutTouchingTheTerminalOrTheStandardStreams() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(seen, true)) {
            System.setOut(capture);
            System.setErr(capture);
            WarmUpFrame.draw();
            TuiFace.prewarm();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(seen.size()).isZero();
    }
}
