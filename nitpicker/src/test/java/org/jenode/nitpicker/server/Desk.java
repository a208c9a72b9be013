package org.jenode.nitpicker.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jenode.base.Binary;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.jenode.nitpicker.testing.NitpickerStart;

/**
 * A running test desktop as a user has it: the real {@code fb_headless} (read back through its Capture
 * service, driven through its Event service and its config ROM), nitpicker with {@code config}, and probe
 * clients by name.
 */
final class Desk implements AutoCloseable {

    static final String DEFAULT_CONFIG = """
            <domain name="pointer" layer="1" xray="no" origin="pointer"/>
            <domain name="top" layer="2" color="#ffaa00"/>
            <domain name="default" layer="3" color="#4488ff"/>
            <policy label="top" domain="top"/>
            <policy label="" domain="default"/>
            <pointer draw="no"/>
            """;

    final HeadlessScreen screen;
    final Core core;
    final Map<String, GuiClient> clients = new LinkedHashMap<>();
    private final List<String> clientNames;
    private final String quantum;

    Desk(int w, int h, String config, String... clientNames) { this(new HeadlessScreen(w, h), config, clientNames); }

    /** {@code romNodes}: scenario {@code <rom name>} nodes that core serves (e.g. a focus ROM). */
    Desk(String romNodes, int w, int h, String config, String... clientNames) {
        this(new HeadlessScreen(w, h), "4M", romNodes, config, List.of(clientNames));
    }

    Desk(HeadlessScreen screen, String config, String... clientNames) { this(screen, "4M", "", config, List.of(clientNames)); }

    /** {@code quantum}: nitpicker's own RAM, from which it pays for its reports. */
    Desk(HeadlessScreen screen, String quantum, String romNodes, String config, List<String> clientNames) {
        this.screen = screen;
        this.quantum = quantum;
        this.clientNames = clientNames;
        List<Binary> probes = new ArrayList<>();
        for (String name : clientNames) {
            Probe p = new Probe(name);
            probes.add(p.binary());
            clients.put(name, new GuiClient(p));
        }
        core = screen.startWithRoms(romNodes, starts(config), probes.toArray(Binary[]::new));
    }

    /** Replaces nitpicker's config while everything keeps running (init passes the new config ROM on). */
    void reconfigure(String config) { core.rom("config").set(screen.initConfig(starts(config))); }

    private String starts(String config) {
        StringBuilder starts = new StringBuilder(NitpickerStart.with(quantum, config.startsWith("<config") ? config : "<config>" + config + "</config>\n"));
        for (String name : clientNames)
            starts.append("<start name=\"").append(name).append("\"> <resource name=\"RAM\" quantum=\"32M\"/> </start>\n");
        return starts.toString();
    }

    /** Clients "a" (red, left) and "b" (green, right), each one opaque 50x50 view on the top edge. */
    record SideBySide(GuiClient left, GuiClient right) { }

    /** Opens "a" and "b" as {@link SideBySide}: a at (0,0), b at (100,0). */
    SideBySide sideBySide() {
        GuiClient a = client("a").open(1 << 20, 100, 100, false, 0xffff0000);
        GuiClient b = client("b").open(1 << 20, 100, 100, false, 0xff00ff00);
        a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
        b.view(ViewHandle.NONE, new Rect(100, 0, 50, 50));
        return new SideBySide(a, b);
    }

    GuiClient client(String name) { return clients.get(name); }

    /** The pixel the screen shows (opaque ARGB), or 0 off the screen. */
    int pixel(int x, int y) {
        int rgb = screen.rgb(x, y);
        return rgb < 0 ? 0 : 0xff000000 | rgb;
    }

    /** Waits until the screen shows what {@code condition} says; a timeout leaves the screen in a PNG. */
    void awaitScreen(String what, java.util.function.BooleanSupplier condition) { screen.awaitScreen(what, condition); }

    void inject(InputEvent... events) { screen.inject(events); }

    /** How many refreshes the screen has shown. */
    long frames() { return screen.frames(); }

    void writePng(String name) { screen.writePng(Path.of("target", name + ".png")); }

    /** Waits until the focus report names {@code label}. */
    void awaitFocus(String label) {
        Await.report(core, "init -> nitpicker -> focus", f -> f.attribute("label", "").equals(label));
    }

    @Override public void close() { core.close(); }
}
