package org.jenode.launcher;

import java.util.List;
import java.util.Optional;
import org.jenode.base.xml.XmlNode;
import org.jenode.launcher.dialog.Sizes;

/**
 * The menu as a dialog for menu_view (Genode's {@code Menu_dialog::generate_dialog}, with what each
 * subsystem costs): one button per subsystem, its state and RAM beside its title, the context row under
 * the entry whose context is open, and the launcher's own RAM at the bottom.
 */
final class MenuDialog {

    /** Context buttons are named so that no subsystem can be: a label element never contains the separator. */
    static final String HIDE = " -> hide", SHOW = " -> show", RESTART = " -> restart", KILL = " -> kill", DISMISS = " -> dismiss";

    private static final int TITLE_WIDTH = 110, STATE_WIDTH = 150, REASON_CHARS = 44;

    private MenuDialog() { }

    /**
     * @param hovered the name under the pointer ("" for none)
     * @param context the entry whose context row is open
     * @param left    the launcher's RAM not yet spent, and its quota
     */
    static XmlNode of(List<Slot> slots, String hovered, Optional<String> context, long left, long quota) {
        XmlNode.Builder box = XmlNode.builder("vbox");
        for (Slot slot : slots) {
            SubsystemEntry e = slot.entry();
            XmlNode.Builder button = XmlNode.builder("button").attribute("name", e.name());
            if (hovered.equals(e.name())) button.attribute("hovered", "yes");
            if (slot.running()) button.attribute("selected", "yes");
            e.icon().ifPresent(icon -> button.child(XmlNode.builder("icon").attribute("rom", icon)));
            button.child(label(e.title(), "plain", TITLE_WIDTH));
            state(slot, button);
            box.child(button);
            if (context.filter(e.name()::equals).isPresent()) box.child(contextRow(slot, hovered));
        }
        box.child(label("RAM left: " + Sizes.text(left) + " of " + Sizes.text(quota), "detail", 0));
        return XmlNode.builder("dialog").child(XmlNode.builder("frame").child(box)).build();
    }

    private static void state(Slot slot, XmlNode.Builder button) {
        switch (slot.shown()) {
            case Slot.Shown.Stopped() -> button.child(label("stopped, " + Sizes.text(slot.entry().quantum()), "detail", STATE_WIDTH));
            case Slot.Shown.Running(long quota, long used, boolean hidden) -> {
                button.child(label((hidden ? "hidden, " : "running, ") + Sizes.text(used) + " of " + Sizes.text(quota), "detail", STATE_WIDTH));
                button.child(XmlNode.builder("bar").attribute("percent", quota == 0 ? 0 : Math.min(100, used * 100 / quota)).attribute("width", 40));
            }
            case Slot.Shown.Faulted(String reason) -> button.child(label("faulted: " + cut(reason), "fault", STATE_WIDTH));
            case Slot.Shown.Exited(int code) -> button.child(label("exited with code " + code, "detail", STATE_WIDTH));
            case Slot.Shown.Refused(String reason) -> button.child(label("not started: " + cut(reason), "fault", STATE_WIDTH));
        }
    }

    private static XmlNode.Builder contextRow(Slot slot, String hovered) {
        XmlNode.Builder row = XmlNode.builder("hbox");
        if (slot.running()) {
            row.child(contextButton(slot.hidden() ? SHOW : HIDE, slot.hidden() ? "Show" : "Hide", hovered));
            row.child(contextButton(RESTART, "Restart", hovered));
            row.child(contextButton(KILL, "Kill", hovered));
        } else {
            row.child(contextButton(RESTART, "Restart", hovered));
            row.child(contextButton(DISMISS, "Dismiss", hovered));
        }
        return row;
    }

    private static XmlNode.Builder contextButton(String name, String text, String hovered) {
        XmlNode.Builder b = XmlNode.builder("button").attribute("name", name);
        if (hovered.equals(name)) b.attribute("hovered", "yes");
        return b.child(label(text, "plain", 0));
    }

    private static XmlNode.Builder label(String text, String style, int minWidth) {
        XmlNode.Builder l = XmlNode.builder("label").attribute("text", text);
        if (!style.equals("plain")) l.attribute("style", style);
        if (minWidth > 0) l.attribute("min_width", minWidth);
        return l;
    }

    /** One line, the exception's package left out ({@code IllegalStateException: ...}), cut to fit. */
    private static String cut(String reason) {
        String oneLine = reason.replaceAll("\\s+", " ").replaceFirst("^(\\p{javaLowerCase}\\w*\\.)+(?=\\p{javaUpperCase})", "");
        return oneLine.length() <= REASON_CHARS ? oneLine : oneLine.substring(0, REASON_CHARS - 3) + "...";
    }
}
