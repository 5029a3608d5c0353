package dev.chromasetup.ui.tui;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When the full-screen face is used, and when the plain face must be used instead. */
class TuiFaceChoiceTest {
    private static final Map<String, String> XTERM = Map.of("TERM", "xterm-256color");

    @Test
    void aRealTerminalGetsTheFullScreenFace() {
        assertThat(TuiFace.canUse(XTERM, true, "Linux")).isTrue();
        assertThat(TuiFace.canUse(XTERM, true, "Mac OS X")).isTrue();
        assertThat(TuiFace.canUse(Map.of("TERM", "screen", "ACCESSIBLE", "0"), true, "Linux")).isTrue();
    }

    @Test
    void noConsoleMeansPlain() {
        assertThat(TuiFace.canUse(XTERM, false, "Linux")).isFalse();
    }

    @Test
    void dumbOrMissingTermMeansPlain() {
        assertThat(TuiFace.canUse(Map.of("TERM", "dumb"), true, "Linux")).isFalse();
        assertThat(TuiFace.canUse(Map.of("TERM", ""), true, "Linux")).isFalse();
        assertThat(TuiFace.canUse(Map.of(), true, "Linux")).isFalse();
    }

    @Test
    void aScreenReaderAskedForMeansPlain() {
        assertThat(TuiFace.canUse(Map.of("TERM", "xterm", "ACCESSIBLE", "1"), true, "Linux")).isFalse();
        assertThat(TuiFace.canUse(Map.of("TERM", "xterm", "ACCESSIBLE", "yes"), true, "Linux")).isFalse();
    }

    @Test
    void windowsMeansPlain() {
        assertThat(TuiFace.canUse(XTERM, true, "Windows 11")).isFalse();
        assertThat(TuiFace.canUse(XTERM, true, "windows server 2022")).isFalse();
    }

    @Test
    void noColorOrTheFlagMeansMonochrome() {
        assertThat(TuiFace.monochrome(Map.of(), false)).isFalse();
        assertThat(TuiFace.monochrome(Map.of("NO_COLOR", ""), false)).isFalse();
        assertThat(TuiFace.monochrome(Map.of("NO_COLOR", "1"), false)).isTrue();
        assertThat(TuiFace.monochrome(Map.of(), true)).isTrue();
    }
}
