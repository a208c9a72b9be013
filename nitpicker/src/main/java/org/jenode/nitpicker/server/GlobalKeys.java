package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.List;

import org.jenode.base.xml.XmlNode;
import org.jenode.input.Keycodes;

/**
 * The {@code <global-key>} table: keys that toggle X-ray or kill mode (never delivered to anyone), and
 * keys that go to one exact session label for their whole key sequence, wherever the focus is.
 */
public final class GlobalKeys {

    public enum Operation { XRAY, KILL, NONE }

    record Entry(int code, Operation operation, String label) { }

    private final List<Entry> entries = new ArrayList<>();

    static GlobalKeys parse(XmlNode config, java.util.function.Consumer<String> warn) {
        GlobalKeys keys = new GlobalKeys();
        // <global-keys> <key .../> </global-keys> is Genode 14.05's spelling of the same table
        List<XmlNode> nodes = new ArrayList<>(config.children("global-key"));
        config.children("global-keys").forEach(g -> nodes.addAll(g.children("key")));
        for (XmlNode k : nodes) {
            int code = Keycodes.code(k.attribute("name", ""));
            if (code == Keycodes.KEY_UNKNOWN) {
                warn.accept("unknown global key " + k.attribute("name", "?"));
                continue;
            }
            Operation op = switch (k.attribute("operation", "")) {
                case "xray" -> Operation.XRAY;
                case "kill" -> Operation.KILL;
                default -> Operation.NONE;
            };
            keys.entries.add(new Entry(code, op, k.attribute("label", null)));
        }
        return keys;
    }

    public Operation operation(int code) {
        for (Entry e : entries) if (e.code == code && e.operation != Operation.NONE) return e.operation;
        return Operation.NONE;
    }

    /** The labels bound to {@code code}, in config order (the first existing session wins). */
    public List<String> labels(int code) {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) if (e.code == code && e.label != null) out.add(e.label);
        return out;
    }
}
