package org.jenode.launcher.launchpad;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jenode.base.Labels;
import org.jenode.base.xml.XmlNode;

/**
 * The launchpad's config (spec §5.4):
 *
 * <pre>{@code
 * <config xpos="550" ypos="150">
 *   <launcher name="testnit"   ram_quota="768K"/>
 *   <launcher name="launchpad" ram_quota="6M"> <configfile name="launchpad.config"/> </launcher>
 *   <launcher name="liquid_fb" ram_quota="7M"> <config resize_handle="on"/> </launcher>
 * </config>
 * }</pre>
 */
record LaunchpadConfig(List<LaunchEntry> entries, int xpos, int ypos) {

    /** Reads {@code config}; what Genode's launchpad honoured and this one cannot is warned about with its position. */
    static LaunchpadConfig parse(XmlNode config, Consumer<String> warn) {
        for (String ignored : List.of("width", "height"))
            if (config.has(ignored)) warn.accept(config.location() + ": " + ignored + " has no effect: the launchpad's window is as large as its content");
        List<LaunchEntry> entries = new ArrayList<>();
        for (XmlNode l : config.children("launcher")) {
            String name = l.required("name");
            if (name.isEmpty() || name.contains(Labels.SEPARATOR) || name.length() > Labels.MAX_ELEMENT)
                throw l.error("launcher name '" + name + "' is not one label element");
            long quantum = l.sizeAttribute("ram_quota", 0);
            if (quantum <= 0) throw l.error("launcher '" + name + "' needs a positive ram_quota");
            entries.add(new LaunchEntry(name, quantum, l.child("config").map(XmlNode::toXml),
                    l.child("configfile").map(f -> f.required("name"))));
        }
        return new LaunchpadConfig(List.copyOf(entries), config.intAttribute("xpos", 550), config.intAttribute("ypos", 150));
    }

    Optional<LaunchEntry> entry(String name) { return entries.stream().filter(e -> e.name().equals(name)).findFirst(); }
}
