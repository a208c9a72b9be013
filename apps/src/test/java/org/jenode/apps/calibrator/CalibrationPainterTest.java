package org.jenode.apps.calibrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jenode.base.geometry.Point;
import org.jenode.base.gfx.Canvas;
import org.junit.jupiter.api.Test;

/** The screen a user sees: the crosshair at the target, the instructions, the last message. Writes a PNG. */
class CalibrationPainterTest {

    @Test
    void drawsCrosshairAndMessage() throws Exception {
        int w = 400, h = 240;
        int[] pixels = new int[w * h];
        Canvas canvas = Canvas.of(pixels, w, h);
        new CalibrationPainter().paint(canvas, Optional.of(new Point(40, 24)), 0, 5,
                "the touches do not fit one transform", true);

        assertThat(canvas.get(40, 24)).isEqualTo(CalibrationPainter.CROSS);
        assertThat(canvas.get(40 + CalibrationPainter.ARM, 24)).isEqualTo(CalibrationPainter.CROSS);
        assertThat(canvas.get(300, 200)).isEqualTo(CalibrationPainter.BACKGROUND);
        long reddish = 0, text = 0;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int p = canvas.get(x, y);
            if (p == CalibrationPainter.BACKGROUND || p == CalibrationPainter.CROSS) continue;
            if (((p >> 16) & 0xff) > ((p >> 8) & 0xff) + 40) reddish++; else text++;
        }
        assertThat(reddish).as("pixels of the red message").isGreaterThan(50);
        assertThat(text).as("pixels of the instructions").isGreaterThan(50);

        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, pixels, 0, w);
        Path png = Path.of("target", "touch-calibrator.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
    }
}
