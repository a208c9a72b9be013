package org.jenode.wm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jenode.base.SessionArgs;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputReader;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.NitpickerSession;

/**
 * Stands in for the layouter: it reads the {@code window_list} and {@code focus_request} ROMs, publishes
 * {@code focus} and {@code resize_request} reports in Genode's format, and collects the input of its
 * Nitpicker session.
 */
final class LayouterProbe {

    final Probe probe;
    NitpickerSession session;
    private final List<InputEvent> received = new ArrayList<>();

    LayouterProbe(Probe probe) { this.probe = probe; }

    void open() {
        probe.onEp(env -> {
            session = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(36 * 1024));
            InputReader reader = new InputReader(session.input());
            session.input().sigh(env.ep().handler(() -> {
                synchronized (received) { received.addAll(reader.drain()); }
            }));
            return null;
        });
    }

    void focus(int id) { publishFocus("<focus><window id=\"" + id + "\"/></focus>"); }

    void resize(int id, int width, int height) {
        publishResize("<resize_request><window id=\"" + id + "\" width=\"" + width + "\" height=\"" + height + "\"/></resize_request>");
    }

    /** Publishes raw text as the {@code focus} or {@code resize_request} report, e.g. a malformed one. */
    void publishFocus(String xml) { probe.report("focus", xml); }

    void publishResize(String xml) { probe.report("resize_request", xml); }

    XmlNode awaitWindowList(String what, Predicate<XmlNode> until) { return await("window_list", what, until); }

    XmlNode awaitFocusRequest(String what, Predicate<XmlNode> until) { return await("focus_request", what, until); }

    private XmlNode await(String rom, String what, Predicate<XmlNode> until) {
        return Await.answer(rom + ": " + what, () -> probe.rom(rom), until);
    }

    /** The window with {@code label} in {@code list}, or null. */
    static XmlNode window(XmlNode list, String label) {
        return list.children("window").stream().filter(w -> w.attribute("label", "").equals(label)).findFirst().orElse(null);
    }

    List<InputEvent> events() {
        synchronized (received) { return new ArrayList<>(received); }
    }
}
