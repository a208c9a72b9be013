package org.jenode.apps.calibrator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.calibration.Affine;
import org.jenode.input.calibration.CalibrationFit;

/**
 * One calibration run, without any session: where the targets are, which one is due, the raw touches
 * recorded so far, and the fit once all are in. The component feeds it touches and draws what it says.
 */
public final class CalibrationSession {

    /**
     * The 3x3 grid cells (column, row) in the order targets are shown: the corners first, so that any
     * prefix of three or more is never collinear, then the centre and the edge middles.
     */
    private static final int[][] ORDER = {{0, 0}, {2, 0}, {2, 2}, {0, 2}, {1, 1}, {1, 0}, {2, 1}, {1, 2}, {0, 1}};

    private final List<Point> targets;
    private final double maxRmsPx;
    private final List<CalibrationFit.Sample> samples = new ArrayList<>();

    public CalibrationSession(Area screen, int points, Margin margin) {
        this(screen, points, margin, CalibrationFit.DEFAULT_MAX_RMS_PX);
    }

    public CalibrationSession(Area screen, int points, Margin margin, double maxRmsPx) {
        if (points < CalibrationFit.MIN_POINTS || points > CalibrationFit.MAX_POINTS) {
            throw new IllegalArgumentException("points must be 3..9, not " + points);
        }
        this.targets = targets(screen, points, margin);
        this.maxRmsPx = maxRmsPx;
    }

    /** Where the targets of a screen are: a 3x3 grid inset by the margin, the first {@code points} cells of {@link #ORDER}. */
    public static List<Point> targets(Area screen, int points, Margin margin) {
        int mx = margin.pixels(screen.width()), my = margin.pixels(screen.height());
        int spanX = Math.max(0, screen.width() - 1 - 2 * mx), spanY = Math.max(0, screen.height() - 1 - 2 * my);
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            out.add(new Point(mx + ORDER[i][0] * spanX / 2, my + ORDER[i][1] * spanY / 2));
        }
        return List.copyOf(out);
    }

    public List<Point> targets() { return targets; }

    /** The target the user should touch now; empty once every target has its touch. */
    public Optional<Point> currentTarget() {
        return done() ? Optional.empty() : Optional.of(targets.get(samples.size()));
    }

    /** Index of the current target (0-based), for "2 of 5". */
    public int step() { return samples.size(); }

    public boolean done() { return samples.size() == targets.size(); }

    /** Records the raw touch for the current target; ignored once done. Returns whether all are in now. */
    public boolean record(Point raw) {
        if (!done()) samples.add(new CalibrationFit.Sample(raw, targets.get(samples.size())));
        return done();
    }

    /** Forgets the touches: the run starts over at the first target. */
    public void restart() { samples.clear(); }

    /** The fit of the touches so far (rejected while fewer than all targets are touched). */
    public CalibrationFit.Result result() {
        if (!done()) return new CalibrationFit.Rejected("touched " + samples.size() + " of " + targets.size() + " targets");
        return CalibrationFit.fit(samples, maxRmsPx);
    }

    /**
     * The config the framebuffer driver should get: the attributes and children of the calibrator's own
     * {@code <driver>} node, with {@code <calibration>} replaced by {@code calibration}.
     */
    public static XmlNode driverConfig(XmlNode driver, Affine calibration) {
        XmlNode.Builder out = XmlNode.builder("config");
        driver.attributes().forEach(out::attribute);
        for (XmlNode child : driver.children()) if (!child.is("calibration")) out.child(child);
        return out.child(calibration.toXml()).build();
    }
}
