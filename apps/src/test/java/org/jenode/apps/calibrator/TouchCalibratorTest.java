package org.jenode.apps.calibrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.input.calibration.Affine;
import org.junit.jupiter.api.Test;

/**
 * The whole tool as a user meets it: nitpicker shows the calibrator's crosshairs on a (fake) touch screen
 * whose panel is distorted, the user touches each cross, and the calibrator reports the driver config whose
 * calibration undoes the distortion.
 */
class TouchCalibratorTest {

    /** Screen point -> raw panel point; kept inside the screen because nitpicker clamps touch positions. */
    private static final Affine PANEL = new Affine(0.9, 0.05, 20, -0.03, 0.95, 15);

    @Test
    void touchingTheCrossesReportsACalibrationThatUndoesThePanel() throws Exception {
        CompletableFuture<FakeScreen> started = new CompletableFuture<>();
        try (Core core = TestScenario.start(TestScenario.withDefaults("""
                <start name="screen">
                  <binary name="fake_screen"/>
                  <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> </provides>
                </start>
                <start name="nitpicker">
                  <resource name="RAM" quantum="8M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config>
                    <domain name="default" layer="1" xray="none"/>
                    <policy label_prefix="touch_calibrator" domain="default"/>
                  </config>
                </start>
                <start name="touch_calibrator">
                  <resource name="RAM" quantum="4M"/>
                  <config points="4" margin="10%"> <driver width="640" height="480"/> </config>
                </start>
                """), FakeScreen.binary(started))) {
            FakeScreen screen = started.get(20, TimeUnit.SECONDS);
            String label = "init -> touch_calibrator -> calibration";
            // The first report (identity) comes once the calibrator's view is up.
            XmlNode initial = core.awaitReport(label, r -> r.hasChild("calibration"), Duration.ofSeconds(20));
            assertThat(Affine.fromConfig(initial)).isEqualTo(Affine.IDENTITY);
            assertThat(initial.attribute("width", "")).isEqualTo("640");

            List<Point> targets = CalibrationSession.targets(new Area(640, 480), 4, new Margin(10, true));
            for (int i = 0; i < targets.size(); i++) {
                Point raw = PANEL.apply(targets.get(i));
                screen.input.add(new InputEvent.Touch(0, raw.x(), raw.y()));
                screen.input.add(new InputEvent.TouchRelease(0));
            }
            XmlNode report = core.awaitReport(label, r -> !Affine.fromConfig(r).isIdentity(), Duration.ofSeconds(20));

            assertThat(report.attribute("height", "")).isEqualTo("480");
            Affine calibration = Affine.fromConfig(report);
            for (Point target : targets) {
                Point mapped = calibration.apply(PANEL.apply(target));
                assertThat(Math.abs(mapped.x() - target.x())).as("x of %s", target).isLessThanOrEqualTo(1);
                assertThat(Math.abs(mapped.y() - target.y())).as("y of %s", target).isLessThanOrEqualTo(1);
            }
            Thread.sleep(200); // let nitpicker compose the final frame for the picture
            writePng(screen, Path.of("target", "touch-calibrator-screen.png"));
        }
    }

    @Test
    void withATriggerTheToolWaitsHiddenUntilItsGlobalKeyCallsItUp() throws Exception {
        CompletableFuture<FakeScreen> started = new CompletableFuture<>();
        try (Core core = TestScenario.start(TestScenario.withDefaults("""
                <start name="screen">
                  <binary name="fake_screen"/>
                  <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> </provides>
                </start>
                <start name="nitpicker">
                  <resource name="RAM" quantum="8M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config>
                    <domain name="default" layer="1" xray="none"/>
                    <policy label_prefix="touch_calibrator" domain="default"/>
                    <global-key name="KEY_F9" label="touch_calibrator -> calibrator"/>
                    <background color="#000000"/>
                    <pointer draw="no"/>
                  </config>
                </start>
                <start name="touch_calibrator">
                  <resource name="RAM" quantum="4M"/>
                  <config trigger="KEY_F9" points="3"> <driver/> </config>
                </start>
                """), FakeScreen.binary(started))) {
            FakeScreen screen = started.get(20, TimeUnit.SECONDS);
            core.awaitReport("init -> touch_calibrator -> calibration", r -> r.hasChild("calibration"), Duration.ofSeconds(20));
            Thread.sleep(300); // time for a (wrong) frame to show, if the tool drew while hidden
            assertThat(litPixels(screen)).as("lit pixels while waiting for the trigger").isZero();

            pressAndRelease(screen, Keycodes.KEY_F9);
            awaitLit(screen, n -> n > FakeScreen.MODE.width() * FakeScreen.MODE.height() / 2, "shown full screen");

            pressAndRelease(screen, Keycodes.KEY_F9);
            awaitLit(screen, n -> n == 0, "hidden again");
        }
    }

    private static void pressAndRelease(FakeScreen screen, int code) {
        screen.input.add(new InputEvent.Press(code));
        screen.input.add(new InputEvent.Release(code));
    }

    private static int litPixels(FakeScreen screen) {
        IntBuffer ints = screen.pixels.ints();
        int lit = 0;
        for (int i = 0; i < FakeScreen.MODE.width() * FakeScreen.MODE.height(); i++) if ((ints.get(i) & 0xffffff) != 0) lit++;
        return lit;
    }

    private static void awaitLit(FakeScreen screen, java.util.function.IntPredicate wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int lit = litPixels(screen);
        while (!wanted.test(lit) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            lit = litPixels(screen);
        }
        assertThat(wanted.test(lit)).as("%s (%d lit pixels)", what, lit).isTrue();
    }

    private static void writePng(FakeScreen screen, Path png) throws Exception {
        int w = FakeScreen.MODE.width(), h = FakeScreen.MODE.height();
        int[] pixels = new int[w * h];
        IntBuffer ints = screen.pixels.ints();
        ints.get(0, pixels);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, pixels, 0, w);
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
    }
}
