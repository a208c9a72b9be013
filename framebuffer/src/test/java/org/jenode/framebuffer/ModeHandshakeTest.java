package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.jenode.base.Dataspace;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.junit.jupiter.api.Test;

/** Genode's mode-change handshake, driven by a live change of fb_headless's config ROM. */
class ModeHandshakeTest {

    static final int RED = 0xffff0000, GREEN = 0xff00ff00, BLUE = 0xff0000ff;

    @Test
    void oldBufferStaysInEffectUntilTheClientAsksForTheNewOne() throws Exception {
        Probe probe = new Probe("probe");
        try (Core core = FbScenario.start("fb_headless", "<config width=\"200\" height=\"100\"/>", probe.binary())) {
            CountDownLatch modeChanged = new CountDownLatch(1);
            FramebufferSession fb = probe.onEp(env -> {
                FramebufferSession s = env.session(FramebufferSession.class, "fb");
                s.modeSigh(env.ep().handler(modeChanged::countDown));
                return s;
            });
            CaptureSession capture = probe.onEp(env -> env.session(CaptureSession.class, "capture"));
            assertThat(fb.mode()).isEqualTo(new Mode(200, 100));
            Dataspace first = fb.dataspace();
            assertThat(first.size()).isEqualTo(200 * 100 * 4);
            Await.report(core, "init -> fb -> mode", r -> r.intAttribute("width", 0) == 200, Duration.ofSeconds(5));

            // one screen, one client
            assertThatThrownBy(() -> probe.onEp(env -> env.session(FramebufferSession.class, "second")))
                    .isInstanceOf(ServiceDeniedException.class);

            FbScenario.fill(first.ints(), 200, new Rect(0, 0, 200, 100), RED);
            fb.refresh(new Rect(0, 0, 200, 100));
            assertThat(capture.pixels(new Rect(10, 10, 1, 1))).containsExactly(RED);

            core.rom("fb.config").set("<config width=\"320\" height=\"200\"/>");
            Await.until("mode signal", () -> modeChanged.getCount() == 0);
            assertThat(fb.mode()).isEqualTo(new Mode(320, 200));
            Await.report(core, "init -> fb -> mode", r -> r.intAttribute("width", 0) == 320
                    && r.intAttribute("height", 0) == 200, Duration.ofSeconds(5));

            // not acknowledged yet: the old buffer is what the screen shows, and its refreshes are shown
            assertThat(capture.mode()).isEqualTo(new Mode(200, 100));
            long frames = capture.frames();
            FbScenario.fill(first.ints(), 200, new Rect(0, 0, 200, 100), GREEN);
            fb.refresh(new Rect(0, 0, 200, 100));
            assertThat(capture.frames()).isGreaterThan(frames);
            assertThat(capture.pixels(new Rect(199, 99, 1, 1))).containsExactly(GREEN);

            Dataspace second = fb.dataspace();
            assertThat(second).isNotSameAs(first);
            assertThat(second.size()).isEqualTo(320 * 200 * 4);
            assertThat(capture.mode()).isEqualTo(new Mode(320, 200));
            FbScenario.fill(second.ints(), 320, new Rect(0, 0, 320, 200), BLUE);
            fb.refresh(new Rect(0, 0, 320, 200));
            assertThat(capture.pixels(new Rect(319, 199, 1, 1))).containsExactly(BLUE);

            // after the acknowledgement, mode() is the current mode again and dataspace() keeps the buffer
            assertThat(fb.mode()).isEqualTo(new Mode(320, 200));
            assertThat(fb.dataspace()).isSameAs(second);
        }
    }

    @Test
    void closingTheSessionAdmitsTheNextClient() {
        Probe probe = new Probe("probe");
        try (Core _ = FbScenario.start("fb_headless", "<config width=\"64\" height=\"48\"/>", probe.binary())) {
            FramebufferSession fb = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            fb.close();
            FramebufferSession next = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            assertThat(next.mode()).isEqualTo(new Mode(64, 48));
        }
    }
}
