package dev.chromasetup.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The hardened template's external checks: cfn-lint on the template (also covered by
 * {@link TemplatesLintIT}, here so a failure names this template alone) and shellcheck on its UserData
 * script. The script is valid shell as it stands: its CloudFormation placeholders sit inside a quoted
 * here-document, so no substitution is needed before linting.
 */
class HardenedTemplateIT {
    private static final Path DIR = Path.of("src/main/resources/templates");

    private record Run(int exitCode, String output) {
    }

    private static Run run(String installHint, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("lint-", ".txt");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed: " + installHint, e);
        }
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(command[0] + " finished within 3 minutes").isTrue();
        return new Run(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    @Test
    void theUserDataScriptPassesShellcheck() throws IOException, InterruptedException {
        Path script = DIR.resolve("hardened-userdata.sh");
        Run r = run("apt-get install -y shellcheck (Debian/Ubuntu) or see https://www.shellcheck.net",
                "shellcheck", "--shell=bash", "--severity=style", "--external-sources", script.toString());
        assertThat(r.exitCode()).as("shellcheck on %s:%n%s", script, r.output()).isZero();
    }

    @Test
    void theTemplatePassesCfnLintWithoutErrorsOrWarnings() throws IOException, InterruptedException {
        Path template = DIR.resolve("hardened.cf.json");
        Run r = run("pip install cfn-lint", "cfn-lint", "--", template.toString());
        // cfn-lint's exit code is a bit mask: 2 errors, 4 warnings, 8 informational; 1 = cfn-lint failed.
        assertThat(r.exitCode() & ~8).as("cfn-lint exit code %d on %s:%n%s", r.exitCode(), template, r.output()).isZero();
    }

    @Test
    void theLintOfAllTemplatesCoversIt() throws IOException {
        // TemplatesLintIT lints *.cf.json under src/main/resources/templates: the hardened template is one
        try (var files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).contains("hardened.cf.json");
        }
    }
}
