package org.jenode.wm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.Test;

/**
 * {@code scenarios/wm.xml} as shipped, headless, with probes in place of the decorator and the layouter
 * (so it runs before, and independently of, their modules): testnit and the clock become windows, and
 * the layouter reads them from report_rom under the labels the scenario's policies name.
 */
class ShippedScenarioTest {

    @Test
    void testnitAndTheClockRunAsWindows() {
        Probe layouter = new Probe("floating_window_layouter"), decorator = new Probe("decorator");
        Binaries binaries = Binaries.discover().alias("fb_fx", "fb_headless").with(layouter.binary(), decorator.binary());
        try (Core _ = Core.load(Path.of("../scenarios/wm.xml").toAbsolutePath(), binaries).start()) {
            AttachedRom windowList = layouter.onEp(env -> new AttachedRom(env, "window_list"));
            XmlNode list = Await.answer("testnit's three windows and the clock's", () -> layouter.onEp(env -> {
                windowList.update();
                return windowList.xml();
            }), l -> l.children("window").size() == 4);
            List<String> labels = list.children("window").stream().map(w -> w.attribute("label", "")).sorted().toList();
            assertThat(labels).containsExactly("clock", "testnit", "testnit", "testnit");
            assertThat(list.children("window")).allMatch(w -> w.intAttribute("width", 0) > 0 && w.intAttribute("height", 0) > 0);
        }
    }
}
