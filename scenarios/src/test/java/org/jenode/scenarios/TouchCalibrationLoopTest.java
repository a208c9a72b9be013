package org.jenode.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jenode.apps.calibrator.CalibrationSession;
import org.jenode.apps.calibrator.Margin;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;
import org.jenode.input.calibration.Affine;
import org.junit.jupiter.api.Test;

/**
 * The whole calibration loop of {@code scenarios/touch-calibration.xml} on the headless driver: a
 * distorted touch panel is simulated by injecting raw touches at the driver, the calibrator's result
 * travels through report_rom into the driver's config, and from then on the driver's touches land where
 * the finger was meant to be (nitpicker's pointer follows the touch).
 */
class TouchCalibrationLoopTest {

    /** Where a finger aiming at a screen point hits the panel, in raw panel coordinates. */
    private static final Affine PANEL = new Affine(0.92, 0.04, 24, -0.03, 0.9, 30);

    @Test
    void calibratedTouchesLandOnTheirTargets() throws Exception {
        Probe tester = new Probe("tester");
        Binaries binaries = Binaries.discover().alias("fb_fx", "fb_headless").with(tester.binary());
        try (Core core = new Core(Scenario.parse(withTester(Path.of("touch-calibration.xml")), "touch-calibration.xml", Path.of(".")), binaries).start()) {
            EventSession panel = tester.onEp(env -> env.session(EventSession.class, "panel"));
            String pointer = "init -> nitpicker -> pointer";

            // wait until the calibrator shows its first cross (white, at the target) on the screen
            CaptureSession screen = tester.onEp(env -> env.session(CaptureSession.class, "screen"));
            List<Point> targets = CalibrationSession.targets(new Area(1024, 768), 5, new Margin(10, true));
            Point first = targets.get(0);
            Await.until("the first cross on the screen", () -> pixel(screen, first) == 0xffffffff);

            // the calibrator's targets, touched through the distorting panel
            for (Point target : targets) {
                touch(panel, PANEL.apply(target));
            }

            // once the new config reached the driver, a touch aimed at q arrives at q; until then the
            // touches land where the panel distorts them to, so the test touches again until one does
            Point q = new Point(700, 250);
            assertThat(Math.abs(PANEL.apply(q).x() - q.x())).as("the panel does distort").isGreaterThan(10);
            Await.answer("the pointer after a calibrated touch aimed at " + q, () -> {
                Point seen = core.report(pointer).map(r -> at(XmlParser.parse(r, pointer))).orElse(null);
                touch(panel, PANEL.apply(q));
                return seen;
            }, seen -> seen != null && Math.abs(seen.x() - q.x()) <= 1 && Math.abs(seen.y() - q.y()) <= 1);
        }
    }

    private static void touch(EventSession panel, Point raw) {
        panel.submit(List.of(new InputEvent.Touch(0, raw.x(), raw.y()), new InputEvent.TouchRelease(0)));
    }

    private static int pixel(CaptureSession screen, Point p) {
        int[] px = screen.pixels(new org.jenode.base.geometry.Rect(p.x(), p.y(), 1, 1));
        return px.length == 1 ? px[0] : 0;
    }

    private static Point at(XmlNode pointerReport) {
        return new Point(pointerReport.intAttribute("xpos", -1), pointerReport.intAttribute("ypos", -1));
    }

    /** The shipped scenario plus a tester that can inject at the driver and nitpicker's pointer report. */
    private static String withTester(Path scenario) throws Exception {
        String xml = Files.readString(scenario);
        String[][] edits = {
                {"<service name=\"Framebuffer\"/> <service name=\"Input\"/> </provides>",
                 "<service name=\"Framebuffer\"/> <service name=\"Input\"/> <service name=\"Event\"/> <service name=\"Capture\"/> </provides>"},
                {"<background color=", "<report pointer=\"yes\"/> <background color="},
                {"  </config>\n</scenario>", "    <start name=\"tester\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>\n  </config>\n</scenario>"}};
        for (String[] edit : edits) {
            assertThat(xml).as("anchor in " + scenario).contains(edit[0]);
            xml = xml.replace(edit[0], edit[1]);
        }
        return xml;
    }
}
