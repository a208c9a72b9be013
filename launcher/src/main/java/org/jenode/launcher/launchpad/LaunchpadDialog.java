package org.jenode.launcher.launchpad;

import java.util.List;
import java.util.function.Predicate;
import org.jenode.base.xml.XmlNode;
import org.jenode.launcher.dialog.Sizes;

/**
 * The launchpad's window as a dialog for menu_view (spec §5.4): the RAM it has free, a button per
 * program, and the running children, each with a kill button.
 */
final class LaunchpadDialog {

    /** Kill buttons are named so that no program can be: a label element never contains the separator. */
    static final String KILL = " -> kill ";

    private LaunchpadDialog() { }

    /**
     * @param available whether a program's binary exists
     * @param children  the running children's names, oldest first
     */
    static XmlNode of(List<LaunchEntry> entries, Predicate<String> available, List<String> children, String hovered, long free, long quota) {
        XmlNode.Builder box = XmlNode.builder("vbox");
        box.child(label("Launchpad", "title", 0));
        box.child(XmlNode.builder("hbox").child(label("Status", "plain", 70))
                .child(XmlNode.builder("bar").attribute("percent", quota == 0 ? 0 : 100 - free * 100 / quota).attribute("width", 150))
                .child(label(Sizes.text(free) + " free", "detail", 0)));
        box.child(label("Launcher", "title", 0));
        for (LaunchEntry e : entries) {
            XmlNode.Builder b = XmlNode.builder("button").attribute("name", e.name());
            if (hovered.equals(e.name())) b.attribute("hovered", "yes");
            b.child(label(e.name(), "plain", 110));
            b.child(label(available.test(e.name()) ? Sizes.text(e.quantum()) : "not available", "detail", 80));
            box.child(b);
        }
        box.child(label("Children", "title", 0));
        for (String child : children) {
            XmlNode.Builder kill = XmlNode.builder("button").attribute("name", KILL + child);
            if (hovered.equals(KILL + child)) kill.attribute("hovered", "yes");
            box.child(XmlNode.builder("hbox").child(label(child, "plain", 110)).child(kill.child(label("kill", "plain", 0))));
        }
        return XmlNode.builder("dialog").child(XmlNode.builder("frame").child(box)).build();
    }

    private static XmlNode.Builder label(String text, String style, int minWidth) {
        XmlNode.Builder l = XmlNode.builder("label").attribute("text", text);
        if (!style.equals("plain")) l.attribute("style", style);
        if (minWidth > 0) l.attribute("min_width", minWidth);
        return l;
    }
}
