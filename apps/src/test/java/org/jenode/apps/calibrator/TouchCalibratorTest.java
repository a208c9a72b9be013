package org.jenode.apps.calibrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Pngs;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.input.calibration.Affine;
import org.jenode.nitpicker.testing.NitpickerStart;
import org.junit.jupiter.api.Test;

/**
 * The whole tool as a user meets it, in the loop of {@code touch-calibration.xml}: nitpicker shows the
 * calibrator's crosshairs on fb_headless, whose touch panel the test plays (it injects at the driver
 * where the panel would report each cross), the user touches each cross, the calibrator reports the
 * driver's new config through report_rom, and the driver runs with it: read back from the ROM the driver
 * reads, and seen in where a later touch puts nitpicker's pointer. The driver may start with any
 * calibration, however wrong: the fit is from the panel's raw coordinates.
 */
class TouchCalibratorTest {

    /** The driver's default mode, which it runs with until the calibrator's first report. */
    private static final int W = 1024, H = 768;
    private static final int POINTS = 5;
    /** A point no cross is at, where a touch after the calibration must land. */
    private static final Point LATER = new Point(300, 500);

    /** nitpicker with {@code nitpickerExtra} in its config, and the calibrator with {@code calibratorConfig}. */
    private static String scenario(String nitpickerExtra, String calibratorConfig) {
        return NitpickerStart.with("""
                <report pointer="yes"/>
                <domain name="default" layer="1" xray="none"/>
                <policy label_prefix="touch_calibrator" domain="default"/>
                <policy label_prefix="hello" domain="default"/>
                """ + nitpickerExtra) + """
                <start name="touch_calibrator">
                  <resource name="RAM" quantum="4M"/>
                  %s
                  <route> <service name="Report"> <child name="report_rom"/> </service>
                          <any-service> <parent/> <any-child/> </any-service> </route>
                </start>
                """.formatted(calibratorConfig);
    }

    /** The driver's config is the calibrator's report, read back by the tester as a ROM too. */
    private static HeadlessScreen screen() {
        return HeadlessScreen.configuredBy("report_rom", """
                <start name="report_rom">
                  <resource name="RAM" quantum="1M"/>
                  <provides> <service name="Report"/> <service name="ROM"/> </provides>
                  <config>
                    <policy label="fb -> config" report="touch_calibrator -> calibration"/>
                    <policy label="tester -> fb_config" report="touch_calibrator -> calibration"/>
                  </config>
                </start>
                """);
    }

    /** A calibrator whose driver node carries the calibration the driver starts with. */
    private static String calibrator(String driverCalibration) {
        return "<config points=\"" + POINTS + "\" margin=\"10%\"> <driver width=\"" + W + "\" height=\"" + H + "\">"
                + driverCalibration + "</driver> </config>";
    }

    @Test
    void aDistortedPanelEndsCalibrated() {
        calibrationRound(new Affine(0.9, 0.05, 20, -0.03, 0.95, 15), "", "touch-calibrator-screen.png");
    }

    @Test
    void aPanelWhoseTouchesAllLieOffTheScreenEndsCalibrated() {
        // a resistive panel's range (0..4095): most raw touches are far beyond the 1024x768 screen
        calibrationRound(new Affine(4, 0, 50, 0, 4, 30), "", "touch-calibrator-offscreen.png");
    }

    @Test
    void aDriverThatScalesTouchesTwiceEndsCalibrated() {
        calibrationRound(Affine.IDENTITY, "<calibration a=\"2\" b=\"0\" c=\"0\" d=\"0\" e=\"2\" f=\"0\"/>",
                "touch-calibrator-2x.png");
    }

    @Test
    void aDriverThatShiftsTouchesOffTheScreenEndsCalibrated() {
        calibrationRound(Affine.IDENTITY, "<calibration c=\"5000\"/>", "touch-calibrator-c5000.png");
    }

    /**
     * One round: the driver starts with {@code driverCalibration}, the panel reports a touch on target t at
     * {@code panel(t)}; the round must end with the driver mapping the panel onto the screen.
     */
    private static void calibrationRound(Affine panel, String driverCalibration, String png) {
        HeadlessScreen screen = screen();
        try (Core core = screen.start(scenario("", calibrator(driverCalibration)))) {
            // The first report, the driver's config as the calibrator found it, comes once its view is up.
            XmlNode initial = Await.answer("the calibrator's first report", screen::driverConfig, c -> c.hasChild("calibration"));
            assertThat(initial.attribute("width", "")).isEqualTo(String.valueOf(W));

            List<Point> targets = CalibrationSession.targets(new Area(W, H), POINTS, new Margin(10, true));
            Point first = targets.getFirst();
            screen.awaitScreen("the first cross", () -> screen.rgb(first.x(), first.y()) == (CalibrationPainter.CROSS & 0xffffff));
            for (Point target : targets) touch(screen, panel.apply(target));

            XmlNode fitted = Await.answer("a driver config that maps the panel onto the screen", screen::driverConfig,
                    c -> targets.stream().allMatch(t -> near(Affine.fromConfig(c).apply(panel.apply(t)), t)));
            assertThat(fitted.attribute("height", "")).isEqualTo(String.valueOf(H));
            screen.awaitScreen("the success message", () -> count(screen, CalibrationPainter.SUCCESS) > 0);
            Pngs.write(screen.image(), Path.of("target", png));

            // The driver runs with it: a later touch puts nitpicker's pointer where it was meant to be.
            Point raw = panel.apply(LATER);
            Await.answer("nitpicker's pointer at " + LATER, () -> {
                touch(screen, raw);
                return core.report("init -> nitpicker -> pointer").map(r -> XmlParser.parse(r, "pointer report"));
            }, r -> r.isPresent() && r.get().intAttribute("xpos", -1) == LATER.x() && r.get().intAttribute("ypos", -1) == LATER.y());
        }
    }

    @Test
    void withATriggerTheToolWaitsHiddenUntilItsGlobalKeyCallsItUp() {
        HeadlessScreen screen = screen();
        String nitpicker = """
                <global-key name="KEY_F9" label="touch_calibrator -> calibrator"/>
                <background color="#000000"/>
                <pointer draw="no"/>
                """;
        String calibrator = "<config trigger=\"KEY_F9\" points=\"3\"> <driver/> </config>";
        try (Core core = screen.start(scenario(nitpicker, calibrator))) {
            Await.answer("the calibrator's first report", screen::driverConfig, c -> c.hasChild("calibration"));
            // A client that comes after the calibrator has placed its view: the frame that shows it would
            // show the calibrator too, had it drawn while hidden.
            core.rom("config").set(screen.initConfig(scenario(nitpicker, calibrator)
                    + "<start name=\"hello\"> <resource name=\"RAM\" quantum=\"1M\"/> <config xpos=\"60\" ypos=\"40\"/> </start>"));
            Rect hello = new Rect(60, 40, 240, 80);
            screen.awaitScreen("hello's view", () -> screen.rgb(61, 41) == 0x2a4d69);
            assertThat(litOutside(screen, hello)).as("lit pixels outside hello's view while waiting for the trigger").isZero();

            pressAndRelease(screen, Keycodes.KEY_F9);
            screen.awaitScreen("shown full screen", () -> litOutside(screen, hello) > W * H / 2);

            pressAndRelease(screen, Keycodes.KEY_F9);
            screen.awaitScreen("hidden again", () -> litOutside(screen, hello) == 0);
        }
    }

    /** A finger down at the panel's {@code raw} position and up again. */
    private static void touch(HeadlessScreen screen, Point raw) {
        screen.inject(new InputEvent.Touch(0, raw.x(), raw.y()), new InputEvent.TouchRelease(0));
    }

    private static boolean near(Point a, Point b) { return Math.abs(a.x() - b.x()) <= 1 && Math.abs(a.y() - b.y()) <= 1; }

    private static void pressAndRelease(HeadlessScreen screen, int code) {
        screen.inject(new InputEvent.Press(code), new InputEvent.Release(code));
    }

    /** How many pixels of the screen have the RGB of {@code argb}. */
    private static int count(HeadlessScreen screen, int argb) {
        int n = 0;
        for (int p : screen.image().pixels().array()) if ((p & 0xffffff) == (argb & 0xffffff)) n++;
        return n;
    }

    /** How many pixels outside {@code area} are not black, in one picture of the screen. */
    private static int litOutside(HeadlessScreen screen, Rect area) {
        var image = screen.image();
        int lit = 0;
        for (int y = 0; y < image.height(); y++)
            for (int x = 0; x < image.width(); x++)
                if (!area.contains(new Point(x, y)) && (image.pixels().get(y * image.width() + x) & 0xffffff) != 0) lit++;
        return lit;
    }
}
