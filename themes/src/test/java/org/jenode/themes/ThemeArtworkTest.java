package org.jenode.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The committed theme files are exactly what {@link ThemeGenerator} draws, so the artwork is reproducible. */
class ThemeArtworkTest {

    private static final Path ROOT = Path.of(".");

    @Test
    void committedImagesAndMetadataAreWhatTheGeneratorDraws() throws IOException {
        List<ThemeArt> themes = ThemeGenerator.themes();
        assertThat(themes).extracting(ThemeArt::name).containsExactly("flat", "shadow", "glass");
        for (ThemeArt t : themes) {
            Path folder = ROOT.resolve(t.name());
            assertSamePixels(t.frame(), folder.resolve(ThemeArt.FRAME));
            assertSamePixels(t.closer(), folder.resolve(ThemeArt.CLOSER));
            assertSamePixels(t.maximizer(), folder.resolve(ThemeArt.MAXIMIZER));
            assertThat(Files.readString(folder.resolve(ThemeArt.METADATA))).as(folder + "/metadata").isEqualTo(t.metadata());
        }
    }

    private static void assertSamePixels(BufferedImage drawn, Path committed) throws IOException {
        BufferedImage file = ImageIO.read(committed.toFile());
        assertThat(file).as(committed + " (regenerate with ThemeGenerator)").isNotNull();
        assertThat(file.getWidth()).as(committed + " width").isEqualTo(drawn.getWidth());
        assertThat(file.getHeight()).as(committed + " height").isEqualTo(drawn.getHeight());
        int w = drawn.getWidth(), h = drawn.getHeight();
        assertThat(file.getRGB(0, 0, w, h, null, 0, w)).as(committed + " pixels (regenerate with ThemeGenerator)")
                .isEqualTo(drawn.getRGB(0, 0, w, h, null, 0, w));
    }
}
