package org.jenode.apps.calibrator;

import org.jenode.base.testing.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntPredicate;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.apps.Pngs;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.input.calibration.Affine;
import org.junit.jupiter.api.Test;

/**
 * The whole tool as a user meets it: nitpicker shows the calibrator's crosshairs on fb_headless, whose
 * touch panel is distorted (the test distorts the touches it injects at the driver), the user touches
 * each cross, and the calibrator reports the driver config whose calibration undoes the distortion.
 * The driver's own calibration stays identity: no report_rom loop feeds the result back here.
 */
class TouchCalibratorTest {

    /** nitpicker with {@code nitpickerExtra} in its config, and the calibrator with {@code calibratorConfig}. */
    private static String scenario(String nitpickerExtra, String calibratorConfig) {
        return """
                <start name="nitpicker">
                  <resource name="RAM" quantum="8M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config>
                    <domain name="default" layer="1" xray="none"/>
                    <policy label_prefix="touch_calibrator" domain="default"/>
                    %s
                  </config>
                </start>
                <start name="touch_calibrator">
                  <resource name="RAM" quantum="4M"/>
                  %s
                </start>
                """.formatted(nitpickerExtra, calibratorConfig);
    }

    private static final Affine PANEL = new Affine(0.9, 0.05, 20, -0.03, 0.95, 15);
    private static final int W = 640, H = 480;

    @Test
    void touchingTheCrossesReportsACalibrationThatUndoesThePanel() throws Exception {
        HeadlessScreen screen = new HeadlessScreen(W, H);
        try (Core core = screen.start(scenario("", "<config points=\"4\" margin=\"10%\"> <driver width=\"640\" height=\"480\"/> </config>"))) {
            String label = "init -> touch_calibrator -> calibration";
            // The first report (identity) comes once the calibrator's view is up.
            XmlNode initial = Await.report(core, label, r -> r.hasChild("calibration"), Duration.ofSeconds(20));
            assertThat(Affine.fromConfig(initial)).isEqualTo(Affine.IDENTITY);
            assertThat(initial.attribute("width", "")).isEqualTo("640");

            List<Point> targets = CalibrationSession.targets(new Area(640, 480), 4, new Margin(10, true));
            for (int i = 0; i < targets.size(); i++) {
                Point raw = PANEL.apply(targets.get(i));
                screen.inject(new InputEvent.Touch(0, raw.x(), raw.y()), new InputEvent.TouchRelease(0));
            }
            XmlNode report = Await.report(core, label, r -> !Affine.fromConfig(r).isIdentity(), Duration.ofSeconds(20));

            assertThat(report.attribute("height", "")).isEqualTo("480");
            Affine calibration = Affine.fromConfig(report);
            for (Point target : targets) {
                Point mapped = calibration.apply(PANEL.apply(target));
                assertThat(Math.abs(mapped.x() - target.x())).as("x of %s", target).isLessThanOrEqualTo(1);
                assertThat(Math.abs(mapped.y() - target.y())).as("y of %s", target).isLessThanOrEqualTo(1);
            }
            screen.awaitScreen("the success message", () -> count(screen, CalibrationPainter.SUCCESS) > 0);
            Pngs.write(screen.image(), Path.of("target", "touch-calibrator-screen.png"));
        }
    }

    @Test
    void withATriggerTheToolWaitsHiddenUntilItsGlobalKeyCallsItUp() throws Exception {
        HeadlessScreen screen = new HeadlessScreen(W, H);
        try (Core core = screen.start(scenario("""
                <global-key name="KEY_F9" label="touch_calibrator -> calibrator"/>
                <background color="#000000"/>
                <pointer draw="no"/>
                """, "<config trigger=\"KEY_F9\" points=\"3\"> <driver/> </config>"))) {
            Await.report(core, "init -> touch_calibrator -> calibration", r -> r.hasChild("calibration"), Duration.ofSeconds(20));
            // Nitpicker has composed the screen once, so an untouched (black) buffer cannot pass for it.
            HeadlessScreen.await("a first frame", () -> screen.frames() > 0);
            Probe.sleep(Duration.ofMillis(300)); // time for a (wrong) frame to show, if the tool drew while hidden
            assertThat(litPixels(screen)).as("lit pixels while waiting for the trigger").isZero();

            pressAndRelease(screen, Keycodes.KEY_F9);
            awaitLit(screen, n -> n > W * H / 2, "shown full screen");

            pressAndRelease(screen, Keycodes.KEY_F9);
            awaitLit(screen, n -> n == 0, "hidden again");
        }
    }

    private static void pressAndRelease(HeadlessScreen screen, int code) {
        screen.inject(new InputEvent.Press(code), new InputEvent.Release(code));
    }

    /** How many pixels of the screen have the RGB of {@code argb}. */
    private static int count(HeadlessScreen screen, int argb) {
        int n = 0;
        for (int p : screen.image().pixels().array()) if ((p & 0xffffff) == (argb & 0xffffff)) n++;
        return n;
    }

    private static int litPixels(HeadlessScreen screen) {
        int lit = 0;
        for (int p : screen.image().pixels().array()) if ((p & 0xffffff) != 0) lit++;
        return lit;
    }

    private static void awaitLit(HeadlessScreen screen, IntPredicate wanted, String what) {
        screen.awaitScreen(what, () -> wanted.test(litPixels(screen)));
    }
}
