package org.jenode.launcher;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jenode.base.Labels;
import org.jenode.base.xml.XmlNode;
import org.jenode.loader.Isolation;

/**
 * The launcher's config (Genode 14.11's, spec §5.1):
 *
 * <pre>{@code
 * <config visibility="always" xpos="32" ypos="32">
 *   <preservation name="RAM" quantum="2M"/>
 *   <report state="yes"/>
 *   <subsystem name="testnit" title="Testnit" icon="testnit.png" isolation="process">
 *     <resource name="RAM" quantum="4M"/>
 *     <binary name="testnit"/>
 *     <config xpos="100" ypos="80"/>
 *   </subsystem>
 * </config>
 * }</pre>
 *
 * @param subsystems the entries, in document order
 * @param xrayOnly   {@code visibility="xray"}: the menu shows only in X-ray mode (ROM {@code xray})
 * @param preserved  RAM the launcher keeps for itself, never given to a subsystem
 * @param reportState {@code <report state="yes"/>}: the launcher reports what its menu shows ({@link StateReport})
 */
record LauncherConfig(List<SubsystemEntry> subsystems, boolean xrayOnly, long preserved, int xpos, int ypos, boolean reportState) {

    /** Reads {@code config}; an error (a missing binary, a duplicate name) rejects it whole with an {@code XmlException}. */
    static LauncherConfig parse(XmlNode config, Consumer<String> warn) {
        String visibility = config.attribute("visibility", "always");
        if (!visibility.equals("always") && !visibility.equals("xray"))
            throw config.error("visibility=\"" + visibility + "\" is neither \"always\" nor \"xray\"");
        long preserved = config.child("preservation").map(p -> p.sizeAttribute("quantum", 0)).orElse(0L);
        List<SubsystemEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (XmlNode s : config.children("subsystem")) {
            SubsystemEntry entry = entry(s, warn);
            if (!names.add(entry.name())) throw s.error("a second subsystem named '" + entry.name() + "'");
            entries.add(entry);
        }
        boolean reportState = config.child("report").map(r -> r.boolAttribute("state", false)).orElse(false);
        return new LauncherConfig(List.copyOf(entries), visibility.equals("xray"), preserved,
                config.intAttribute("xpos", 32), config.intAttribute("ypos", 32), reportState);
    }

    private static SubsystemEntry entry(XmlNode s, Consumer<String> warn) {
        String name = s.required("name");
        if (name.isEmpty() || name.contains(Labels.SEPARATOR) || name.length() > Labels.MAX_ELEMENT)
            throw s.error("subsystem name '" + name + "' is not one label element of at most " + Labels.MAX_ELEMENT + " characters");
        String binary = s.child("binary").orElseThrow(() -> s.error("subsystem '" + name + "' has no <binary name>")).required("name");
        XmlNode ram = s.children("resource").stream().filter(r -> r.attribute("name", "").equals("RAM")).findFirst()
                .orElseThrow(() -> s.error("subsystem '" + name + "' has no <resource name=\"RAM\" quantum>"));
        long quantum = ram.sizeAttribute("quantum", 0);
        if (quantum <= 0) throw ram.error("subsystem '" + name + "' needs a positive RAM quantum");
        if (ram.has("limit")) warn.accept(ram.location() + ": limit has no effect: subsystems make no resource requests here");
        Optional<Isolation> isolation = s.attribute("isolation").map(text -> Isolation.parse(text)
                .orElseThrow(() -> s.error("isolation=\"" + text + "\" is neither \"thread\" nor \"process\"")));
        String config = s.child("config").map(XmlNode::toXml).orElse("<config/>");
        return new SubsystemEntry(name, s.attribute("title", name), binary, quantum, s.attribute("icon"), isolation, config);
    }
}
