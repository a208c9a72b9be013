package org.jenode.launcher.menuview;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jenode.base.Env;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.rom.AttachedRom;

/** The images of icon ROMs, each read and decoded once; one that is missing or too large stays empty. */
final class Icons {

    /** An icon is a small thing: larger images are refused, not scaled. */
    static final int MAX_SIDE = 128;
    /** At most this many distinct icon ROMs are opened, whatever the dialog names. */
    static final int MAX_ICONS = 64;

    private final Env env;
    private final Map<String, Optional<Canvas>> images = new HashMap<>();

    Icons(Env env) { this.env = env; }

    Optional<Canvas> image(String rom) {
        Optional<Canvas> known = images.get(rom);
        if (known != null) return known;
        if (images.size() >= MAX_ICONS) return Optional.empty();
        Optional<Canvas> image = read(rom);
        images.put(rom, image);
        return image;
    }

    private Optional<Canvas> read(String rom) {
        try (AttachedRom module = new AttachedRom(env, rom)) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(module.bytes()));
            if (img == null || img.getWidth() > MAX_SIDE || img.getHeight() > MAX_SIDE) {
                env.log().warn("icon ROM '{}' holds no image of at most {}x{} pixels", rom, MAX_SIDE, MAX_SIDE);
                return Optional.empty();
            }
            int w = img.getWidth(), h = img.getHeight();
            return Optional.of(Canvas.of(img.getRGB(0, 0, w, h, null, 0, w), w, h));
        } catch (IOException | RuntimeException e) {
            env.log().warn("cannot read icon ROM '{}': {}", rom, e.getMessage());
            return Optional.empty();
        }
    }
}
