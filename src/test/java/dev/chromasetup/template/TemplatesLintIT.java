package dev.chromasetup.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every CloudFormation template the project ships or tests with passes cfn-lint without errors
 * (warnings are printed by cfn-lint but do not fail the build). cfn-lint's exit code is a bit mask:
 * 2 = errors, 4 = warnings, 8 = informational; 1 = cfn-lint itself failed.
 */
class TemplatesLintIT {
    private static final List<Path> ROOTS = List.of(Path.of("samples"), Path.of("src/main/resources/templates"));

    @Test
    void everyTemplatePassesCfnLint() throws IOException, InterruptedException {
        List<Path> templates = templates();
        assertThat(templates).as("templates under " + ROOTS).isNotEmpty();

        List<String> command = new ArrayList<>(List.of("cfn-lint", "--"));
        templates.forEach(t -> command.add(t.toString()));
        Path output = Files.createTempFile("cfn-lint-", ".txt");
        Process lint;
        try {
            lint = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("cfn-lint is not installed: pip install cfn-lint", e);
        }
        assertThat(lint.waitFor(180, TimeUnit.SECONDS)).as("cfn-lint finished within 3 minutes").isTrue();
        int rc = lint.exitValue();
        String report = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(rc == 1 || (rc & 2) != 0)
                .as("cfn-lint exit code %d on %s:%n%s", rc, templates, report)
                .isFalse();
    }

    private static List<Path> templates() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : ROOTS) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).filter(TemplatesLintIT::isTemplate).sorted().forEach(found::add);
                }
            }
        }
        return found;
    }

    private static boolean isTemplate(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".cf.json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
