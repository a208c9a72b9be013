package org.jenode.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.ServiceException;
import org.jenode.base.parent.Children;
import org.jenode.base.report.Reporter;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.launcher.dialog.Clicks;
import org.jenode.launcher.dialog.DialogHost;
import org.jenode.launcher.dialog.Gesture;

/**
 * The launcher (Genode 14.11's {@code gems/src/app/launcher}, spec §5), with each subsystem started
 * through a Loader session it pays for. Its menu is a dialog that a {@code menu_view} child draws; the
 * launcher only writes the dialog and reads the hover report and the menu's input, so it never touches
 * a pixel. A click starts a stopped entry, or raises a running one; holding the button (or the right
 * button) opens the entry's context row: hide or show, restart, kill; for one that ended, restart or
 * dismiss. Each entry shows its state and RAM, polled twice a second; the launcher's RAM left is at the
 * bottom. The config may change while it runs: new entries appear, removed ones are stopped, running
 * ones keep running and take a new {@code <config>} as a ROM update. With {@code <report state="yes"/>}
 * it reports what the menu shows, in bytes ({@link StateReport}).
 */
public final class Launcher implements Component {

    /** menu_view's RAM: its GUI session's bookkeeping and the dialog's buffer. */
    static final long MENU_QUANTUM = 3 << 20;
    /** How often the subsystems' RAM is read for the menu, in microseconds. */
    static final long POLL_US = 500_000;

    private final Env env;
    private final DialogHost dialog;
    private final TimerSession poll;
    private final TimerSession hold;
    private final Clicks clicks = new Clicks();
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private LauncherConfig config;
    private Optional<AttachedRom> xray = Optional.empty();
    private Optional<Reporter> state = Optional.empty();
    private String hovered = "";
    private Optional<String> context = Optional.empty();

    public Launcher(Env env, Children children) {
        this.env = env;
        this.config = LauncherConfig.parse(env.config().xml(), warning -> env.log().warn("{}", warning));
        config.subsystems().forEach(e -> slots.put(e.name(), new Slot(e)));
        this.dialog = new DialogHost(env, children, "menu", "launcher", MENU_QUANTUM, this::hoverChanged, this::input);
        dialog.position(config.xpos(), config.ypos());
        this.poll = env.session(TimerSession.class, "poll");
        poll.sigh(env.ep().handler(this::poll));
        poll.triggerPeriodic(POLL_US);
        this.hold = env.session(TimerSession.class, "hold");
        hold.sigh(env.ep().handler(() -> clicks.holdElapsed(hovered).ifPresent(this::gesture)));
        env.config().sigh(env.ep().handler(this::reconfigure));
        followXray();
        followReport();
        render();
    }

    // ---- what the user does ----

    private void hoverChanged(String name) {
        if (!name.equals(hovered)) {
            hovered = name;
            render();
        }
    }

    private void input(InputEvent e) { clicks.input(e, hovered).ifPresent(this::gesture); }

    private void gesture(Gesture g) {
        switch (g) {
            case Gesture.Press(String name) -> {
                if (!isContextButton(name)) context = Optional.empty();
                slot(name).filter(Slot::running).ifPresent(slot -> {
                    slot.raise();
                    hold.triggerOnce(Clicks.HOLD_US);
                });
            }
            case Gesture.Click(String name) -> {
                if (isContextButton(name)) context.flatMap(this::slot).ifPresent(slot -> contextAction(slot, name));
                else slot(name).filter(slot -> !slot.running()).ifPresent(this::start);
            }
            case Gesture.Hold(String name) -> slot(name).filter(Slot::open).ifPresent(slot -> context = Optional.of(name));
            case Gesture.Secondary(String name) -> slot(name).filter(Slot::open)
                    .ifPresent(slot -> context = context.filter(name::equals).isPresent() ? Optional.empty() : Optional.of(name));
        }
        render();
    }

    private void contextAction(Slot slot, String action) {
        switch (action) {
            case MenuDialog.HIDE -> slot.hide(true);
            case MenuDialog.SHOW -> slot.hide(false);
            case MenuDialog.RESTART -> start(slot);
            case MenuDialog.KILL, MenuDialog.DISMISS -> slot.stop();
            default -> { }
        }
        context = Optional.empty();
    }

    private void start(Slot slot) {
        slot.stop(); // an ended one is restarted: its old session goes first, and with it what the launcher paid
        slot.start(env, left(), () -> {
            slot.refresh();
            render();
        });
        if (slot.shown() instanceof Slot.Shown.Refused(String why)) env.log().warn("{} not started: {}", slot.entry().name(), why);
    }

    // ---- what changes by itself ----

    private void poll() {
        boolean changed = false;
        for (Slot slot : slots.values()) changed |= slot.refresh();
        if (changed) render();
    }

    private void reconfigure() {
        env.config().update();
        LauncherConfig next;
        try {
            next = LauncherConfig.parse(env.config().xml(), warning -> env.log().warn("{}", warning));
        } catch (XmlException e) {
            env.log().error("config rejected, keeping the running one: {}", e.getMessage());
            return;
        }
        Map<String, Slot> kept = new LinkedHashMap<>();
        for (SubsystemEntry entry : next.subsystems()) {
            Slot slot = slots.remove(entry.name());
            if (slot == null) slot = new Slot(entry);
            else reconfigure(slot, entry);
            kept.put(entry.name(), slot);
        }
        for (Slot removed : slots.values()) {
            if (removed.open()) env.log().info("stopping {} (removed from the config)", removed.entry().name());
            removed.stop();
        }
        slots.clear();
        slots.putAll(kept);
        context = context.filter(slots::containsKey);
        config = next;
        dialog.position(config.xpos(), config.ypos());
        followXray();
        followReport();
        render();
    }

    private void reconfigure(Slot slot, SubsystemEntry entry) {
        try {
            slot.reconfigure(entry);
        } catch (ServiceException e) {
            env.log().warn("{} keeps its config: {}", entry.name(), e.getMessage());
        }
    }

    /** With {@code visibility="xray"}, the menu shows only while nitpicker's X-ray mode is on (ROM {@code xray}). */
    private void followXray() {
        if (!config.xrayOnly()) {
            xray.ifPresent(AttachedRom::close);
            xray = Optional.empty();
            dialog.visible(true);
            return;
        }
        if (xray.isEmpty()) {
            AttachedRom rom = new AttachedRom(env, "xray");
            rom.sigh(env.ep().handler(this::followXray));
            xray = Optional.of(rom);
        }
        AttachedRom rom = xray.get();
        rom.update();
        boolean enabled;
        try {
            enabled = rom.validXml().map(x -> x.boolAttribute("enabled", false)).orElse(false);
        } catch (XmlException e) {
            env.log().warn("ignoring the xray ROM: {}", e.getMessage());
            enabled = false;
        }
        dialog.visible(enabled);
    }

    private void followReport() {
        if (config.reportState() && state.isEmpty()) {
            Reporter reporter = new Reporter(env, "state");
            // an empty report opens the session, so that the first figure reported already counts its cost
            reporter.report(XmlNode.builder("state").build());
            state = Optional.of(reporter);
        }
        if (!config.reportState()) {
            state.ifPresent(Reporter::close);
            state = Optional.empty();
        }
    }

    private void render() {
        state.ifPresent(this::report); // first: what its session costs is part of the RAM the menu shows
        dialog.show(MenuDialog.of(List.copyOf(slots.values()), hovered, context, left(), env.ram().quota()));
    }

    /** Reports the state, and again if the report's session cost what it names (a larger report reopens it with a larger buffer). */
    private void report(Reporter reporter) {
        for (int round = 0; round < 3; round++) {
            long before = env.ram().avail();
            reporter.report(StateReport.of(List.copyOf(slots.values()), left(), env.ram().quota()));
            if (env.ram().avail() == before) return;
        }
    }

    /**
     * The RAM the launcher has left for subsystems: what it has, less what it keeps for itself and what
     * its menu may still cost it (so that this changes only when a subsystem starts or ends, not when the
     * menu grows a row).
     */
    private long left() { return Math.max(0, env.ram().avail() - config.preserved()); }

    private Optional<Slot> slot(String name) { return Optional.ofNullable(slots.get(name)); }

    private static boolean isContextButton(String name) { return name.startsWith(" -> "); }
}
