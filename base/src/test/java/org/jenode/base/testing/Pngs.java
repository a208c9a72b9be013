package org.jenode.base.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jenode.base.gfx.Canvas;

/** Canvases as PNG files under {@code target/screens} (for a person to look at) and images as PNG bytes (for ROMs). */
public final class Pngs {

    private Pngs() { }

    /** Writes {@code canvas} to {@code target/screens/<name>.png}. */
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

    /** {@code argb}, {@code w x h} row by row, as a PNG file's bytes. */
    public static byte[] encode(int w, int h, int[] argb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        return encode(img);
    }

    public static byte[] encode(BufferedImage img) {
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
        int[] row = new int[canvas.width()];
        for (int y = 0; y < canvas.height(); y++) {
            canvas.pixels().get(y * canvas.width(), row);
            img.setRGB(0, y, canvas.width(), 1, row, 0, canvas.width());
        }
        return img;
    }
}
