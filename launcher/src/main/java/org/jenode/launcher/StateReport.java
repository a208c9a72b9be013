package org.jenode.launcher;

import java.util.List;
import org.jenode.base.xml.XmlNode;

/**
 * What the menu shows, in bytes, as the launcher's report {@code state} (with {@code <report state="yes"/>}):
 * for someone who cannot read the menu's pixels (a script, a status display, an end-to-end test).
 *
 * <pre>{@code
 * <state ram_left="185597952" ram_quota="201326592">
 *   <subsystem name="clock" state="running" ram_quota="4194304" ram_used="1310720" paid="4219904"/>
 *   <subsystem name="testnit" state="stopped"/>
 *   <subsystem name="faulty" state="faulted" reason="java.lang.IllegalStateException: ..."/>
 * </state>
 * }</pre>
 *
 * {@code ram_left} is the figure of the menu's bottom row before it is rounded; {@code paid} what the
 * launcher gave the entry's Loader session (its quantum and the loader's bookkeeping), which comes back
 * when the entry is killed.
 */
final class StateReport {

    private StateReport() { }

    static XmlNode of(List<Slot> slots, long left, long quota) {
        XmlNode.Builder state = XmlNode.builder("state").attribute("ram_left", left).attribute("ram_quota", quota);
        for (Slot slot : slots) {
            XmlNode.Builder s = XmlNode.builder("subsystem").attribute("name", slot.entry().name());
            switch (slot.shown()) {
                case Slot.Shown.Stopped() -> s.attribute("state", "stopped");
                case Slot.Shown.Running(long ramQuota, long used, boolean hidden) -> {
                    s.attribute("state", "running").attribute("ram_quota", ramQuota).attribute("ram_used", used).attribute("paid", slot.paid());
                    if (hidden) s.attribute("hidden", true);
                }
                case Slot.Shown.Faulted(String reason) -> s.attribute("state", "faulted").attribute("reason", reason);
                case Slot.Shown.Exited(int code) -> s.attribute("state", "exited").attribute("code", code);
                case Slot.Shown.Refused(String reason) -> s.attribute("state", "refused").attribute("reason", reason);
            }
            state.child(s);
        }
        return state.build();
    }
}
