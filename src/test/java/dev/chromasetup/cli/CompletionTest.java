package dev.chromasetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.config.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hidden generate-completion command: the script the build writes to target/completion/. */
class CompletionTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private final CommandHandler refuse = new CommandHandler() {
        @Override
        public int deploy(Settings s) {
            throw new AssertionError("no command may run");
        }

        @Override
        public int status(Settings s) {
            throw new AssertionError("no command may run");
        }

        @Override
        public int watch(Settings s) {
            throw new AssertionError("no command may run");
        }

        @Override
        public int destroy(Settings s) {
            throw new AssertionError("no command may run");
        }
    };

    private int run(String... args) {
        return new Cli(refuse, Map.of(), home, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void printsABashAndZshScriptForEveryCommandAndOption() {
        assertThat(run("generate-completion")).isZero();
        String script = out.toString();
        assertThat(script).contains("complete -F _complete_chroma-setup", "bashcompinit"); // bash, and zsh through bashcompinit
        assertThat(script).contains("deploy", "status", "watch", "destroy");
        assertThat(script).contains("--stack-name", "--endpoint-url", "--plain");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void isHiddenFromHelpAndFromItsOwnScript() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).doesNotContain("generate-completion");
        out.getBuffer().setLength(0);
        run("generate-completion");
        assertThat(out.toString()).doesNotContain("generate-completion");
    }
}
