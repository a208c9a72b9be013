package org.jenode.layouter;

import java.util.function.Predicate;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.input.InputEvent;

/**
 * The real {@code floating_window_layouter} among stand-ins for its peers, wired as Genode's wm.run
 * wires them, through {@code report_rom}: the wm (window list, focus requests, the layouter's session
 * and its input; reads resize requests and focus), the decorator (hover, margins; reads the layout) and
 * nitpicker (its {@code displays}). The layouter reads its own {@code rules} back.
 */
final class LayouterScenario implements AutoCloseable {

    static final String CONFIG = """
            <config rules="rom">
              <report rules="yes"/>
              <press key="KEY_LEFTALT">
                <press key="KEY_TAB" action="next_window">
                  <release key="KEY_TAB"> <release key="KEY_LEFTALT" action="raise_window"/> </release>
                </press>
                <press key="KEY_ENTER" action="toggle_fullscreen"/>
              </press>
            </config>""";

    final WmStandIn wm = new WmStandIn();
    final Probe decorator = new Probe("decorator"), nitpicker = new Probe("nitpicker");
    final Core core;

    LayouterScenario() {
        core = TestScenario.start(init("2M"), wm.probe.binary(), decorator.binary(), nitpicker.binary());
    }

    /**
     * The init config, with the layouter's RAM quantum: changing it restarts the layouter. report_rom's
     * policies are wm.run's, as the wm's desk has them, plus the layouter's own {@code rules} and
     * nitpicker's {@code displays}; written out here, since the layouter's tests do not build on the wm's.
     */
    static String init(String layouterRam) {
        return TestScenario.withDefaults("""
                <start name="report_rom">
                  <resource name="RAM" quantum="2M"/>
                  <provides> <service name="Report"/> <service name="ROM"/> </provides>
                  <config>
                    <policy label="layouter -> window_list"       report="wm -> window_list"/>
                    <policy label="layouter -> focus_request"     report="wm -> focus_request"/>
                    <policy label="layouter -> hover"             report="decorator -> hover"/>
                    <policy label="layouter -> decorator_margins" report="decorator -> decorator_margins"/>
                    <policy label="layouter -> displays"          report="nitpicker -> displays"/>
                    <policy label="layouter -> rules"             report="layouter -> rules"/>
                    <policy label="decorator -> window_layout"    report="layouter -> window_layout"/>
                    <policy label="wm -> resize_request"          report="layouter -> resize_request"/>
                    <policy label="wm -> focus"                   report="layouter -> focus"/>
                    <policy label="wm -> rules"                   report="layouter -> rules"/>
                  </config>
                </start>
                <start name="wm">
                  <resource name="RAM" quantum="2M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <route> <any-service> <child name="report_rom"/> <parent/> </any-service> </route>
                </start>
                <start name="decorator">
                  <resource name="RAM" quantum="1M"/>
                  <route> <any-service> <child name="report_rom"/> <parent/> </any-service> </route>
                </start>
                <start name="nitpicker">
                  <resource name="RAM" quantum="1M"/>
                  <route> <any-service> <child name="report_rom"/> <parent/> </any-service> </route>
                </start>
                <start name="layouter">
                  <binary name="floating_window_layouter"/>
                  <resource name="RAM" quantum="%s"/>
                  <route>
                    <service name="Nitpicker"> <child name="wm"/> </service>
                    <any-service> <child name="report_rom"/> <parent/> </any-service>
                  </route>
                  %s
                </start>
                """.formatted(layouterRam, CONFIG));
    }

    /** Restarts the layouter: a changed resource makes init start it anew. */
    void restartLayouter() { core.rom("config").set(XmlParser.parse(init("3M"), "test").child("config").orElseThrow().toXml()); }

    void wmReports(String name, String xml) { wm.probe.report(name, asReporterWrites(xml)); }

    void decoratorReports(String name, String xml) { decorator.report(name, asReporterWrites(xml)); }

    void nitpickerReports(String name, String xml) { nitpicker.report(name, asReporterWrites(xml)); }

    /** The peers write their reports with a {@code Reporter}: well-formed, in {@code XmlNode.toXml}'s layout (positions in warnings count on it). */
    private static String asReporterWrites(String xml) { return XmlParser.parse(xml, "test report").toXml(); }

    void input(InputEvent... events) { wm.submit(events); }

    /**
     * The decorator reports the pointer over {@code element} of window {@code id}, and the test waits
     * until the layouter shows it: the hover and the input reach the layouter on separate ways, and on
     * the desktop the pointer's motion comes first.
     */
    void hover(int id, String element) {
        decoratorReports("hover", "<hover><window id=\"" + id + "\"><" + element + "/></window></hover>");
        layout(l -> l.children("window").stream().anyMatch(w -> w.intAttribute("id", 0) == id
                && w.child("highlight").map(h -> h.hasChild(element)).orElse(false)));
    }

    /** The pointer has left every window's decoration. */
    void hoverNothing() {
        decoratorReports("hover", "<hover/>");
        layout(l -> l.children("window").stream().noneMatch(w -> w.hasChild("highlight")));
    }

    /** Waits until the decorator's {@code window_layout} satisfies {@code until}. */
    XmlNode layout(Predicate<XmlNode> until) { return decorator.awaitRom("window_layout", until); }

    /** Waits until the wm's ROM {@code name} ({@code resize_request}, {@code focus} or {@code rules}) satisfies {@code until}. */
    XmlNode atWm(String name, Predicate<XmlNode> until) { return wm.probe.awaitRom(name, until); }

    @Override public void close() { core.close(); }
}
