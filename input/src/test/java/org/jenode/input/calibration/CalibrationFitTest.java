package org.jenode.input.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jenode.base.geometry.Point;
import org.jenode.input.calibration.CalibrationFit.Fitted;
import org.jenode.input.calibration.CalibrationFit.Rejected;
import org.jenode.input.calibration.CalibrationFit.Result;
import org.jenode.input.calibration.CalibrationFit.Sample;
import org.junit.jupiter.api.Test;

/** The fit recovers known transforms from the raw touches they explain, and refuses bad input. */
class CalibrationFitTest {

    /** Targets on a 3x3 grid of an 800x480 screen, as the calibrator draws them. */
    private static final List<Point> TARGETS = List.of(
            new Point(80, 48), new Point(400, 48), new Point(720, 48),
            new Point(80, 240), new Point(400, 240), new Point(720, 240),
            new Point(80, 432), new Point(400, 432), new Point(720, 432));

    /** Raw touches a device with raw -> screen transform {@code truth} produces for the targets. */
    private static List<Sample> samples(Affine truth, int count, Random noise, double sigma) {
        Affine inverse = invert(truth);
        List<Sample> out = new ArrayList<>();
        for (Point target : TARGETS.subList(0, count)) {
            double rx = inverse.a() * target.x() + inverse.b() * target.y() + inverse.c();
            double ry = inverse.d() * target.x() + inverse.e() * target.y() + inverse.f();
            if (noise != null) {
                rx += noise.nextGaussian() * sigma;
                ry += noise.nextGaussian() * sigma;
            }
            out.add(new Sample(new Point((int) Math.round(rx), (int) Math.round(ry)), target));
        }
        return out;
    }

    private static Affine invert(Affine m) {
        double det = m.a() * m.e() - m.b() * m.d();
        double a = m.e() / det, b = -m.b() / det, d = -m.d() / det, e = m.a() / det;
        return new Affine(a, b, -(a * m.c() + b * m.f()), d, e, -(d * m.c() + e * m.f()));
    }

    private static Affine fitted(Result result) {
        assertThat(result).isInstanceOf(Fitted.class);
        return ((Fitted) result).affine();
    }

    private static void assertClose(Affine actual, Affine expected, double linear, double offset) {
        assertThat(actual.a()).isCloseTo(expected.a(), within(linear));
        assertThat(actual.b()).isCloseTo(expected.b(), within(linear));
        assertThat(actual.c()).isCloseTo(expected.c(), within(offset));
        assertThat(actual.d()).isCloseTo(expected.d(), within(linear));
        assertThat(actual.e()).isCloseTo(expected.e(), within(linear));
        assertThat(actual.f()).isCloseTo(expected.f(), within(offset));
    }

    @Test
    void scaleAndOffsetOfA12BitPanel() {
        // 0..4095 raw on an 800x480 screen, with the panel's edges a bit off the screen's.
        Affine truth = new Affine(800.0 / 3900, 0, -20, 0, 480.0 / 3900, -12);
        assertClose(fitted(CalibrationFit.fit(samples(truth, 9, null, 0))), truth, 1e-3, 1.0);
    }

    @Test
    void threePointsDetermineTheTransformExactly() {
        Affine truth = new Affine(0.5, 0, 10, 0, 0.25, 5);
        List<Sample> three = List.of(new Sample(new Point(0, 0), new Point(10, 5)),
                new Sample(new Point(1000, 0), new Point(510, 5)), new Sample(new Point(0, 1000), new Point(10, 255)));
        Result r = CalibrationFit.fit(three);
        assertClose(fitted(r), truth, 1e-9, 1e-6);
        assertThat(((Fitted) r).rmsError()).isLessThan(1e-6);
    }

    @Test
    void rotation() {
        double t = Math.toRadians(30);
        // Raw coordinates are integers, so 1:1 rotation carries half a pixel of rounding per point.
        Affine truth = new Affine(Math.cos(t), -Math.sin(t), 300, Math.sin(t), Math.cos(t), -100);
        assertClose(fitted(CalibrationFit.fit(samples(truth, 9, null, 0))), truth, 3e-3, 1.5);
    }

    @Test
    void shear() {
        Affine truth = new Affine(1.2, 0.3, -40, 0.1, 0.9, 25);
        assertClose(fitted(CalibrationFit.fit(samples(truth, 5, null, 0))), truth, 1e-2, 2.0);
    }

    @Test
    void swappedAxes() {
        // The panel is mounted turned: raw x runs down the screen, raw y runs right to left.
        Affine truth = new Affine(0, -0.2, 810, 0.12, 0, -6);
        Affine fit = fitted(CalibrationFit.fit(samples(truth, 9, null, 0)));
        assertClose(fit, truth, 1e-3, 1.0);
        assertThat(Math.abs(fit.a())).isLessThan(1e-3);
    }

    @Test
    void recoversTheTransformFromNoisyTouches() {
        Affine truth = new Affine(800.0 / 3900, 0.01, -20, -0.005, 480.0 / 3900, -12);
        Random random = new Random(42);
        // Raw noise of sigma 8 raw units is about 1.6 screen pixels: a shaky but honest finger.
        Result r = CalibrationFit.fit(samples(truth, 9, random, 8));
        Affine fit = fitted(r);
        assertClose(fit, truth, 5e-3, 6.0);
        for (Point target : TARGETS) {
            Affine inverse = invert(truth);
            int rx = (int) Math.round(inverse.a() * target.x() + inverse.b() * target.y() + inverse.c());
            int ry = (int) Math.round(inverse.d() * target.x() + inverse.e() * target.y() + inverse.f());
            Point mapped = fit.apply(rx, ry);
            assertThat(Math.hypot(mapped.x() - target.x(), mapped.y() - target.y())).isLessThan(4.0);
        }
        assertThat(((Fitted) r).rmsError()).isGreaterThan(0).isLessThan(CalibrationFit.DEFAULT_MAX_RMS_PX);
    }

    @Test
    void rejectsFewerThanThreePoints() {
        Result r = CalibrationFit.fit(samples(Affine.IDENTITY, 2, null, 0));
        assertThat(r).isInstanceOf(Rejected.class);
        assertThat(((Rejected) r).reason()).contains("at least 3");
        assertThat(CalibrationFit.fit(List.of())).isInstanceOf(Rejected.class);
    }

    @Test
    void rejectsCollinearRawPoints() {
        List<Sample> line = List.of(new Sample(new Point(100, 100), TARGETS.get(0)),
                new Sample(new Point(2000, 2000), TARGETS.get(4)), new Sample(new Point(4000, 4000), TARGETS.get(8)),
                new Sample(new Point(3000, 3001), TARGETS.get(2)));
        Result r = CalibrationFit.fit(line);
        assertThat(r).isInstanceOf(Rejected.class);
        assertThat(((Rejected) r).reason()).contains("line");

        List<Sample> oneSpot = List.of(new Sample(new Point(7, 7), TARGETS.get(0)),
                new Sample(new Point(7, 7), TARGETS.get(1)), new Sample(new Point(7, 7), TARGETS.get(3)));
        assertThat(CalibrationFit.fit(oneSpot)).isInstanceOf(Rejected.class);
    }

    @Test
    void rejectsTouchesThatNoTransformExplains() {
        List<Sample> good = samples(new Affine(0.2, 0, 0, 0, 0.12, 0), 5, null, 0);
        List<Sample> mistap = new ArrayList<>(good);
        // The user hit the fifth target's spot with the first target showing.
        mistap.set(0, new Sample(good.get(4).raw(), good.get(0).target()));
        Result r = CalibrationFit.fit(mistap);
        assertThat(r).isInstanceOf(Rejected.class);
        assertThat(((Rejected) r).reason()).contains("do not fit");
        assertThat(CalibrationFit.fit(good)).isInstanceOf(Fitted.class);
    }
}
