package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.chromasetup.errors.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.chromasetup.ui.tui.TuiFaceTest.toReviewUpToStackName;
import static dev.chromasetup.ui.tui.TuiFaceTest.world;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a text field with the keys of a shell's line editor, in the real face on a virtual
 * terminal, and the keys that mean something else outside text fields keeping that meaning.
 */
class TuiFaceEditingTest {
    @TempDir
    Path dir;

    @Test
    void aTypoInTheMiddleOfTheStackNameIsFixedWithTheArrowKeys() throws Exception {
        try (FaceHarness h = FaceHarness.start(world(), dir)) {
            toReviewUpToStackName(h);
            h.ctrl('u').type("search-chrma-prod").awaitScreen("▸ Stack name                   search-chrma-prod");
            h.press(KeyType.ArrowLeft, 7).type("o").awaitScreen("search-chroma-prod");
            String review = h.press(KeyType.Enter).awaitScreen("Create these resources now?");
            assertThat(review).contains("Stack        search-chroma-prod in us-east-1");
            assertThat(h.drawnState().answers().stackName()).isEqualTo("search-chroma-prod");
            assertThat(h.quit().outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        }
    }

    @Test
    void ctrlUDeletesUpToTheCursorAndTypingGoesWhereTheCursorIs() throws Exception {
        try (FaceHarness h = FaceHarness.start(world(), dir)) {
            toReviewUpToStackName(h); // "my-chroma-stack", the default
            h.ctrl(KeyType.ArrowLeft).ctrl('u').awaitScreen("▸ Stack name                   stack");
            h.type("prod-").press(KeyType.End).type("-2").awaitScreen("prod-stack-2");
            h.press(KeyType.Enter).awaitScreen("Stack        prod-stack-2 in us-east-1");
            assertThat(h.drawnState().answers().stackName()).isEqualTo("prod-stack-2");
            assertThat(h.quit().outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        }
    }

    @Test
    void anEndpointIsFixedWithWordMovesDeleteAndTheKillKeys() throws Exception {
        try (FaceHarness h = FaceHarness.start(world(), dir)) {
            toReviewUpToStackName(h);
            for (int i = 0; i < 3; i++) {
                h.press(KeyType.Escape);
            }
            h.awaitScreen("▸ OpenTelemetry endpoint");
            h.type("https://otel.exmple.com:4318/v1/traces").awaitScreen("exmple.com:4318/v1/traces");
            h.ctrl('a').ctrl(KeyType.ArrowRight).ctrl(KeyType.ArrowRight).ctrl(KeyType.ArrowRight); // after "exmple"
            h.press(KeyType.ArrowLeft, 4).type("a").awaitScreen("https://otel.example.com:4318/v1/traces");
            h.ctrl('e').ctrl('w').ctrl('w').press(KeyType.Backspace).awaitScreen("https://otel.example.com:4318\n");
            h.press(KeyType.Enter).awaitScreen("▸ OpenTelemetry service name");
            assertThat(h.drawnState().answers().otelEndpoint()).isEqualTo("https://otel.example.com:4318");

            h.type("chromaa-searchxx").press(KeyType.Home).press(KeyType.ArrowRight, 6).press(KeyType.Delete);
            h.press(KeyType.End).press(KeyType.ArrowLeft, 2).ctrl('k').awaitScreen("service name   chroma-search\n");
            h.press(KeyType.ArrowLeft).ctrl('d').awaitScreen("service name   chroma-searc\n");
            h.type("h").press(KeyType.Enter).awaitScreen("▸ OpenTelemetry headers");
            assertThat(h.drawnState().answers().otelServiceName()).isEqualTo("chroma-search");
            assertThat(h.quit().outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        }
    }

    @Test
    void aSecretIsEditedTheSameWayAndShownOnlyAsDots() throws Exception {
        try (FaceHarness h = FaceHarness.start(world(), dir)) {
            toReviewUpToStackName(h);
            h.press(KeyType.Escape).awaitScreen("▸ OpenTelemetry headers");
            h.type("x-team=abd").awaitScreen("▸ OpenTelemetry headers        ••••••••••");
            String typed = h.press(KeyType.ArrowLeft).type("c").awaitScreen("▸ OpenTelemetry headers        •••••••••••");
            assertThat(typed).doesNotContain("abcd").doesNotContain("x-team");
            h.press(KeyType.Enter).awaitScreen("▸ Stack name");
            assertThat(h.drawnState().answers().otelHeaders().reveal()).isEqualTo("x-team=abcd");
            assertThat(h.quit().outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        }
    }

    @Test
    void arrowsKeepTheirMeaningOnListsAndButtonsAndMoveTheCursorInAField() throws Exception {
        try (FaceHarness h = FaceHarness.start(world(), dir)) {
            h.awaitScreen("▸ us-east-1");
            h.press(KeyType.ArrowRight).press(KeyType.ArrowLeft).press(KeyType.ArrowDown);
            assertThat(h.awaitScreen("▸ us-east-2")).doesNotContain("Typed:"); // ←→ do nothing on a list
            h.press(KeyType.ArrowUp).press(KeyType.Enter).awaitScreen("[Size]");
            h.press(KeyType.Enter).awaitScreen("[Access]");
            h.press(KeyType.Enter).awaitScreen("I understand; continue?   [ No ]");
            h.press(KeyType.ArrowRight).awaitScreen("[ Yes ]");
            h.press(KeyType.ArrowLeft).awaitScreen("[ No ]");
            h.press(KeyType.ArrowRight).awaitScreen("[ Yes ]");
            h.press(KeyType.Enter).awaitScreen("▸ Chroma version               1.5.9");
            // In the field ← moves the cursor: Esc is still the only way back, Enter still answers.
            h.press(KeyType.ArrowLeft, 2).press(KeyType.Home).press(KeyType.End).press(KeyType.ArrowLeft).type("1")
                    .awaitScreen("▸ Chroma version               1.5.19");
            h.press(KeyType.Escape).awaitScreen("▸ No key pair");
            h.press(KeyType.Enter).awaitScreen("▸ Chroma version               1.5.9"); // the exposure stays accepted
            for (String field : new String[] {"OpenTelemetry endpoint", "OpenTelemetry service name",
                    "OpenTelemetry headers", "Stack name"}) {
                h.press(KeyType.Enter).awaitScreen("▸ " + field);
            }
            h.press(KeyType.Enter).awaitScreen("Create these resources now?   [ No ]");
            h.press(KeyType.ArrowRight).awaitScreen("[ Yes ]");
            h.press(KeyType.ArrowLeft).awaitScreen("[ No ]");
            assertThat(h.quit().outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        }
    }

    @Test
    void qQuestionMarkAndLAreLettersWhereverTheCursorIs() throws Exception {
        try (FaceHarness h = FaceHarness.start(world(), dir)) {
            toReviewUpToStackName(h);
            h.ctrl('u').awaitScreen("▸ Stack name\n");
            h.type("q?l").press(KeyType.Home).type("lq").awaitScreen("▸ Stack name                   lqq?l");
            assertThat(h.drawnState().finished()).isFalse();
            assertThat(h.quit().outcome().orElseThrow().exitCode()).isEqualTo(ExitCode.CANCELLED);
        }
    }
}
