package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenode.base.Dataspace;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.testing.x11.Tools;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * fb_gl opens a GLFW window, serves the handshake, sync and input. It needs an X display: the one in
 * {@code DISPLAY}, or else a private Xvfb (so that a display-less CI machine with Xvfb runs it too).
 */
class GlFramebufferTest {

    @Test
    void glWindowServesTheScreen() throws Exception {
        GlDisplay.inheritedFirst(this::servesTheScreen);
    }

    private void servesTheScreen(Tools xTools) throws Exception {
        Probe probe = new Probe("probe");
        try (Core core = FbScenario.start("fb_gl", "<config width=\"240\" height=\"160\" title=\"gl test\"/>", probe.binary())) {
            CountDownLatch modeChanged = new CountDownLatch(1);
            AtomicInteger ticks = new AtomicInteger();
            FramebufferSession fb = probe.onEp(env -> {
                FramebufferSession s = env.session(FramebufferSession.class, "fb");
                s.modeSigh(env.ep().handler(modeChanged::countDown));
                s.syncSigh(env.ep().handler((int n) -> ticks.addAndGet(n)));
                return s;
            });
            CaptureSession capture = probe.onEp(env -> env.session(CaptureSession.class, "capture"));
            Dataspace ds = fb.dataspace();
            assertThat(ds.size()).isEqualTo(240 * 160 * 4);
            FbScenario.fill(ds.ints(), 240, new Rect(0, 0, 240, 160), 0xff336699);
            FbScenario.fill(ds.ints(), 240, new Rect(0, 120, 240, 40), 0xff993366); // a bottom stripe shows the orientation
            fb.refresh(new Rect(0, 0, 240, 160));
            assertThat(capture.pixels(new Rect(5, 5, 1, 1))).containsExactly(0xff336699);
            Await.until("sync ticks from the render thread", () -> ticks.get() > 5);
            screenshotOfTheXScreen(xTools);

            core.rom("fb.config").set("<config width=\"320\" height=\"200\" title=\"gl test\"/>");
            Await.until("mode signal", () -> modeChanged.getCount() == 0);
            assertThat(fb.mode()).isEqualTo(new Mode(320, 200));
            assertThat(fb.dataspace().size()).isEqualTo(320 * 200 * 4);

            InputSession input = probe.onEp(env -> env.session(InputSession.class, "input"));
            EventSession events = probe.onEp(env -> env.session(EventSession.class, "event"));
            events.submit(List.of(new InputEvent.Press(Keycodes.KEY_Q)));
            List<InputEvent> got = FbScenario.collect(probe, input,
                    l -> l.contains(new InputEvent.Press(Keycodes.KEY_Q)));
            assertThat(got).contains(new InputEvent.Press(Keycodes.KEY_Q));
        }
    }

    @Test
    void withoutADisplayTheFaultNamesHeadless() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") == null, "only meaningful without an X display");
        try (Core core = org.jenode.base.testing.TestScenario.start(org.jenode.base.testing.TestScenario.withDefaults("""
                <report delay_ms="50"/>
                <start name="fb">
                  <binary name="fb_gl"/>
                  <resource name="RAM" quantum="16M"/>
                  <config width="64" height="64"/>
                </start>
                """))) {
            var state = Await.report(core, "init -> state", r -> r.children("child").stream()
                    .anyMatch(c -> c.child("fault").isPresent()), Duration.ofSeconds(10));
            String fault = state.children("child").get(0).child("fault").orElseThrow().attribute("message", "");
            assertThat(fault).contains("--headless").contains("GLFW");
        }
    }

    /** Where ImageMagick is installed, looks at the X screen itself: the window shows the refreshed colour. */
    private static void screenshotOfTheXScreen(Tools xTools) throws Exception {
        if (!Tools.onPath("import")) return;
        java.awt.image.BufferedImage image = xTools.screenshot("root", java.nio.file.Path.of("target", "fb-gl-xscreen.png"));
        int matching = 0, stripe = 0, lastTop = -1, firstStripe = Integer.MAX_VALUE;
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb == 0x336699) { matching++; lastTop = y; }
                if (rgb == 0x993366) { stripe++; firstStripe = Math.min(firstStripe, y); }
            }
        assertThat(matching).as("pixels of the window's colour on the X screen").isEqualTo(240 * 120);
        assertThat(stripe).isEqualTo(240 * 40);
        assertThat(firstStripe).as("the bottom stripe is at the bottom").isGreaterThan(lastTop);
    }
}
