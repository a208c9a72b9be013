package org.jenode.apps.backdrop;

import java.util.Optional;
import java.util.function.Function;
import org.jenode.apps.common.Image;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.xml.XmlNode;

/**
 * Paints a backdrop config into a canvas: {@code <fill>}, {@code <gradient>} and {@code <image>} nodes,
 * applied in document order. Pure: images come from a lookup function, so tests need no ROM.
 */
public final class BackdropPainter {

    /** The default look when the config names no layer: a calm blue gradient. */
    static final int DEFAULT_TOP = 0xff2f5677, DEFAULT_BOTTOM = 0xff0d1a27;

    private final Function<String, Optional<Image>> images;

    public BackdropPainter(Function<String, Optional<Image>> images) { this.images = images; }

    public void paint(Canvas canvas, XmlNode config) {
        boolean painted = false;
        for (XmlNode layer : config.children()) {
            switch (layer.type()) {
                case "fill" -> {
                    canvas.fill(full(canvas), layer.colorAttribute("color", 0xff000000) | 0xff000000);
                    painted = true;
                }
                case "gradient" -> {
                    gradient(canvas, layer.colorAttribute("top", DEFAULT_TOP), layer.colorAttribute("bottom", DEFAULT_BOTTOM));
                    painted = true;
                }
                case "image" -> painted |= image(canvas, layer);
                default -> { /* other nodes (e.g. <libc>) are not layers */ }
            }
        }
        if (!painted) {
            gradient(canvas, DEFAULT_TOP, DEFAULT_BOTTOM);
            pattern(canvas);
        }
    }

    private static Rect full(Canvas c) { return new Rect(0, 0, c.width(), c.height()); }

    /** A vertical gradient, interpolated per channel, opaque. */
    static void gradient(Canvas canvas, int top, int bottom) {
        int h = Math.max(1, canvas.height() - 1);
        for (int y = 0; y < canvas.height(); y++) {
            int color = 0xff000000 | (lerp(top >> 16, bottom >> 16, y, h) << 16)
                    | (lerp(top >> 8, bottom >> 8, y, h) << 8) | lerp(top, bottom, y, h);
            canvas.fill(new Rect(0, y, canvas.width(), 1), color);
        }
    }

    private static int lerp(int a, int b, int y, int h) {
        a &= 0xff;
        b &= 0xff;
        return a + (b - a) * y / h;
    }

    /** A faint diagonal weave that keeps large plain areas from looking like a missing picture. */
    static void pattern(Canvas canvas) {
        canvas.clip(full(canvas));
        for (int y = 0; y < canvas.height(); y++) {
            for (int x = (y % 8); x < canvas.width(); x += 8) {
                canvas.blend(new Rect(x, y, 1, 1), 0x0cffffff);
            }
            for (int x = 7 - (y % 8); x < canvas.width(); x += 8) {
                canvas.blend(new Rect(x, y, 1, 1), 0x0a000000);
            }
        }
    }

    private boolean image(Canvas canvas, XmlNode node) {
        String rom = node.attribute("rom").or(() -> node.attribute("png"))
                .orElseThrow(() -> node.error("<image> needs rom=\"name.png\""));
        Optional<Image> loaded = images.apply(rom);
        if (loaded.isEmpty()) return false;
        Image img = scaled(loaded.get(), node, canvas.width(), canvas.height());
        int alpha = Math.max(0, Math.min(255, node.intAttribute("alpha", 255)));
        if (alpha < 255) img = faded(img, alpha);

        Anchor anchor = Anchor.of(node);
        int x = anchor.x(canvas.width(), img.width()) + node.intAttribute("xpos", 0);
        int y = anchor.y(canvas.height(), img.height()) + node.intAttribute("ypos", 0);
        Canvas src = img.canvas();
        if (!node.boolAttribute("tiled", false)) {
            canvas.blitBlended(src, new Point(x, y));
            return true;
        }
        int x0 = Math.floorMod(x, img.width()) - (Math.floorMod(x, img.width()) == 0 ? 0 : img.width());
        int y0 = Math.floorMod(y, img.height()) - (Math.floorMod(y, img.height()) == 0 ? 0 : img.height());
        for (int ty = y0; ty < canvas.height(); ty += img.height()) {
            for (int tx = x0; tx < canvas.width(); tx += img.width()) canvas.blitBlended(src, new Point(tx, ty));
        }
        return true;
    }

    /** {@code fit}: whole image visible; {@code zoom}: screen covered; otherwise unscaled. */
    static Image scaled(Image img, XmlNode node, int w, int h) {
        String scale = node.attribute("scale", "");
        if (scale.isEmpty()) return img;
        double fx = (double) w / img.width(), fy = (double) h / img.height();
        double f;
        if (scale.equals("fit")) f = Math.min(fx, fy);
        else if (scale.equals("zoom")) f = Math.max(fx, fy);
        else throw node.error("scale=\"" + scale + "\" must be fit or zoom");
        return img.scaled((int) Math.round(img.width() * f), (int) Math.round(img.height() * f));
    }

    private static Image faded(Image img, int alpha) {
        int[] px = img.argb().clone();
        for (int i = 0; i < px.length; i++) px[i] = ((((px[i] >>> 24) * alpha) / 255) << 24) | (px[i] & 0xffffff);
        return new Image(img.width(), img.height(), px);
    }
}
