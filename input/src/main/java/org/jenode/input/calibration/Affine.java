package org.jenode.input.calibration;

import java.util.Locale;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;

/**
 * An affine map of raw device coordinates onto screen coordinates:
 * {@code x' = a*x + b*y + c}, {@code y' = d*x + e*y + f}.
 * A driver reads it from its config's {@code <calibration a=".." .. f=".."/>} child.
 */
public record Affine(double a, double b, double c, double d, double e, double f) {

    public static final Affine IDENTITY = new Affine(1, 0, 0, 0, 1, 0);

    /** The {@code <calibration/>} child of {@code config}, or {@link #IDENTITY} when there is none. */
    public static Affine fromConfig(XmlNode config) {
        return config.child("calibration").map(Affine::fromXml).orElse(IDENTITY);
    }

    /** Parses a {@code <calibration/>} node; missing coefficients default to the identity's. */
    public static Affine fromXml(XmlNode node) {
        return new Affine(coefficient(node, "a", 1), coefficient(node, "b", 0), coefficient(node, "c", 0),
                coefficient(node, "d", 0), coefficient(node, "e", 1), coefficient(node, "f", 0));
    }

    private static double coefficient(XmlNode node, String name, double fallback) {
        double v = node.doubleAttribute(name, fallback);
        // NaN or infinity would poison every touch event forever: refuse it where the config says it.
        if (!Double.isFinite(v)) throw node.error("calibration coefficient " + name + " is not finite");
        return v;
    }

    public Point apply(int x, int y) {
        return new Point((int) Math.round(a * x + b * y + c), (int) Math.round(d * x + e * y + f));
    }

    public Point apply(Point p) { return apply(p.x(), p.y()); }

    /**
     * A touch placed where this calibration maps its raw position, which it keeps; every other event
     * unchanged. What a driver calls per event: the panel's position in, the screen's position next to it.
     */
    public InputEvent apply(InputEvent event) {
        if (event instanceof InputEvent.Touch t) {
            Point p = apply(t.rawX(), t.rawY());
            return t.at(p.x(), p.y());
        }
        return event;
    }

    public boolean isIdentity() { return equals(IDENTITY); }

    /** {@code <calibration a=".." b=".." c=".." d=".." e=".." f=".."/>}, the form {@link #fromXml} reads. */
    public XmlNode toXml() {
        return XmlNode.builder("calibration")
                .attribute("a", format(a)).attribute("b", format(b)).attribute("c", format(c))
                .attribute("d", format(d)).attribute("e", format(e)).attribute("f", format(f))
                .build();
    }

    /** Enough digits to keep sub-pixel accuracy over a large screen, without binary noise. */
    private static String format(double v) {
        String s = String.format(Locale.ROOT, "%.9f", v);
        s = s.indexOf('.') >= 0 ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
