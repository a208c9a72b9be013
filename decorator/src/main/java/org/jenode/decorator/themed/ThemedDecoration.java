package org.jenode.decorator.themed;

import java.nio.IntBuffer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;
import org.jenode.decorator.Decoration;
import org.jenode.decorator.Element;
import org.jenode.decorator.HoverElement;
import org.jenode.decorator.LazyValue;
import org.jenode.decorator.Margins;
import org.jenode.decorator.WindowState;
import org.jenode.decorator.WindowStyle;

/**
 * One window's themed frame. As in Genode's themed decorator, the frame is drawn at full alpha while
 * the window is focused and at 200/256 otherwise, each control at 255 while highlighted and 150
 * otherwise (0 while the layouter does not grant it), and a policy's colour tints it; every change
 * fades in 20 steps. Each piece of the frame is composed in a layer of its own (frame, title,
 * controls, tint) and then laid over what lies behind the window.
 */
final class ThemedDecoration implements Decoration {

    static final int STEPS = 20;
    static final int FOCUSED = 256, UNFOCUSED = 200, HIGHLIGHTED = 255, NORMAL = 150;

    private final Theme theme;
    private final Font font;
    private final LazyValue frameAlpha, closerAlpha, maximizerAlpha;
    /** The tint in 8.4 fixed point per channel; black is no tint. */
    private final LazyValue red, green, blue;
    private WindowState state;

    ThemedDecoration(Theme theme, Font font, WindowState state, WindowStyle style) {
        this.theme = theme;
        this.font = font;
        this.state = state;
        frameAlpha = new LazyValue(frameAlpha(state));
        closerAlpha = new LazyValue(controlAlpha(state.closer(), state.highlighted(Element.CLOSER)));
        maximizerAlpha = new LazyValue(controlAlpha(state.maximizer(), state.highlighted(Element.MAXIMIZER)));
        int tint = style.color().orElse(0);
        red = new LazyValue(((tint >> 16) & 0xff) << 4);
        green = new LazyValue(((tint >> 8) & 0xff) << 4);
        blue = new LazyValue((tint & 0xff) << 4);
    }

    private static int frameAlpha(WindowState s) { return s.focused() ? FOCUSED : UNFOCUSED; }

    private static int controlAlpha(boolean present, boolean highlighted) {
        return !present ? 0 : highlighted ? HIGHLIGHTED : NORMAL;
    }

    @Override public Margins margins() { return theme.outer(); }

    @Override public boolean update(WindowState next, WindowStyle style) {
        boolean changed = !next.title().equals(state.title());
        changed |= head(frameAlpha, frameAlpha(next));
        changed |= head(closerAlpha, controlAlpha(next.closer(), next.highlighted(Element.CLOSER)));
        changed |= head(maximizerAlpha, controlAlpha(next.maximizer(), next.highlighted(Element.MAXIMIZER)));
        int tint = style.color().orElse(0);
        changed |= head(red, ((tint >> 16) & 0xff) << 4);
        changed |= head(green, ((tint >> 8) & 0xff) << 4);
        changed |= head(blue, (tint & 0xff) << 4);
        state = next;
        return changed;
    }

    private static boolean head(LazyValue v, int destination) {
        if (v.destination() == destination) return false;
        v.moveTo(destination, STEPS);
        return true;
    }

    @Override public boolean animate() {
        boolean changed = frameAlpha.animate();
        changed |= closerAlpha.animate();
        changed |= maximizerAlpha.animate();
        changed |= red.animate();
        changed |= green.animate();
        return blue.animate() | changed;
    }

    private Rect outer() { return theme.outer().around(state.geometry()); }

    @Override public void draw(Canvas canvas) {
        Rect outer = outer();
        for (Rect piece : canvas.clip().intersection(outer).minus(state.geometry())) drawPiece(canvas, piece, outer);
    }

    private void drawPiece(Canvas canvas, Rect piece, Rect outer) {
        int w = piece.width(), h = piece.height();
        int[] layer = new int[w * h];
        theme.background().ifPresent(bg -> NineSlice.draw(layer, w, piece.x(), piece.y(), outer, bg, frameAlpha.value()));
        theme.title().ifPresent(t -> drawTitle(Canvas.of(layer, w, h), piece, theme.absolute(t, outer)));
        theme.closer().ifPresent(c -> drawControl(layer, piece, theme.absolute(c, outer), c.image(), closerAlpha.value()));
        theme.maximizer().ifPresent(c -> drawControl(layer, piece, theme.absolute(c, outer), c.image(), maximizerAlpha.value()));
        int tint = (red.value() >> 4) << 16 | (green.value() >> 4) << 8 | (blue.value() >> 4);
        if (tint != 0) {
            Tint t = new Tint(tint);
            for (int i = 0; i < layer.length; i++) layer[i] = t.apply(layer[i]);
        }
        IntBuffer screen = canvas.pixels();
        int[] row = new int[w];
        for (int ly = 0; ly < h; ly++) {
            int at = (piece.y() + ly) * canvas.width() + piece.x();
            screen.get(at, row);
            for (int lx = 0; lx < w; lx++) row[lx] = Pixels.over(layer[ly * w + lx], row[lx]);
            screen.put(at, row);
        }
    }

    /** The title centred in its rectangle (in the layer's coordinates), cut to it. */
    private void drawTitle(Canvas layer, Rect piece, Rect title) {
        Rect r = title.translated(-piece.x(), -piece.y());
        layer.clip(r);
        int x = r.x() + (r.width() - font.width(state.title())) / 2;
        int y = r.y() + (r.height() - font.height()) / 2 - 1;
        layer.text(font, x, y, state.title(), theme.titleColor());
    }

    private static void drawControl(int[] layer, Rect piece, Rect at, ThemeImage image, int alpha) {
        if (alpha == 0) return;
        Rect c = at.intersection(piece);
        for (int y = c.y(); y < c.bottom(); y++) {
            for (int x = c.x(); x < c.right(); x++) {
                int i = (y - piece.y()) * piece.width() + (x - piece.x());
                layer[i] = Pixels.over(Pixels.faded(image.pixel(x - at.x(), y - at.y()), alpha), layer[i]);
            }
        }
    }

    /**
     * Genode's rule: nothing on the shadow; a control the window has, then the title; elsewhere on
     * the frame the sizers of the half of the theme's size nearest each edge.
     */
    @Override public Optional<Set<HoverElement>> hover(Point p) {
        if (!theme.decor().around(state.geometry()).contains(p)) return Optional.empty();
        Rect outer = outer();
        if (state.closer() && theme.closer().map(c -> theme.absolute(c, outer).contains(p)).orElse(false))
            return Optional.of(EnumSet.of(HoverElement.CLOSER));
        if (state.maximizer() && theme.maximizer().map(c -> theme.absolute(c, outer).contains(p)).orElse(false))
            return Optional.of(EnumSet.of(HoverElement.MAXIMIZER));
        if (theme.title().map(t -> theme.absolute(t, outer).contains(p)).orElse(false))
            return Optional.of(EnumSet.of(HoverElement.TITLE));
        int halfW = theme.size().width() / 2, halfH = theme.size().height() / 2;
        Set<HoverElement> hover = EnumSet.noneOf(HoverElement.class);
        if (p.x() < outer.x() + halfW) hover.add(HoverElement.LEFT_SIZER);
        if (p.x() >= outer.right() - halfW) hover.add(HoverElement.RIGHT_SIZER);
        if (p.y() < outer.y() + halfH) hover.add(HoverElement.TOP_SIZER);
        if (p.y() >= outer.bottom() - halfH) hover.add(HoverElement.BOTTOM_SIZER);
        return Optional.of(hover);
    }
}
