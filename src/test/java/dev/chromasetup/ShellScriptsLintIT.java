package dev.chromasetup;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every shell script the project ships or runs (the launcher, CI, build and benchmark scripts, the CI
 * sample) passes shellcheck: one of them once exited 0 on failure, which shellcheck-clean code and the
 * sample's own test now guard against.
 */
class ShellScriptsLintIT {
    @Test
    void everyShellScriptPassesShellcheck() throws Exception {
        List<Path> scripts = new ArrayList<>(List.of(Path.of("bin/chroma-setup"), Path.of(".ci/run")));
        for (String dir : List.of("scripts", "bench", "samples")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".sh") && !p.toString().contains("node_modules"))
                        .forEach(scripts::add);
            }
        }
        assertThat(scripts).hasSizeGreaterThan(5);
        List<String> findings = new ArrayList<>();
        for (Path script : scripts) {
            Process p;
            try {
                p = new ProcessBuilder("shellcheck", script.toString()).redirectErrorStream(true).start();
            } catch (IOException missing) {
                fail("shellcheck is not installed: apt-get install shellcheck (.ci/run installs it)");
                return;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            if (p.exitValue() != 0) {
                findings.add(out);
            }
        }
        assertThat(findings).as("shellcheck findings").isEmpty();
    }
}
