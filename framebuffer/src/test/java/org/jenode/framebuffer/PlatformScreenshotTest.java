package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jenode.base.Dataspace;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.Test;

/**
 * {@code <platform_info><jenode screenshot/></platform_info>} makes fb_headless write the screen when the
 * platform says the run ended ({@code ended="yes"}), or else when it closes.
 */
class PlatformScreenshotTest {

    @Test
    void screenshotOnClose() throws Exception {
        Path png = Path.of("target", "fb-headless-on-close.png").toAbsolutePath();
        Files.deleteIfExists(png);
        XmlNode info = XmlNode.builder("platform_info")
                .child(XmlNode.builder("jenode").attribute("screenshot", png.toString())).build();
        Probe probe = new Probe("probe");
        try (Core _ = FbScenario.start("fb_headless", "<config width=\"120\" height=\"90\"/>", info, probe.binary())) {
            FramebufferSession fb = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            Dataspace ds = fb.dataspace();
            FbScenario.fill(ds.ints(), 120, new Rect(0, 0, 120, 90), 0xff00a000);
            FbScenario.fill(ds.ints(), 120, new Rect(0, 0, 60, 45), 0xffa00000);
            fb.refresh(new Rect(0, 0, 120, 90));
            assertThat(Files.exists(png)).as("nothing written before close").isFalse();
        }
        Await.until("screenshot on close", () -> Files.exists(png) && read(png) != null);
        BufferedImage image = read(png);
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getRGB(10, 10) & 0xffffff).isEqualTo(0xa00000);
        assertThat(image.getRGB(100, 80) & 0xffffff).isEqualTo(0x00a000);
    }

    @Test
    void screenshotWhenTheRunEndsAndNotAgainOnClose() throws Exception {
        Path png = Path.of("target", "fb-headless-at-the-end.png").toAbsolutePath();
        Files.deleteIfExists(png);
        XmlNode.Builder jenode = XmlNode.builder("jenode").attribute("screenshot", png.toString());
        Probe probe = new Probe("probe");
        try (Core core = FbScenario.start("fb_headless", "<config width=\"120\" height=\"90\"/>",
                XmlNode.builder("platform_info").child(jenode.build()).build(), probe.binary())) {
            FramebufferSession fb = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            Dataspace ds = fb.dataspace();
            FbScenario.fill(ds.ints(), 120, new Rect(0, 0, 120, 90), 0xffa00000);
            fb.refresh(new Rect(0, 0, 120, 90));
            core.platformInfo(XmlNode.builder("platform_info").child(jenode.attribute("ended", true).build()).build());
            Await.until("screenshot at the end of the run", () -> Files.exists(png) && read(png) != null);
            // the components stop now, and the screen changes as they go
            FbScenario.fill(ds.ints(), 120, new Rect(0, 0, 120, 90), 0xff00a000);
            fb.refresh(new Rect(0, 0, 120, 90));
        }
        assertThat(read(png).getRGB(10, 10) & 0xffffff).as("the screen as the run ended").isEqualTo(0xa00000);
    }

    private static BufferedImage read(Path png) {
        try {
            return ImageIO.read(png.toFile());
        } catch (Exception e) {
            return null;
        }
    }
}
