package org.jenode.apps.common;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jenode.base.Env;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.rom.AttachedRom;

/** A decoded image: ARGB pixels with straight alpha. */
public record Image(int width, int height, int[] argb) {

    /** Decodes PNG (or any format javax.imageio reads); empty if the bytes are no image. */
    public static Optional<Image> decode(byte[] bytes) {
        if (bytes.length == 0) return Optional.empty();
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            return img == null ? Optional.empty() : Optional.of(of(img));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Reads ROM module {@code rom} once and decodes it; empty (and logged) if it is missing or no image. */
    public static Optional<Image> fromRom(Env env, String rom) {
        try (AttachedRom module = new AttachedRom(env, rom)) {
            Optional<Image> image = decode(module.bytes());
            if (image.isEmpty()) env.log().warn("ROM '{}' holds no image", rom);
            return image;
        } catch (RuntimeException e) {
            env.log().warn("cannot read image ROM '{}': {}", rom, e.getMessage());
            return Optional.empty();
        }
    }

    public static Image of(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        return new Image(w, h, img.getRGB(0, 0, w, h, null, 0, w));
    }

    /** This image resampled (bilinear) to {@code w} x {@code h}. */
    public Image scaled(int w, int h) {
        if (w == width && h == height) return this;
        BufferedImage src = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        src.setRGB(0, 0, width, height, argb, 0, width);
        BufferedImage dst = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = dst.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, dst.getWidth(), dst.getHeight(), null);
        g.dispose();
        return of(dst);
    }

    /** A canvas over the pixels (shared, not copied). */
    public Canvas canvas() { return Canvas.of(argb, width, height); }
}
