package dev.chromasetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.config.Settings;
import dev.chromasetup.template.TemplateChoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --template official|hardened, the template setting and its environment variable. */
class TemplateOptionTest {
    @TempDir
    Path home;
    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    Settings settings;

    final CommandHandler handler = new CommandHandler() {
        @Override
        public int deploy(Settings s) {
            settings = s;
            return 0;
        }

        @Override
        public int status(Settings s) {
            settings = s;
            return 0;
        }

        @Override
        public int watch(Settings s) {
            settings = s;
            return 0;
        }

        @Override
        public int destroy(Settings s) {
            settings = s;
            return 0;
        }
    };

    private int run(String... args) {
        return new Cli(handler, env, home, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void officialIsTheDefault() {
        assertThat(run("deploy")).isZero();
        assertThat(settings.template()).isEqualTo(TemplateChoice.OFFICIAL);
        assertThat(settings.isExplicit("template")).isFalse();
    }

    @Test
    void hardenedIsChosenByOptionEnvironmentOrConfigFile() throws IOException {
        assertThat(run("deploy", "--template", "hardened")).isZero();
        assertThat(settings.template()).isEqualTo(TemplateChoice.HARDENED);
        assertThat(settings.isExplicit("template")).isTrue();

        assertThat(run("--template", "HARDENED")).as("case does not matter").isZero();
        assertThat(settings.template()).isEqualTo(TemplateChoice.HARDENED);

        env.put("CHROMA_SETUP_TEMPLATE", "hardened");
        assertThat(run("deploy")).isZero();
        assertThat(settings.template()).isEqualTo(TemplateChoice.HARDENED);
        env.clear();

        Path conf = home.resolve(".config/chroma-setup/chroma-setup.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "template = hardened\n");
        assertThat(run("deploy")).isZero();
        assertThat(settings.template()).isEqualTo(TemplateChoice.HARDENED);
        assertThat(run("deploy", "--template", "official")).as("the option wins over the file").isZero();
        assertThat(settings.template()).isEqualTo(TemplateChoice.OFFICIAL);
    }

    @Test
    void anUnknownTemplateIsAUsageErrorNamingTheChoices() {
        assertThat(run("deploy", "--template", "fancy")).isEqualTo(2);
        assertThat(err.toString()).contains("template").contains("official or hardened").contains("fancy");
    }

    @Test
    void helpListsTheChoices() {
        assertThat(run("deploy", "--help")).isZero();
        assertThat(out.toString()).contains("--template=official|hardened").contains("Default: official");
    }

    @Test
    void statusDoesNotTakeIt() {
        assertThat(run("status", "--template", "hardened")).isEqualTo(2);
    }
}
