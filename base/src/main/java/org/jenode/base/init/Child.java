package org.jenode.base.init;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenode.base.RamAccount;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.ChildHandle;
import org.jenode.base.rom.RomModule;

/**
 * init's record of one child: its start node, config ROM, RAM, the services it announced, and what
 * became of it. Used on init's entrypoint only.
 */
final class Child {

    enum State { RUNNING, FAULTED, EXITED, STOPPED, SKIPPED }

    private final String name;
    private final RomModule config = new RomModule("config");
    private final Map<String, Announcement> announced = new HashMap<>();
    private StartNode start;
    private State state = State.RUNNING;
    private String message = "";
    private boolean stalled;
    private ChildHandle handle;
    private RamAccount ram;

    Child(StartNode start) {
        this.name = start.name();
        this.start = start;
        config.set(start.configText());
    }

    String name() { return name; }

    StartNode start() { return start; }

    State state() { return state; }

    /** Why the child faulted, exited with an error or was not started; empty otherwise. */
    String message() { return message; }

    RomModule config() { return config; }

    Optional<Announcement> announcement(String service) { return Optional.ofNullable(announced.get(service)); }

    /** The services it announced, in name order. */
    List<String> announced() { return announced.keySet().stream().sorted().toList(); }

    /** Whether it may still serve: running, and declaring or having announced {@code service}. */
    boolean mayProvide(String service) {
        return state == State.RUNNING && (announced.containsKey(service) || start.provides().contains(service));
    }

    Optional<RamAccount> ram() { return Optional.ofNullable(ram); }

    Optional<ChildHandle> handle() { return Optional.ofNullable(handle); }

    boolean stalled() { return stalled; }

    void launched(ChildHandle started, RamAccount account) {
        this.handle = started;
        this.ram = account;
    }

    /** Not started, as Genode's init skipped a start node whose binary it could not find. */
    void skipped(String why) {
        state = State.SKIPPED;
        message = why;
    }

    void announced(Announcement announcement) { announced.put(announcement.service(), announcement); }

    /** Takes an equal start node read anew, whose positions may have moved. */
    void renew(StartNode same) { start = same; }

    /** Takes a start node that differs from the current one only in its {@code <config>}. */
    void reconfigure(StartNode newStart) {
        start = newStart;
        config.set(newStart.configText());
    }

    /** Records a change of the stall watch's verdict; true if it changed. */
    boolean stalled(boolean now) {
        boolean changed = stalled != now;
        stalled = now;
        return changed;
    }

    void exited(int code) {
        state = State.EXITED;
        message = code == 0 ? "" : "exit code " + code;
    }

    void faulted(String why) {
        state = State.FAULTED;
        message = why;
    }

    /** The child is gone: its announcements with it, its quota back to init once its sessions have ended. */
    void stopped() {
        announced.clear();
        stalled = false;
        if (ram != null) ram.close();
        if (state == State.RUNNING) state = State.STOPPED;
    }

    @Override public String toString() { return "child " + name; }
}
