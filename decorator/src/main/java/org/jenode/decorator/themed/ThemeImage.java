package org.jenode.decorator.themed;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** A decoded theme image: ARGB pixels with straight alpha, row by row. Nobody writes to the array. */
public record ThemeImage(int width, int height, int[] argb) {

    /** Far more than a frame or a button needs; a bigger image is refused before it is decoded. */
    public static final int MAX_SIDE = 1024;

    public int pixel(int x, int y) { return argb[y * width + x]; }

    /** Decodes the PNG in ROM module {@code rom}, or fails naming it. */
    static ThemeImage decode(byte[] png, String rom) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) throw new ThemeException("ROM '" + rom + "' holds no PNG image");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0), h = reader.getHeight(0);
                if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE)
                    throw new ThemeException("ROM '" + rom + "': a " + w + "x" + h + " image, sides must be 1.." + MAX_SIDE);
                BufferedImage img = reader.read(0);
                return new ThemeImage(w, h, img.getRGB(0, 0, w, h, null, 0, w));
            } finally {
                reader.dispose();
            }
        } catch (ThemeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ThemeException("ROM '" + rom + "' holds no readable image: " + e.getMessage(), e);
        }
    }
}
