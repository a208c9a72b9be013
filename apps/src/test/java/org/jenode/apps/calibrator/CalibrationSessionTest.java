package org.jenode.apps.calibrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.input.calibration.Affine;
import org.jenode.input.calibration.CalibrationFit;
import org.junit.jupiter.api.Test;

/** A user touching each target through a distorting panel yields a report that undoes the distortion. */
class CalibrationSessionTest {

    private static final Area SCREEN = new Area(800, 480);
    /** What the panel does to a touch at screen point p: raw = DISTORTION(p) (rotated, scaled, shifted 12-bit). */
    private static final Affine DISTORTION = new Affine(4.9, 0.3, 120, -0.2, -8.1, 4000);

    private static Point rawTouchAt(Point screen, Random jitter) {
        Point raw = DISTORTION.apply(screen);
        return jitter == null ? raw : new Point(raw.x() + jitter.nextInt(3) - 1, raw.y() + jitter.nextInt(3) - 1);
    }

    @Test
    void targetsAreInsideTheMarginAndNeverCollinear() {
        List<Point> targets = CalibrationSession.targets(SCREEN, 9, new Margin(10, true));
        assertThat(targets).hasSize(9).doesNotHaveDuplicates();
        for (Point t : targets) {
            assertThat(t.x()).isBetween(80, 720);
            assertThat(t.y()).isBetween(48, 432);
        }
        assertThat(targets.subList(0, 3)).containsExactly(new Point(80, 48), new Point(719, 48), new Point(719, 431));
        assertThat(CalibrationSession.targets(SCREEN, 3, new Margin(20, false)).get(0)).isEqualTo(new Point(20, 20));
    }

    @Test
    void reportMapsRawTouchesOntoTheTargetsWithinOnePixel() {
        for (int points = 3; points <= 9; points++) {
            CalibrationSession session = new CalibrationSession(SCREEN, points, new Margin(10, true));
            Random jitter = new Random(points);
            while (session.currentTarget().isPresent()) session.record(rawTouchAt(session.currentTarget().get(), jitter));
            assertThat(session.done()).isTrue();

            CalibrationFit.Result result = session.result();
            assertThat(result).isInstanceOf(CalibrationFit.Fitted.class);
            XmlNode driver = XmlParser.parse("<driver width=\"800\" height=\"480\"><calibration a=\"9\"/></driver>", "t");
            XmlNode report = CalibrationSession.driverConfig(driver, ((CalibrationFit.Fitted) result).affine());

            // What the framebuffer driver will read from the report:
            assertThat(report.type()).isEqualTo("config");
            assertThat(report.attribute("width", "")).isEqualTo("800");
            assertThat(report.children("calibration")).hasSize(1);
            Affine driverCalibration = Affine.fromConfig(XmlParser.parse(report.toXml(), "report"));
            for (Point target : session.targets()) {
                Point mapped = driverCalibration.apply(rawTouchAt(target, null));
                assertThat(Math.abs(mapped.x() - target.x())).as("x of %s with %d points", target, points).isLessThanOrEqualTo(1);
                assertThat(Math.abs(mapped.y() - target.y())).as("y of %s with %d points", target, points).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void sloppyTouchesAreRejectedAndTheRunStartsOver() {
        CalibrationSession session = new CalibrationSession(SCREEN, 5, new Margin(10, true));
        assertThat(session.result()).isInstanceOf(CalibrationFit.Rejected.class);
        // The user taps the same spot for every target.
        while (!session.record(new Point(2000, 2000))) { }
        CalibrationFit.Result result = session.result();
        assertThat(result).isInstanceOf(CalibrationFit.Rejected.class);
        assertThat(((CalibrationFit.Rejected) result).reason()).isNotBlank();
        session.restart();
        assertThat(session.step()).isZero();
        assertThat(session.currentTarget()).contains(session.targets().get(0));
    }
}
