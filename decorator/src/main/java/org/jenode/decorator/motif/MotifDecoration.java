package org.jenode.decorator.motif;

import static org.jenode.decorator.motif.MotifGeometry.BORDER;
import static org.jenode.decorator.motif.MotifGeometry.CORNER;
import static org.jenode.decorator.motif.MotifGeometry.TITLE;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.decorator.Decoration;
import org.jenode.decorator.Element;
import org.jenode.decorator.HoverElement;
import org.jenode.decorator.Margins;
import org.jenode.decorator.WindowState;
import org.jenode.decorator.WindowStyle;

/** One window's motif frame: a fading colour per element, painted in Genode's order. */
final class MotifDecoration implements Decoration {

    private final MotifPainter painter;
    private final int defaultBase;
    private final Map<Element, FadingColor> colors = new EnumMap<>(Element.class);
    private WindowState state;

    MotifDecoration(MotifPainter painter, int defaultBase, WindowState state, WindowStyle style) {
        this.painter = painter;
        this.defaultBase = defaultBase;
        this.state = state;
        int base = style.color().orElse(defaultBase);
        for (Element e : Element.values()) colors.put(e, new FadingColor(state.focused(), state.highlighted(e), base));
    }

    @Override public Margins margins() { return MotifGeometry.MARGINS; }

    @Override public boolean update(WindowState next, WindowStyle style) {
        boolean changed = !next.title().equals(state.title()) || next.closer() != state.closer() || next.maximizer() != state.maximizer();
        int base = style.color().orElse(defaultBase);
        for (Element e : Element.values()) changed |= colors.get(e).apply(next.focused(), next.highlighted(e), base);
        state = next;
        return changed;
    }

    @Override public boolean animate() {
        boolean changed = false;
        for (FadingColor c : colors.values()) changed |= c.animate();
        return changed;
    }

    private int color(Element e) { return colors.get(e).argb(); }

    @Override public void draw(Canvas c) {
        Rect o = MotifGeometry.MARGINS.around(state.geometry());
        int x = o.x(), y = o.y(), right = o.right(), bottom = o.bottom(), w = o.width(), h = o.height();
        painter.corner(c, new Rect(x, y, CORNER, CORNER), true, true, color(Element.TOP_LEFT));
        painter.corner(c, new Rect(x, bottom - CORNER, CORNER, CORNER), true, false, color(Element.BOTTOM_LEFT));
        painter.corner(c, new Rect(right - CORNER, y, CORNER, CORNER), false, true, color(Element.TOP_RIGHT));
        painter.corner(c, new Rect(right - CORNER, bottom - CORNER, CORNER, CORNER), false, false, color(Element.BOTTOM_RIGHT));
        painter.raisedBox(c, new Rect(x + CORNER, y, w - 2 * CORNER, BORDER), color(Element.TOP));
        painter.raisedBox(c, new Rect(x + CORNER, bottom - BORDER, w - 2 * CORNER, BORDER), color(Element.BOTTOM));
        painter.raisedBox(c, new Rect(x, y + CORNER, BORDER, h - 2 * CORNER), color(Element.LEFT));
        painter.raisedBox(c, new Rect(right - BORDER, y + CORNER, BORDER, h - 2 * CORNER), color(Element.RIGHT));
        if (state.maximizer()) painter.control(c, MotifGeometry.maximizer(o), false, color(Element.MAXIMIZER));
        if (state.closer()) painter.control(c, MotifGeometry.closer(o), true, color(Element.CLOSER));
        Rect title = MotifGeometry.title(o, state.closer(), state.maximizer());
        painter.titleBox(c, title, color(Element.TITLE));
        painter.title(c, title, state.title(), color(Element.TITLE));
    }

    /**
     * Genode's rule: on the 4-pixel border band the sizers, by 16-pixel corners (a corner is two
     * sizers); inside it, in the title bar, a control or the title.
     */
    @Override public Optional<Set<HoverElement>> hover(Point p) {
        Rect o = MotifGeometry.MARGINS.around(state.geometry());
        int x = p.x() - o.x(), y = p.y() - o.y(), w = o.width(), h = o.height();
        Set<HoverElement> hover = EnumSet.noneOf(HoverElement.class);
        if (x < BORDER || x >= w - BORDER || y < BORDER || y >= h - BORDER) {
            if (x < CORNER) hover.add(HoverElement.LEFT_SIZER);
            if (y < CORNER) hover.add(HoverElement.TOP_SIZER);
            if (x >= w - CORNER) hover.add(HoverElement.RIGHT_SIZER);
            if (y >= h - CORNER) hover.add(HoverElement.BOTTOM_SIZER);
        } else if (y < BORDER + TITLE) {
            if (state.maximizer() && MotifGeometry.maximizer(o).contains(p)) hover.add(HoverElement.MAXIMIZER);
            else if (state.closer() && MotifGeometry.closer(o).contains(p)) hover.add(HoverElement.CLOSER);
            else hover.add(HoverElement.TITLE);
        }
        return Optional.of(hover);
    }
}
