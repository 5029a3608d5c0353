package dev.chromasetup.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.errors.SetupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which template a run deploys: file, then a URL the user set, then the choice. Nothing is downloaded. */
class TemplateCatalogTest {
    // A loopback address with nothing listening: a download attempt fails at once, never reaches the internet.
    private static final String NOWHERE = "http://127.0.0.1:9/chroma.cf.json";
    private final TemplateLoader loader = TemplateLoader.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));

    @TempDir
    Path dir;

    @Test
    void hardenedIsTheBundledTemplateSentAsABody() {
        ChromaTemplate t = TemplateCatalog.supplier(TemplateChoice.HARDENED, Optional.empty(), NOWHERE, false, loader).get();
        assertThat(t.hasParameter("AllowedCidr")).isTrue();
        assertThat(t.url()).isEmpty();
        assertThat(t.body()).isEqualTo(TemplateCatalog.hardenedBody());
    }

    @Test
    void officialDownloadsTheTemplateUrl() {
        assertThatThrownBy(() -> TemplateCatalog.supplier(TemplateChoice.OFFICIAL, Optional.empty(), NOWHERE, false, loader).get())
                .isInstanceOf(SetupException.class).hasMessageContaining("127.0.0.1:9");
    }

    @Test
    void aTemplateFileOverridesTheChoice() throws IOException {
        Path file = Files.writeString(dir.resolve("t.cf.json"), TemplateLoaderTest.CHROMA);
        ChromaTemplate t = TemplateCatalog.supplier(TemplateChoice.HARDENED, Optional.of(file), NOWHERE, true, loader).get();
        assertThat(t.mappedRegions()).isPresent();
        assertThat(t.hasParameter("AllowedCidr")).isFalse();
    }

    @Test
    void aTemplateUrlTheUserSetOverridesHardened() {
        assertThatThrownBy(() -> TemplateCatalog.supplier(TemplateChoice.HARDENED, Optional.empty(), NOWHERE, true, loader).get())
                .isInstanceOf(SetupException.class).hasMessageContaining("127.0.0.1:9");
    }

    @Test
    void choicesParseLeniently() {
        assertThat(TemplateChoice.parse(" Hardened ")).contains(TemplateChoice.HARDENED);
        assertThat(TemplateChoice.parse("official")).contains(TemplateChoice.OFFICIAL);
        assertThat(TemplateChoice.parse("")).isEmpty();
        assertThat(TemplateChoice.parse(null)).isEmpty();
        assertThat(TemplateChoice.expected()).isEqualTo("official or hardened");
    }
}
