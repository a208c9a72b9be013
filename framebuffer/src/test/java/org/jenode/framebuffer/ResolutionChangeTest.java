package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import org.jenode.base.Dataspace;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.junit.jupiter.api.Test;

/** A resolution change reaches the pixels: paint, change the mode live, repaint, read back, screenshot. */
class ResolutionChangeTest {

    @Test
    void newModeReachesThePixelsAndTheScreenshot() throws Exception {
        Path png = Path.of("target", "fb-headless-resolution.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Probe probe = new Probe("probe");
        try (Core core = FbScenario.start("fb_headless", "<config width=\"160\" height=\"120\"/>", probe.binary())) {
            CountDownLatch modeChanged = new CountDownLatch(1);
            FramebufferSession fb = probe.onEp(env -> {
                FramebufferSession s = env.session(FramebufferSession.class, "fb");
                s.modeSigh(env.ep().handler(modeChanged::countDown));
                return s;
            });
            CaptureSession capture = probe.onEp(env -> env.session(CaptureSession.class, "capture"));

            Dataspace ds = fb.dataspace();
            FbScenario.fill(ds.ints(), 160, new Rect(0, 0, 160, 120), 0xff204080);
            fb.refresh(new Rect(0, 0, 160, 120));
            int[] before = capture.pixels(new Rect(0, 0, 1000, 1000));
            assertThat(before).hasSize(160 * 120).containsOnly(0xff204080);

            core.rom("fb.config").set("<config width=\"400\" height=\"300\"/>");
            Await.until("mode signal", () -> modeChanged.getCount() == 0);
            Mode mode = fb.mode();
            assertThat(mode).isEqualTo(new Mode(400, 300));
            ds = fb.dataspace();
            // a checkerboard of 50-pixel squares, so that a wrong stride would show
            for (int y = 0; y < 300; y++)
                for (int x = 0; x < 400; x++)
                    ds.ints().put(y * 400 + x, ((x / 50 + y / 50) % 2 == 0) ? 0xffe0c020 : 0xff2020a0);
            // only the dirty rect reaches the screen
            fb.refresh(new Rect(0, 0, 400, 150));
            int[] after = capture.pixels(new Rect(0, 0, 400, 300));
            assertThat(after).hasSize(400 * 300);
            assertThat(after[0]).isEqualTo(0xffe0c020);
            assertThat(after[60 + 10 * 400]).isEqualTo(0xff2020a0);
            assertThat(after[299 * 400]).as("not refreshed yet").isEqualTo(0);
            fb.refresh(new Rect(0, 150, 400, 150));
            assertThat(capture.pixels(new Rect(0, 299, 1, 1))).containsExactly(0xff2020a0);

            // the screenshot attribute writes what is visible on every config change
            core.rom("fb.config").set("<config width=\"400\" height=\"300\" screenshot=\"" + png + "\"/>");
            Await.until("screenshot " + png, () -> Files.exists(png));
            Await.until("complete screenshot", () -> readable(png));
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(400);
            assertThat(image.getHeight()).isEqualTo(300);
            assertThat(image.getRGB(75, 25) | 0xff000000).isEqualTo(0xff2020a0);
            assertThat(image.getRGB(25, 25) | 0xff000000).isEqualTo(0xffe0c020);
        }
    }

    private static boolean readable(Path png) {
        try {
            return ImageIO.read(png.toFile()) != null;
        } catch (Exception e) {
            return false;
        }
    }
}
