package dev.chromasetup.template;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The disks the estimate counts come from the templates themselves. */
class TemplateDisksTest {
    @Test
    void chromasShapedTemplateHasOne24GibGp2Disk() {
        ChromaTemplate fixture = TemplateLoader.withTimeouts(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1))
                .fromFile(Path.of("samples/moto/chroma-like.cf.json"));
        assertThat(TemplateDisks.of(fixture)).containsExactly(new TemplateDisks.Disk(24, "gp2"));
    }

    @Test
    void theHardenedTemplateHasARootAndADataVolumeSizedByItsParameter() {
        assertThat(TemplateDisks.of(TemplateCatalog.hardened()))
                .containsExactlyInAnyOrder(new TemplateDisks.Disk(16, "gp3"), new TemplateDisks.Disk(20, "gp3"));
    }
}
