package dev.chromasetup;

import dev.chromasetup.testing.MotoAws;
import dev.chromasetup.testing.MotoExtension;
import dev.chromasetup.testing.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the build ships beside the jar (run after package): the completion script, the class-data
 * archive and the launcher's layouts; and that no AWT/Swing class is ever loaded.
 */
@ExtendWith(MotoExtension.class)
@Timeout(180)
class DistributionIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path TEMPLATE = ROOT.resolve("samples/moto/chroma-like.cf.json");

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private Run launch(Path launcher, Map<String, String> extraEnv, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("CHROMA_SETUP_"));
        env.putAll(MotoAws.testEnv());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("HOME", tmp.toString());
        env.putAll(extraEnv);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theBuildWritesTheCompletionScript() throws IOException {
        Path script = ROOT.resolve("target/completion/chroma-setup_completion");
        assertThat(script).exists();
        String text = Files.readString(script);
        assertThat(text).contains("deploy", "destroy", "--stack-name", "complete -F _complete_chroma-setup");
        assertThat(text).doesNotContain("generate-completion");
    }

    @Test
    void noAwtOrSwingClassLoadsOnVersionHelpOrTheFirstPrompt(MotoServer moto) throws Exception {
        Path launcher = ROOT.resolve("bin/chroma-setup");
        List<String[]> runs = List.of(
                new String[] {"--version"},
                new String[] {"--help"},
                new String[] {"--plain", "--endpoint-url", moto.endpoint().toString(), "--template-file",
                        TEMPLATE.toString()});
        int i = 0;
        for (String[] args : runs) {
            Path log = tmp.resolve("classes-" + i++ + ".txt");
            Run r = launch(launcher, Map.of("CHROMA_SETUP_JAVA_OPTS", "-Xlog:class+load:file=" + log), args);
            assertThat(r.err()).doesNotContain("Exception");
            List<String> loaded = Files.readAllLines(log);
            assertThat(loaded).as("classes loaded by %s", String.join(" ", args)).hasSizeGreaterThan(300);
            assertThat(loaded).noneMatch(l -> l.contains(" java.awt.") || l.contains(" javax.swing.")
                    || l.contains(" sun.awt."));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lib", "jars"})
    void theReleaseLayoutsRunWithAStaleArchiveOrWithoutOne(String jarDir) throws Exception {
        // bin/chroma-setup + lib/chroma-setup.jar + lib/*.jar: the java-archive and scripts/jlink-image.sh
        // layout; jars/ instead of lib/: JReleaser's jlink image
        Path home = tmp.resolve("chroma-setup-" + jarDir);
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve(jarDir));
        Files.copy(ROOT.resolve("bin/chroma-setup"), home.resolve("bin/chroma-setup"));
        home.resolve("bin/chroma-setup").toFile().setExecutable(true);
        Files.copy(ROOT.resolve("target/chroma-setup.jar"), home.resolve(jarDir).resolve("chroma-setup.jar"));
        try (Stream<Path> jars = Files.list(ROOT.resolve("target/lib"))) {
            for (Path jar : (Iterable<Path>) jars::iterator) {
                Files.copy(jar, home.resolve(jarDir).resolve(jar.getFileName()));
            }
        }
        Run noArchive = launch(home.resolve("bin/chroma-setup"), Map.of(), "--version");
        assertThat(noArchive.exit()).isZero();
        assertThat(noArchive.out()).startsWith("chroma-setup ");
        assertThat(noArchive.err()).isEmpty();

        // an archive made for other jars (the checkout's, or garbage): ignored without a word
        Path checkoutArchive = ROOT.resolve("target/chroma-setup.jsa");
        Path stale = home.resolve(jarDir).resolve("chroma-setup.jsa");
        if (Files.exists(checkoutArchive)) {
            Files.copy(checkoutArchive, stale, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.writeString(stale, "not a class-data archive");
        }
        Run staleArchive = launch(home.resolve("bin/chroma-setup"), Map.of(), "--version");
        assertThat(staleArchive.exit()).isZero();
        assertThat(staleArchive.out()).startsWith("chroma-setup ");
        assertThat(staleArchive.err()).isEmpty();

        Files.writeString(stale, "not a class-data archive", StandardCharsets.UTF_8);
        Run garbage = launch(home.resolve("bin/chroma-setup"), Map.of(), "--version");
        assertThat(garbage.exit()).isZero();
        assertThat(garbage.err()).isEmpty();
    }

    @Test
    void theCheckoutUsesItsClassDataArchive() throws Exception {
        Path archive = ROOT.resolve("target/chroma-setup.jsa");
        if (!Files.exists(archive)) {
            return; // built with -Dchroma.cds.skip=true
        }
        Path log = tmp.resolve("cds.txt");
        Run r = launch(ROOT.resolve("bin/chroma-setup"),
                Map.of("CHROMA_SETUP_JAVA_OPTS", "-Xlog:class+load:file=" + log), "--version");
        assertThat(r.exit()).isZero();
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).anyMatch(l -> l.contains("dev.chromasetup.Main ") && l.contains("shared objects file"));
        // picocli's classes are Java 5 class files, which only a static archive can hold on Java 17
        assertThat(loaded).anyMatch(l -> l.contains("picocli.CommandLine ") && l.contains("shared objects file"));
    }
}
