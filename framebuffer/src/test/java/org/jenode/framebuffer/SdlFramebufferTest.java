package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jenode.base.Dataspace;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/**
 * {@code fb_sdl} started as Genode's run scripts start it (4M of RAM, Input and Framebuffer), on a
 * headless platform: it is fb_headless then, with Genode's default mode, its {@code width}/{@code height}
 * config, and a full 1024x768 screen painted and read back within those 4M.
 */
class SdlFramebufferTest {

    private static final XmlNode HEADLESS = XmlNode.builder("platform_info")
            .child(XmlNode.builder("jenode").attribute("headless", true)).build();

    /** fb_sdl's start node as Genode 14.11's run scripts write it, plus the Capture and Event the test uses. */
    private static Core start(String config, Probe probe) {
        String xml = """
            <scenario ram="64M">
              <config>
                <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                <report/>
                <start name="fb_sdl">
                  <resource name="RAM" quantum="4M"/>
                  <provides>
                    <service name="Input"/>
                    <service name="Framebuffer"/>
                    <service name="Capture"/> <service name="Event"/>
                  </provides>
                  %s
                </start>
                <start name="probe"> <resource name="RAM" quantum="1M"/> </start>
              </config>
            </scenario>
            """.formatted(config);
        Core core = new Core(Scenario.parse(xml, "fb_sdl test", java.nio.file.Path.of(".")), Binaries.discover().with(probe.binary()));
        return core.platformInfo(HEADLESS).start();
    }

    @Test
    void genodesQuantumHoldsAFullScreenWithItsInput() {
        Probe probe = new Probe("probe");
        try (Core core = start("", probe)) {
            FramebufferSession fb = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            assertThat(fb.mode()).as("Genode's fb_sdl default").isEqualTo(new Mode(1024, 768));
            Dataspace ds = fb.dataspace();
            FbScenario.fill(ds.ints(), 1024, new Rect(0, 0, 1024, 768), 0xff204060);
            FbScenario.fill(ds.ints(), 1024, new Rect(1000, 700, 24, 68), 0xffe0c000);
            fb.refresh(new Rect(0, 0, 1024, 768));
            CaptureSession capture = probe.onEp(env -> env.session(CaptureSession.class, "capture"));
            assertThat(capture.pixels(new Rect(10, 10, 1, 1))).containsExactly(0xff204060);
            assertThat(capture.pixels(new Rect(1023, 767, 1, 1))).containsExactly(0xffe0c000);

            InputSession input = probe.onEp(env -> env.session(InputSession.class, "input"));
            probe.onEp(env -> env.session(EventSession.class, "device")).submit(List.of(new InputEvent.Press(Keycodes.KEY_A)));
            assertThat(FbScenario.collect(probe, input, l -> !l.isEmpty())).containsExactly(new InputEvent.Press(Keycodes.KEY_A));

            XmlNode state = Await.report(core, "init -> state", s -> fbSdl(s).intAttribute("ram_used", 0) > 3 << 20);
            long used = fbSdl(state).longAttribute("ram_used", 0), quota = fbSdl(state).longAttribute("ram_quota", 0);
            assertThat(quota).isEqualTo(4 << 20);
            assertThat(used).as("one screen buffer and the driver").isLessThan(quota);
        }
    }

    @Test
    void takesTheSizeFromItsConfigAsGenode15Does() {
        Probe probe = new Probe("probe");
        try (Core _ = start("<config width=\"640\" height=\"480\"/>", probe)) {
            FramebufferSession fb = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            assertThat(fb.mode()).isEqualTo(new Mode(640, 480));
            assertThat(fb.dataspace().size()).isEqualTo(640 * 480 * 4);
        }
    }

    private static XmlNode fbSdl(XmlNode state) {
        return state.children("child").stream().filter(c -> c.attribute("name", "").equals("fb_sdl")).findFirst()
                .orElseThrow(() -> new AssertionError("no fb_sdl in " + state.toXml()));
    }
}
