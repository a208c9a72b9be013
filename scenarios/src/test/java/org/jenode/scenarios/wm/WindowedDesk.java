package org.jenode.scenarios.wm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jenode.base.Binary;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * The window manager's whole stack as the desktop runs it, on the real headless driver: nitpicker, the
 * wm, the real decorator (motif, or the themed one) and the real floating layouter, wired through
 * report_rom as in {@code wm.xml}, with clients in windows. The test is a user at the driver (pointer
 * and keys injected there, pixels read back through Capture) and an observer that reads the reports the
 * stack passes around ({@code window_layout}, {@code window_list}, nitpicker's {@code focus}, the rules).
 * Everything is awaited on those reports and pixels.
 */
final class WindowedDesk implements AutoCloseable {

    static final int WIDTH = 640, HEIGHT = 480;
    static final int BACKGROUND = 0x000000;
    /** Motif's decorator_margins. */
    static final int TOP = 20, BORDER = 4;

    final HeadlessScreen screen = new HeadlessScreen(WIDTH, HEIGHT);
    final Core core;
    private final Probe observer = new Probe("observer");
    private final Map<String, AttachedRom> roms = new HashMap<>();
    private final String decorator;
    private final String clients;
    private String decoratorConfig;
    private String layouterRam = "4M";

    /**
     * The stack with {@code decorator} (a binary) configured by {@code decoratorConfig} (a {@code <config>}),
     * and {@code starts} besides (clients of the wm); {@code binaries} are the test's own clients.
     */
    WindowedDesk(String decorator, String decoratorConfig, String starts, Binary... binaries) {
        this.decorator = decorator;
        this.decoratorConfig = decoratorConfig;
        this.clients = starts;
        Binary[] all = Stream.concat(Stream.of(observer.binary()), Arrays.stream(binaries)).toArray(Binary[]::new);
        core = screen.start(starts(), all);
    }

    /** The motif decorator and the test's window clients, each a start node routed to the wm. */
    static WindowedDesk motif(WindowClient... clients) {
        return new WindowedDesk("decorator", "<config/>", clientStarts(clients),
                Arrays.stream(clients).map(c -> c.probe.binary()).toArray(Binary[]::new));
    }

    static String clientStarts(WindowClient... clients) {
        StringBuilder s = new StringBuilder();
        for (WindowClient c : clients) s.append(client("", c.name));
        return s.toString();
    }

    /** A start node of a client {@code name} (its binary {@code binary}, or its name) whose Nitpicker is the wm's. */
    static String client(String binary, String name) {
        return """
            <start name="%s">
              %s
              <resource name="RAM" quantum="16M"/>
              <route> <service name="Nitpicker"> <child name="wm"/> </service> <any-service> <parent/> </any-service> </route>
            </start>
            """.formatted(name, binary.isEmpty() ? "" : "<binary name=\"" + binary + "\"/>");
    }

    private String starts() {
        return """
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
                <policy label="decorator -> pointer"          report="wm -> pointer"/>
                <policy label="wm -> resize_request"          report="layouter -> resize_request"/>
                <policy label="wm -> focus"                   report="layouter -> focus"/>
                <policy label="observer -> window_layout"     report="layouter -> window_layout"/>
                <policy label="observer -> window_list"       report="wm -> window_list"/>
                <policy label="observer -> rules"             report="layouter -> rules"/>
                <policy label="observer -> focus"             report="nitpicker -> focus"/>
                <policy label="observer -> hover"             report="nitpicker -> hover"/>
                <policy label="observer -> decorator_margins" report="decorator -> decorator_margins"/>
                <policy label="display_settings -> mode"      report="fb -> mode"/>
              </config>
            </start>
            <start name="nitpicker">
              <resource name="RAM" quantum="8M"/>
              <provides> <service name="Nitpicker"/> </provides>
              <route>
                <service name="Framebuffer"> <child name="fb"/> </service>
                <service name="Input"> <child name="fb"/> </service>
                <service name="Report"> <child name="report_rom"/> </service>
                <any-service> <parent/> </any-service>
              </route>
              <config>
                <report focus="yes" hover="yes" displays="yes"/>
                <domain name="decorator" layer="2" xray="opaque" color="#ffaa22" label="no"/>
                <domain name="default"   layer="2" color="#66ccff"/>
                <policy label_prefix="wm -> decorator" domain="decorator"/>
                <policy label="" domain="default"/>
                <global-key name="KEY_LEFTALT" label="wm -> decorator"/>
                <background color="#000000"/>
                <pointer draw="no"/>
              </config>
            </start>
            <start name="wm">
              <resource name="RAM" quantum="48M"/>
              <provides> <service name="Nitpicker"/> </provides>
              <route>
                <service name="Nitpicker"> <child name="nitpicker"/> </service>
                <service name="ROM" label="focus"> <child name="report_rom"/> </service>
                <service name="ROM" label="resize_request"> <child name="report_rom"/> </service>
                <service name="Report"> <child name="report_rom"/> </service>
                <any-service> <parent/> </any-service>
              </route>
              <config close_timeout_ms="3000">
                <policy label_prefix="decorator" role="decorator"/>
                <policy label_prefix="layouter"  role="layouter"/>
              </config>
            </start>
            <start name="layouter">
              <binary name="floating_window_layouter"/>
              <resource name="RAM" quantum="%s"/>
              <route>
                <service name="Nitpicker"> <child name="wm"/> </service>
                <service name="ROM"> <child name="report_rom"/> </service>
                <service name="Report"> <child name="report_rom"/> </service>
                <any-service> <parent/> </any-service>
              </route>
              <config rules="rom">
                <report rules="yes"/>
                <press key="KEY_LEFTALT">
                  <press key="KEY_TAB" action="next_window">
                    <release key="KEY_TAB"> <release key="KEY_LEFTALT" action="raise_window"/> </release>
                  </press>
                  <press key="KEY_ENTER" action="toggle_fullscreen"/>
                  <press key="KEY_F4" action="close"/>
                </press>
              </config>
            </start>
            <start name="decorator">
              <binary name="%s"/>
              <resource name="RAM" quantum="16M"/>
              <route>
                <service name="Nitpicker"> <child name="wm"/> </service>
                <service name="ROM" label_prefix="theme/"> <parent/> </service>
                <service name="ROM"> <child name="report_rom"/> </service>
                <service name="Report"> <child name="report_rom"/> </service>
                <any-service> <parent/> </any-service>
              </route>
              %s
            </start>
            <start name="observer">
              <resource name="RAM" quantum="1M"/>
              <route> <service name="ROM"> <child name="report_rom"/> </service> <any-service> <parent/> </any-service> </route>
            </start>
            """.formatted(layouterRam, decorator, decoratorConfig) + clients;
    }

    // ---- what the stack reports ----

    /** Waits until the observer's ROM {@code name} satisfies {@code until}. */
    XmlNode rom(String name, Predicate<XmlNode> until) {
        return Await.answer("ROM '" + name + "'", () -> observer.onEp(env -> {
            AttachedRom rom = roms.computeIfAbsent(name, n -> new AttachedRom(env, n));
            rom.update();
            return rom.xml();
        }), until);
    }

    XmlNode layout(Predicate<XmlNode> until) { return rom("window_layout", until); }

    /** The windows of a layout, front-most first. */
    static List<XmlNode> windows(XmlNode layout) { return layout.children("window"); }

    /** The window whose title starts with {@code title} (the layouter's caption: label, then the client's title). */
    static XmlNode window(XmlNode layout, String title) {
        return windows(layout).stream().filter(w -> w.attribute("title", "").startsWith(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no window '" + title + "' in " + layout.toXml()));
    }

    static boolean has(XmlNode layout, String title) {
        return windows(layout).stream().anyMatch(w -> w.attribute("title", "").startsWith(title));
    }

    /** Where the window's content is (screen coordinates: the desk's domains have no offset). */
    static Rect content(XmlNode window) {
        return new Rect(window.intAttribute("xpos", 0), window.intAttribute("ypos", 0), window.intAttribute("width", 0),
                window.intAttribute("height", 0));
    }

    /**
     * Waits until the window {@code title} is in the layout with its (motif) frame on the screen and drawn
     * there (until then the pointer there meets no view of the decorator), and returns where its content is.
     * A window that appeared before the decorator's margins reached the layouter moves once more.
     */
    Rect content(String title) {
        return Await.answer("the window '" + title + "' framed on the screen", () -> {
            XmlNode layout = rom("window_layout", _ -> true);
            return has(layout, title) ? content(window(layout, title)) : Rect.EMPTY;
        }, c -> !c.empty() && c.x() >= BORDER && c.y() >= TOP && screen.rgb(c.x() + c.width() / 2, c.y() - BORDER) > BACKGROUND);
    }

    /** Waits until nitpicker's focus report names the session {@code label}. */
    void awaitFocus(String label) { rom("focus", f -> f.attribute("label", "").equals(label)); }

    // ---- the user ----

    void motion(Point p) { screen.inject(new InputEvent.AbsoluteMotion(p.x(), p.y())); }

    /**
     * Moves the pointer to {@code p} and waits until the layouter highlights {@code element} of the
     * window {@code title} (the decorator's hover report reached it) and nitpicker has the decorator
     * under the pointer, so that a press goes to that element. The highlight alone can come while a
     * client's view is still where the window was a layout before: the decorator reads the pointer
     * against the new layout, but the press would go to that client.
     */
    void point(String title, String element, Point p) {
        motion(p);
        awaitPointed(title, element);
    }

    /** Waits until the pointer, wherever it is, is on {@code element} of {@code title} as {@link #point} says. */
    void awaitPointed(String title, String element) {
        rom("hover", h -> h.attribute("label", "").startsWith("wm -> decorator"));
        layout(l -> has(l, title) && window(l, title).child("highlight").map(h -> h.hasChild(element)).orElse(false));
    }

    void press() { screen.inject(new InputEvent.Press(Keycodes.BTN_LEFT)); }

    void release() { screen.inject(new InputEvent.Release(Keycodes.BTN_LEFT)); }

    void click(String title, String element, Point p) {
        point(title, element, p);
        press();
        release();
    }

    /** Presses at {@code from} on {@code element} of {@code title}, moves to {@code to} and releases there. */
    void drag(String title, String element, Point from, Point to) {
        point(title, element, from);
        press();
        motion(new Point((from.x() + to.x()) / 2, (from.y() + to.y()) / 2));
        motion(to);
        release();
    }

    void keys(int... codes) {
        List<InputEvent> events = new ArrayList<>();
        for (int c : codes) events.add(c > 0 ? new InputEvent.Press(c) : new InputEvent.Release(-c));
        screen.inject(events.toArray(InputEvent[]::new));
    }

    // ---- the screen ----

    int rgb(Point p) { return screen.rgb(p.x(), p.y()); }

    void awaitRgb(String what, Point p, int rgb) { screen.awaitScreen(what, () -> screen.rgb(p.x(), p.y()) == rgb); }

    void png(String name) { screen.writePng(Path.of("target", "screens", name + ".png")); }

    // ---- init ----

    /** Restarts the layouter as a change of init's config does: its start node changes (its RAM), nothing else. */
    void restartLayouter() {
        layouterRam = layouterRam.equals("4M") ? "5M" : "4M";
        reconfigure();
    }

    /** Hands the themes of {@code themes/} to the scenario as ROM modules, as desktop.xml does. */
    void loadThemes(String... names) throws java.io.IOException {
        for (String theme : names)
            for (String file : List.of("metadata", "default.png", "closer.png", "maximizer.png"))
                core.rom("theme/" + theme + "/" + file).set(java.nio.file.Files.readAllBytes(Path.of("..", "themes", theme, file)));
    }

    /** The decorator's config changes live (a new theme or renderer): init hands it the new config ROM. */
    void reconfigureDecorator(String config) {
        decoratorConfig = config;
        reconfigure();
    }

    private void reconfigure() {
        core.rom("config").set(XmlParser.parse(screen.initConfig(starts()), "the test's init config").toXml());
    }

    @Override public void close() { core.close(); }
}
