package org.jenode.nitpicker.server;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jenode.base.Env;
import org.jenode.base.geometry.Point;
import org.jenode.base.report.Reporter;
import org.jenode.base.xml.XmlNode;

/**
 * Nitpicker's reports (spec 3.7): {@code focus}, {@code hover}, {@code xray} and {@code displays} from the
 * state they describe, {@code pointer} on every move, each only if the config enables it. These are
 * trusted (the status bar names the keyboard's owner from the focus report), so a report that cannot be
 * written is replaced by {@code <name unknown="yes"/>} instead of leaving the previous one standing.
 */
final class Reports {

    static final int KILL_REPORT_COLOR = 0xff4444;

    private final Env env;
    private final Supplier<Policy> policy;
    private final Focus focus;
    private final ScreenState screen;
    private final Supplier<Optional<ClientSession>> hovered;
    private final Map<String, Reporter> reporters = new HashMap<>();
    /** The content that could not be written, per report: tried once, not on every later update. */
    private final Map<String, String> unwritable = new HashMap<>();

    Reports(Env env, Supplier<Policy> policy, Focus focus, ScreenState screen, Supplier<Optional<ClientSession>> hovered) {
        this.env = env;
        this.policy = policy;
        this.focus = focus;
        this.screen = screen;
        this.hovered = hovered;
    }

    /** Writes every enabled report but the pointer's; unchanged ones cost nothing. */
    void update() {
        Policy.Reports r = policy.get().reports();
        if (r.focus()) publish("focus", focusReport());
        if (r.hover()) {
            XmlNode.Builder h = XmlNode.builder("hover");
            hovered.get().ifPresent(s -> h.attribute("label", s.label()).attribute("domain", s.domain().name()));
            publish("hover", h.build());
        }
        if (r.xray()) publish("xray", XmlNode.builder("xray").attribute("enabled", !screen.flat()).build());
        if (r.displays()) publish("displays", XmlNode.builder("displays").child(XmlNode.builder("display")
                .attribute("width", screen.area().width()).attribute("height", screen.area().height())).build());
    }

    void pointer(Point p) {
        if (policy.get().reports().pointer())
            publish("pointer", XmlNode.builder("pointer").attribute("xpos", p.x()).attribute("ypos", p.y()).build());
    }

    /** {@code <focus label domain color/>}, empty when nobody is focused, the kill colour in kill mode. */
    private XmlNode focusReport() {
        XmlNode.Builder f = XmlNode.builder("focus");
        if (screen.mode() == UserMode.KILL) return f.attribute("label", "").attribute("domain", "").attribute("color", hex(KILL_REPORT_COLOR)).build();
        focus.session().ifPresent(s -> f.attribute("label", s.label()).attribute("domain", s.domain().name())
                .attribute("color", hex(s.domain().color())));
        return f.build();
    }

    private static String hex(int rgb) { return String.format("#%06x", rgb & 0xffffff); }

    private void publish(String name, XmlNode content) {
        String text = content.toXml();
        if (text.equals(unwritable.get(name))) return;
        try {
            reporters.computeIfAbsent(name, k -> new Reporter(env, k)).report(content);
            unwritable.remove(name);
        } catch (RuntimeException e) {
            env.log().warn("cannot report {}: {}; reporting it unknown", name, e.toString());
            unwritable.put(name, text);
            unknown(name);
        }
    }

    /** A fresh session for {@code <name unknown="yes"/>}: the failed one may be closed or too big to reopen. */
    private void unknown(String name) {
        Reporter fresh = new Reporter(env, name);
        Reporter failed = reporters.put(name, fresh);
        if (failed != null) failed.close();
        try {
            fresh.report(XmlNode.builder(name).attribute("unknown", true).build());
        } catch (RuntimeException e) {
            env.log().error("cannot report {} even as unknown, a stale one may stand: {}", name, e.toString());
        }
    }
}
