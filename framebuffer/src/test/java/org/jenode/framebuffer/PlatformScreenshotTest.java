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

/** {@code <platform_info><jenode screenshot/></platform_info>} makes fb_headless write the screen when it closes. */
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

    private static BufferedImage read(Path png) {
        try {
            return ImageIO.read(png.toFile());
        } catch (Exception e) {
            return null;
        }
    }
}
