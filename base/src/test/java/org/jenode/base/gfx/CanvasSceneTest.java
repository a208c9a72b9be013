package org.jenode.base.gfx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.base.gfx.CanvasFastPathTest.assertSamePixels;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A compositor's frame drawn through Canvas's fast paths equals the same frame drawn per pixel: the draw
 * sequence of nitpicker's Composer (background, opaque and translucent views back to front, each clipped
 * to the dirty area; in X-ray mode frames, opaque views of {@code xray="opaque"} domains and the tint of
 * unfocused ones; in kill mode the red tint), on an odd-sized screen with views partly off it, redrawn
 * whole and then in a dirty rectangle. Writes {@code target/canvas-scene-MODE.png}.
 */
class CanvasSceneTest {

    @BeforeAll
    static void vectorLoopsTakeOver() throws Exception {
        assertThat(WarmUp.awaitVectors(1, TimeUnit.MINUTES)).as("the vector loops were compiled and took over").isTrue();
    }

    private static final int W = 1021, H = 603;
    private static final int BACKGROUND = 0xff192532;

    enum Mode { FLAT, XRAY, KILL }

    /** One client view: its buffer, where it is, whether it has alpha, its domain's colour and X-ray kind. */
    private record View(int[] pixels, Rect at, boolean translucent, int colour, boolean opaqueXray, boolean focused) { }

    /** What the frame is drawn with: Canvas or the reference. */
    private interface Surface {
        void clip(Rect r);

        void fill(Rect r, int argb);

        void frame(Rect r, int argb);

        void picture(View v, boolean blended);

        void tint(Rect r, int colour);

        int[] pixels();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFrameDrawnThroughTheFastPathsEqualsThePerPixelFrame(Mode mode) throws IOException {
        List<View> views = views();
        Surface fast = fast(views), reference = reference();
        for (Rect dirty : List.of(new Rect(0, 0, W, H), new Rect(101, 77, 333, 211), new Rect(-7, 590, 50, 40))) {
            draw(fast, views, mode, dirty);
            draw(reference, views, mode, dirty);
            assertSamePixels(fast.pixels(), reference.pixels(), W, mode + " frame, dirty " + dirty);
        }
        write(fast.pixels(), Path.of("target", "canvas-scene-" + mode.name().toLowerCase() + ".png"));
    }

    /** Back to front, as Composer paints each view once occlusion has given it a clip. */
    private static void draw(Surface s, List<View> views, Mode mode, Rect dirty) {
        s.clip(dirty);
        s.fill(new Rect(0, 0, W, H), BACKGROUND);
        for (View v : views) {
            if (mode != Mode.FLAT) {
                s.frame(v.at().grown(3), 0xff000000);
                s.frame(v.at().grown(2), v.colour());
                s.frame(v.at().grown(1), 0xff000000);
            }
            s.clip(dirty.intersection(v.at()));
            if (mode == Mode.XRAY && v.opaqueXray()) s.fill(v.at(), v.colour());
            else s.picture(v, v.translucent() && mode == Mode.FLAT);
            if (mode == Mode.KILL) s.tint(v.at(), 0xffff0000);
            else if (mode == Mode.XRAY && !v.focused()) s.tint(v.at(), v.colour());
            s.clip(dirty);
        }
    }

    /** Seven views of odd sizes, every other translucent with every alpha value, some partly off screen. */
    private static List<View> views() {
        int[][] geometry = {{-40, -25, 401, 299}, {97, 53, 377, 261}, {300, 100, 513, 333}, {640, 20, 451, 199},
            {5, 400, 257, 255}, {700, 380, 333, 301}, {150, 200, 640, 300}};
        int[] colours = {0xffffffff, 0xffffaa00, 0xff44ccff, 0xffcc3366, 0xff33cc66, 0xff8855ff, 0xffffffff};
        List<View> views = new ArrayList<>();
        for (int i = 0; i < geometry.length; i++) {
            int[] g = geometry[i];
            int w = g[2], h = g[3];
            boolean translucent = i % 2 == 0;
            int[] pixels = new int[w * h];
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++) {
                    int alpha = translucent ? (x * 7 + y * 3 + i * 50) & 0xff : (x ^ y) & 0xff; // opaque views' alpha is ignored
                    pixels[y * w + x] = alpha << 24 | ((x * 255 / w + i * 40) & 0xff) << 16 | (y * 255 / h) << 8 | (i * 37 & 0xff);
                }
            views.add(new View(pixels, new Rect(g[0], g[1], w, h), translucent, colours[i], i == 3, i == 6));
        }
        return views;
    }

    private static Surface fast(List<View> views) {
        Canvas screen = PixelMemory.DATASPACE.canvas(new int[W * H], W, H);
        List<Canvas> buffers = views.stream().map(v -> PixelMemory.DATASPACE.canvas(v.pixels(), v.at().width(), v.at().height())).toList();
        return new Surface() {
            @Override public void clip(Rect r) { screen.clip(r); }

            @Override public void fill(Rect r, int argb) { screen.fill(r, argb); }

            @Override public void frame(Rect r, int argb) { screen.drawRectFrame(r, 1, argb); }

            @Override public void picture(View v, boolean blended) {
                Canvas buffer = buffers.get(views.indexOf(v));
                if (blended) screen.blitBlended(buffer, v.at().position());
                else screen.blit(buffer, v.at().position(), true);
            }

            @Override public void tint(Rect r, int colour) { screen.tint(r, colour); }

            @Override public int[] pixels() { return PixelMemory.content(screen); }
        };
    }

    private static Surface reference() {
        ScalarCanvas screen = new ScalarCanvas(new int[W * H], W, H);
        return new Surface() {
            @Override public void clip(Rect r) { screen.clip(r); }

            @Override public void fill(Rect r, int argb) { screen.fill(r, argb); }

            @Override public void frame(Rect r, int argb) { screen.drawRectFrame(r, 1, argb); }

            @Override public void picture(View v, boolean blended) {
                ScalarCanvas buffer = new ScalarCanvas(v.pixels(), v.at().width(), v.at().height());
                Point at = v.at().position();
                if (blended) screen.blitBlended(buffer, at);
                else screen.blit(buffer, at, true);
            }

            @Override public void tint(Rect r, int colour) { screen.tint(r, colour); }

            @Override public int[] pixels() { return screen.pixels.clone(); }
        };
    }

    private static void write(int[] pixels, Path file) throws IOException {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, W, H, pixels, 0, W);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
