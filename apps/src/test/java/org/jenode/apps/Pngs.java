package org.jenode.apps;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jenode.base.gfx.Canvas;

/** Test helper: canvases as PNG files under target/ (for a person to look at) and PNG bytes (for ROMs). */
public final class Pngs {

    private Pngs() { }

    public static Path write(Canvas canvas, String name) {
        return write(canvas, Path.of("target", "screens", name + ".png"));
    }

    public static Path write(Canvas canvas, Path file) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            ImageIO.write(image(canvas), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encode(int w, int h, int[] argb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage image(Canvas canvas) {
        BufferedImage img = new BufferedImage(canvas.width(), canvas.height(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < canvas.height(); y++)
            for (int x = 0; x < canvas.width(); x++) img.setRGB(x, y, canvas.get(x, y));
        return img;
    }
}
