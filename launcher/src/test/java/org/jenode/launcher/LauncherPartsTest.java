package org.jenode.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.launcher.dialog.Clicks;
import org.jenode.launcher.dialog.Gesture;
import org.jenode.launcher.dialog.Sizes;
import org.jenode.loader.Isolation;
import org.junit.jupiter.api.Test;

/** The launcher's config, its reading of clicks and the dialog it writes, without a server. */
class LauncherPartsTest {

    private final List<String> warnings = new ArrayList<>();

    @Test
    void theConfigIsGenodes1411FormWithIconAndIsolation() {
        LauncherConfig c = parse("""
                <config visibility="xray" xpos="5" ypos="6">
                  <preservation name="RAM" quantum="2M"/>
                  <subsystem name="scout" title="Scout" icon="scout.png" isolation="process">
                    <resource name="RAM" quantum="20M" limit="30M"/> <binary name="scout"/> <config a="1"/>
                  </subsystem>
                  <subsystem name="testnit"> <resource name="RAM" quantum="768K"/> <binary name="testnit"/> </subsystem>
                </config>""");
        assertThat(c.xrayOnly()).isTrue();
        assertThat(c.reportState()).as("no <report state>").isFalse();
        assertThat(c.preserved()).isEqualTo(2 << 20);
        assertThat(c.subsystems()).extracting(SubsystemEntry::name).containsExactly("scout", "testnit");
        SubsystemEntry scout = c.subsystems().getFirst();
        assertThat(scout.title()).isEqualTo("Scout");
        assertThat(scout.icon()).contains("scout.png");
        assertThat(scout.isolation()).contains(Isolation.PROCESS);
        assertThat(scout.quantum()).isEqualTo(20 << 20);
        assertThat(scout.config()).contains("a=\"1\"");
        assertThat(c.subsystems().get(1).title()).as("the name when there is no title").isEqualTo("testnit");
        assertThat(c.subsystems().get(1).config()).isEqualTo("<config/>");
        assertThat(warnings).singleElement().asString().contains("limit has no effect");
    }

    @Test
    void aConfigWithAnErrorIsRejectedWithItsPosition() {
        for (String bad : List.of(
                "<config><subsystem name=\"a\"><resource name=\"RAM\" quantum=\"1M\"/></subsystem></config>",
                "<config><subsystem name=\"a\"><binary name=\"x\"/></subsystem></config>",
                "<config><subsystem name=\"a\"><resource name=\"RAM\" quantum=\"0\"/><binary name=\"x\"/></subsystem></config>",
                "<config><subsystem name=\"a -> b\"><resource name=\"RAM\" quantum=\"1M\"/><binary name=\"x\"/></subsystem></config>",
                "<config><subsystem name=\"a\" isolation=\"vm\"><resource name=\"RAM\" quantum=\"1M\"/><binary name=\"x\"/></subsystem></config>",
                "<config visibility=\"sometimes\"/>",
                "<config><subsystem name=\"a\"><resource name=\"RAM\" quantum=\"1M\"/><binary name=\"x\"/></subsystem>"
                        + "<subsystem name=\"a\"><resource name=\"RAM\" quantum=\"1M\"/><binary name=\"y\"/></subsystem></config>")) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(XmlException.class).hasMessageContaining("config:1:");
        }
    }

    @Test
    void clicksAreGenodesPressAndReleaseOnTheSameEntry() {
        Clicks clicks = new Clicks();
        assertThat(clicks.input(new InputEvent.Press(Keycodes.BTN_LEFT), "a")).contains(new Gesture.Press("a"));
        assertThat(clicks.input(new InputEvent.Release(Keycodes.BTN_LEFT), "a")).contains(new Gesture.Click("a"));
        // released elsewhere: no click
        clicks.input(new InputEvent.Press(Keycodes.BTN_LEFT), "a");
        assertThat(clicks.input(new InputEvent.Release(Keycodes.BTN_LEFT), "b")).isEmpty();
        // a second button while one is held starts nothing
        clicks.input(new InputEvent.Press(Keycodes.KEY_A), "a");
        assertThat(clicks.input(new InputEvent.Press(Keycodes.BTN_LEFT), "a")).isEmpty();
        clicks.input(new InputEvent.Release(Keycodes.BTN_LEFT), "a");
        clicks.input(new InputEvent.Release(Keycodes.KEY_A), "a");
        // held: the timer turns it into a hold, and the release is no click any more
        clicks.input(new InputEvent.Press(Keycodes.BTN_LEFT), "a");
        assertThat(clicks.holdElapsed("a")).contains(new Gesture.Hold("a"));
        assertThat(clicks.input(new InputEvent.Release(Keycodes.BTN_LEFT), "a")).isEmpty();
        assertThat(clicks.holdElapsed("a")).isEmpty();
        assertThat(clicks.input(new InputEvent.Press(Keycodes.BTN_RIGHT), "a")).contains(new Gesture.Secondary("a"));
        clicks.input(new InputEvent.Release(Keycodes.BTN_RIGHT), "a");
        assertThat(clicks.input(new InputEvent.Press(Keycodes.BTN_LEFT), "")).as("on nothing").isEmpty();
        // a stray release never goes below zero
        clicks.input(new InputEvent.Release(Keycodes.BTN_LEFT), "");
        clicks.input(new InputEvent.Release(Keycodes.BTN_LEFT), "");
        assertThat(clicks.input(new InputEvent.Press(Keycodes.BTN_LEFT), "a")).contains(new Gesture.Press("a"));
    }

    @Test
    void theDialogShowsEachEntryItsStateAndTheContextRowUnderTheOneWhoseContextIsOpen() {
        LauncherConfig c = parse("""
                <config>
                  <subsystem name="a" title="Alpha"> <resource name="RAM" quantum="4M"/> <binary name="x"/> </subsystem>
                  <subsystem name="b"> <resource name="RAM" quantum="1M"/> <binary name="y"/> </subsystem>
                </config>""");
        List<Slot> slots = c.subsystems().stream().map(Slot::new).toList();
        XmlNode dialog = MenuDialog.of(slots, "b", Optional.empty(), 5 << 20, 8 << 20);
        XmlNode box = dialog.child("frame").orElseThrow().child("vbox").orElseThrow();
        assertThat(box.children("button")).extracting(b -> b.attribute("name", "")).containsExactly("a", "b");
        assertThat(box.children("button").get(1).attribute("hovered", "")).isEqualTo("yes");
        assertThat(box.children("button").getFirst().toXml()).contains("Alpha").contains("stopped, 4M");
        assertThat(box.children("label").getLast().attribute("text", "")).isEqualTo("RAM left: 5M of 8M");
        assertThat(Sizes.text(1536 * 1024)).isEqualTo("1.5M");
        assertThat(Sizes.text(1000)).isEqualTo("1K");
    }

    @Test
    void theStateReportListsEachEntryWithItsStateAndTheRamLeftInBytes() {
        LauncherConfig c = parse("""
                <config>
                  <report state="yes"/>
                  <subsystem name="a" title="Alpha"> <resource name="RAM" quantum="4M"/> <binary name="x"/> </subsystem>
                  <subsystem name="b"> <resource name="RAM" quantum="1M"/> <binary name="y"/> </subsystem>
                </config>""");
        assertThat(c.reportState()).isTrue();
        XmlNode state = StateReport.of(c.subsystems().stream().map(Slot::new).toList(), 5 << 20, 8 << 20);
        assertThat(state.toXml()).isEqualTo("<state ram_left=\"5242880\" ram_quota=\"8388608\"><subsystem name=\"a\" state=\"stopped\"/>"
                + "<subsystem name=\"b\" state=\"stopped\"/></state>");
    }

    private LauncherConfig parse(String xml) { return LauncherConfig.parse(XmlParser.parse(xml, "config"), warnings::add); }
}
