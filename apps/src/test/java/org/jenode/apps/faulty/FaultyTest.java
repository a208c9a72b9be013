package org.jenode.apps.faulty;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** The faulty demo shows itself, and a click makes it fault: init names the fault, its window goes, hello stays. */
class FaultyTest {

    @Test
    void aClickMakesItFaultAndNothingElse() {
        HeadlessScreen screen = new HeadlessScreen(400, 300);
        try (Core core = screen.start("""
                <report delay_ms="20"/>
                <start name="nitpicker">
                  <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config> <domain name="default" layer="1"/> <policy label="" domain="default"/> <background color="#000000"/> </config>
                </start>
                <start name="hello"> <resource name="RAM" quantum="1M"/> <config xpos="10" ypos="10"/> </start>
                <start name="faulty"> <resource name="RAM" quantum="1M"/> <config xpos="100" ypos="150"/> </start>
                """)) {
            screen.awaitScreen("faulty's window", () -> screen.rgb(110, 155) == 0x5a1f1f && screen.rgb(15, 15) == 0x2a4d69);
            screen.inject(new InputEvent.AbsoluteMotion(200, 200), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            XmlNode state = Await.report(core, "init -> state", s -> s.children("child").stream()
                    .anyMatch(c -> c.attribute("name", "").equals("faulty") && c.attribute("state", "").equals("faulted")));
            XmlNode faulty = state.children("child").stream().filter(c -> c.attribute("name", "").equals("faulty")).findFirst().orElseThrow();
            assertThat(faulty.child("fault").orElseThrow().attribute("message", "")).contains("crashed on purpose");
            screen.awaitScreen("faulty's window gone", () -> screen.rgb(110, 155) == 0x000000);
            assertThat(screen.rgb(15, 15)).as("hello").isEqualTo(0x2a4d69);
        }
    }
}
