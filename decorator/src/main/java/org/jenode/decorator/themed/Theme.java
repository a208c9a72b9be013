package org.jenode.decorator.themed;

import java.util.Optional;
import java.util.function.Function;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;
import org.jenode.decorator.Margins;

/**
 * A theme in Genode's 15.11 format. Its {@code metadata}:
 * <pre>{@code
 * <theme>
 *   <aura  top="8"  bottom="8" left="8" right="8"/>   <!-- shadow outside the frame -->
 *   <decor top="20" bottom="8" left="1" right="1"/>   <!-- frame around the content -->
 *   <title xpos="16" ypos="9" width="32" height="20" color="#000000"/>
 *   <closer xpos="36" ypos="10"/>
 *   <maximizer xpos="10" ypos="10"/>
 * </theme>
 * }</pre>
 * Coordinates are in the space of {@code default.png} (its size is the theme's size); one past half
 * the theme's width or height is anchored to the right or bottom edge of the window. {@code color} of
 * the title is Jenode's addition (Genode draws black).
 */
public record Theme(Area size, Margins aura, Margins decor, Optional<Rect> title, int titleColor,
                    Optional<ThemeImage> background, Optional<Control> closer, Optional<Control> maximizer) {

    /** A window control: its image and where its top left corner sits in theme space. */
    public record Control(ThemeImage image, Point at) { }

    /**
     * Reads {@code metadata}, then fetches the images it needs through {@code images} (by file name):
     * {@code default.png} only with a shadow or frame, a control's image only if it is declared.
     */
    public static Theme parse(XmlNode metadata, Function<String, ThemeImage> images) {
        if (!metadata.is("theme")) throw metadata.error("a theme's metadata is a <theme>");
        Margins aura = metadata.child("aura").map(Margins::of).orElse(Margins.NONE);
        Margins decor = metadata.child("decor").map(Margins::of).orElse(Margins.NONE);
        Optional<Rect> title = metadata.child("title").map(Theme::rect);
        int titleColor = metadata.child("title").map(t -> t.colorAttribute("color", 0xff000000)).orElse(0xff000000);
        Optional<Point> closerAt = metadata.child("closer").map(Theme::point);
        Optional<Point> maximizerAt = metadata.child("maximizer").map(Theme::point);
        Optional<ThemeImage> background = aura.none() && decor.none() ? Optional.empty() : Optional.of(images.apply("default.png"));
        Area size = background.map(b -> new Area(b.width(), b.height())).orElse(Area.EMPTY);
        return new Theme(size, aura, decor, title, titleColor, background,
                closerAt.map(at -> new Control(images.apply("closer.png"), at)),
                maximizerAt.map(at -> new Control(images.apply("maximizer.png"), at)));
    }

    private static Point point(XmlNode n) {
        if (!n.has("xpos") || !n.has("ypos")) throw n.error("needs xpos and ypos");
        return new Point(n.intAttribute("xpos", 0), n.intAttribute("ypos", 0));
    }

    private static Rect rect(XmlNode n) {
        int w = n.intAttribute("width", 0), h = n.intAttribute("height", 0);
        if (w <= 0 || h <= 0) throw n.error("needs a positive width and height");
        Point p = point(n);
        return new Rect(p.x(), p.y(), w, h);
    }

    /** Shadow and frame together. */
    public Margins outer() { return aura.plus(decor); }

    /** The screen position of theme point {@code p} for a window whose frame and shadow cover {@code outer}. */
    public Point absolute(Point p, Rect outer) {
        int x = p.x() > size.width() / 2 ? outer.width() - size.width() + p.x() : p.x();
        int y = p.y() > size.height() / 2 ? outer.height() - size.height() + p.y() : p.y();
        return new Point(outer.x() + x, outer.y() + y);
    }

    /** A theme rectangle on the screen: both corners anchored on their own. */
    public Rect absolute(Rect r, Rect outer) {
        return Rect.spanning(absolute(r.position(), outer), absolute(new Point(r.right() - 1, r.bottom() - 1), outer));
    }

    /** Where a control's image lands on the screen. */
    public Rect absolute(Control c, Rect outer) {
        return Rect.of(absolute(c.at(), outer), new Area(c.image().width(), c.image().height()));
    }
}
