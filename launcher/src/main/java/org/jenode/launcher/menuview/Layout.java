package org.jenode.launcher.menuview;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Font;

/**
 * Where the widgets go: every widget gets its natural size; a box's children get its whole width
 * (vbox) or height (hbox), so the buttons of a menu are equally wide.
 */
final class Layout {

    /** No dialog grows the buffer beyond this, whatever it asks. */
    static final int MAX_SIDE = 4096;

    private Layout() { }

    /** The natural size of {@code w}. */
    static Area size(Widget w) {
        Area a = switch (w) {
            case Widget.Frame f -> grown(size(f.child()), 2 * (Style.FRAME_PADDING + Style.FRAME_BORDER), 2 * (Style.FRAME_PADDING + Style.FRAME_BORDER));
            case Widget.VBox b -> stacked(b.children(), true, Style.BOX_GAP);
            case Widget.HBox b -> stacked(b.children(), false, Style.HBOX_GAP);
            case Widget.Button b -> grown(stacked(b.children(), false, Style.HBOX_GAP), 2 * Style.BUTTON_PAD_X, 2 * Style.BUTTON_PAD_Y);
            case Widget.Label l -> {
                Font font = Style.font(l.style());
                yield new Area(Math.max(l.minWidth(), font.width(l.text())), font.height());
            }
            case Widget.Icon i -> i.image().map(c -> new Area(c.width(), c.height()))
                    .orElse(new Area(Style.ICON_PLACEHOLDER, Style.ICON_PLACEHOLDER));
            case Widget.Bar b -> new Area(b.width(), Style.BAR_HEIGHT);
        };
        return new Area(Math.min(MAX_SIDE, a.width()), Math.min(MAX_SIDE, a.height()));
    }

    /** {@code w} placed at {@code rect}, its children inside it. */
    static Placed place(Widget w, Rect rect) {
        return switch (w) {
            case Widget.Frame f -> new Placed(w, rect, List.of(place(f.child(), inset(rect, Style.FRAME_PADDING + Style.FRAME_BORDER,
                    Style.FRAME_PADDING + Style.FRAME_BORDER))));
            case Widget.VBox b -> new Placed(w, rect, row(b.children(), rect, true, Style.BOX_GAP));
            case Widget.HBox b -> new Placed(w, rect, row(b.children(), rect, false, Style.HBOX_GAP));
            case Widget.Button b -> new Placed(w, rect, row(b.children(), inset(rect, Style.BUTTON_PAD_X, Style.BUTTON_PAD_Y), false, Style.HBOX_GAP));
            case Widget.Label _, Widget.Icon _, Widget.Bar _ -> new Placed(w, rect, List.of());
        };
    }

    private static List<Placed> row(List<Widget> children, Rect rect, boolean vertical, int gap) {
        List<Placed> out = new ArrayList<>(children.size());
        long at = vertical ? rect.y() : rect.x();
        for (Widget child : children) {
            Area a = size(child);
            int pos = (int) Math.min(at, Integer.MAX_VALUE);
            Rect r = vertical ? new Rect(rect.x(), pos, rect.width(), a.height()) : new Rect(pos, rect.y() + (rect.height() - a.height()) / 2, a.width(), a.height());
            // a label or gauge keeps its height in an hbox (centred); boxes and buttons fill it
            if (!vertical && !(child instanceof Widget.Label || child instanceof Widget.Icon || child instanceof Widget.Bar))
                r = new Rect(pos, rect.y(), a.width(), rect.height());
            out.add(place(child, r));
            at += (vertical ? a.height() : a.width()) + gap;
        }
        return out;
    }

    private static Area stacked(List<Widget> children, boolean vertical, int gap) {
        long main = 0, cross = 0;
        for (Widget child : children) {
            Area a = size(child);
            main += (vertical ? a.height() : a.width()) + gap;
            cross = Math.max(cross, vertical ? a.width() : a.height());
        }
        if (!children.isEmpty()) main -= gap;
        int m = (int) Math.min(main, MAX_SIDE), c = (int) Math.min(cross, MAX_SIDE);
        return vertical ? new Area(c, m) : new Area(m, c);
    }

    private static Area grown(Area a, int dw, int dh) {
        return new Area(Math.min(MAX_SIDE, a.width() + dw), Math.min(MAX_SIDE, a.height() + dh));
    }

    private static Rect inset(Rect r, int dx, int dy) {
        return new Rect(r.x() + dx, r.y() + dy, Math.max(0, r.width() - 2 * dx), Math.max(0, r.height() - 2 * dy));
    }
}
