package org.jenode.nitpicker.server;

import java.util.Optional;
import java.util.function.Supplier;

import org.jenode.base.geometry.Point;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * Input routing, the algorithm of Genode 14.11's {@code user_state.cc} (spec 3.5): motion to the pointed
 * session, keys to the focused one, click-to-focus, a drag lock while any key is held, global keys to
 * their client for the whole sequence, and the X-ray and kill keys, which nobody receives. It owns the
 * pointer position and the user's mode (kept in the {@link ScreenState} that views are seen through).
 */
final class UserState {

    /** The pointer moved away from {@code from}. */
    interface PointerMoved {
        void pointerMoved(Point from);
    }

    /** Something the reports show changed: the hovered session or the mode. */
    interface Changed {
        void changed();
    }

    private final ScreenState screen;
    private final ViewStack stack;
    private final Focus focus;
    private final SessionRegistry sessions;
    private final Supplier<Policy> policy;
    private final PointerMoved moved;
    private final Changed changed;
    private int keyCount;
    private ClientSession pointed;
    private ClientSession receiver;

    UserState(ScreenState screen, ViewStack stack, Focus focus, SessionRegistry sessions, Supplier<Policy> policy,
              PointerMoved moved, Changed changed) {
        this.screen = screen;
        this.stack = stack;
        this.focus = focus;
        this.sessions = sessions;
        this.policy = policy;
        this.moved = moved;
        this.changed = changed;
    }

    /** Whether a key or button is held: the focus may not change hands then. */
    boolean dragging() { return keyCount > 0; }

    Optional<ClientSession> hovered() { return Optional.ofNullable(pointed); }

    void handle(InputEvent e) {
        Point old = screen.pointer();
        switch (e) {
            case InputEvent.AbsoluteMotion(int x, int y) -> screen.pointer(clamp(x, y));
            case InputEvent.RelativeMotion(int dx, int dy) -> screen.pointer(clamp(old.x() + dx, old.y() + dy));
            case InputEvent.Touch t -> screen.pointer(clamp(t.x(), t.y()));
            default -> { }
        }
        if (!old.equals(screen.pointer())) moved.pointerMoved(old);
        boolean press = e instanceof InputEvent.Press || e instanceof InputEvent.Touch;
        boolean release = e instanceof InputEvent.Release || e instanceof InputEvent.TouchRelease;
        if (press) keyCount++;
        if (release && keyCount > 0) keyCount--;

        View v = stack.at(screen.pointer());
        ClientSession now = v == null ? null : v.owner();
        // The hovered session changes only between key sequences and as one starts, as in Genode; a drag
        // ends (below) with a leave for its session and the pointer's position for the one it ended on. A
        // session the pointer did not move onto (its view came there) is told where the pointer is before a
        // press or wheel reaches it; a motion tells by itself.
        if ((keyCount == 0 && !release) || (press && keyCount == 1))
            hover(now, !(e instanceof InputEvent.AbsoluteMotion || e instanceof InputEvent.RelativeMotion));
        int code = switch (e) {
            case InputEvent.Press(int c) -> c;
            case InputEvent.Release(int c) -> c;
            case InputEvent.Touch _ -> Keycodes.BTN_TOUCH;
            default -> Keycodes.KEY_UNKNOWN;
        };
        GlobalKeys keys = policy.get().globalKeys();
        GlobalKeys.Operation op = keys.operation(code);

        if (press && keyCount == 1) {
            if (screen.mode() == UserMode.KILL && code == Keycodes.BTN_LEFT) {
                if (now != null) lockOut(now);
                mode(UserMode.FLAT);
                return;
            }
            boolean button = (code >= Keycodes.BTN_LEFT && code <= Keycodes.BTN_MIDDLE) || code == Keycodes.BTN_TOUCH;
            if (button && now != null && !focus.is(now) && now.domain().clickFocus() && !policy.get().focusFromRom())
                focus.assign(now, true);
            receiver = focus.session().orElse(null);
            for (String label : keys.labels(code)) {
                Optional<ClientSession> g = sessions.labelled(label);
                if (g.isPresent()) { receiver = g.get(); break; }
            }
            if (op == GlobalKeys.Operation.XRAY) mode(screen.mode() == UserMode.XRAY ? UserMode.FLAT : UserMode.XRAY);
            if (op == GlobalKeys.Operation.KILL) mode(screen.mode() == UserMode.KILL ? UserMode.FLAT : UserMode.KILL);
            if (screen.mode() == UserMode.KILL) receiver = null;
        }
        if (screen.mode() == UserMode.KILL) return;

        switch (e) {
            case InputEvent.AbsoluteMotion _, InputEvent.RelativeMotion _ -> {
                ClientSession to = motionReceiver();
                if (to != null) {
                    Point p = relative(to);
                    to.deliver(new InputEvent.AbsoluteMotion(p.x(), p.y()));
                }
            }
            case InputEvent.Wheel _ -> {
                ClientSession to = motionReceiver();
                if (to != null) to.deliver(e);
            }
            case InputEvent.Press _, InputEvent.Release _ -> {
                if (op == GlobalKeys.Operation.NONE && receiver != null) receiver.deliver(e);
            }
            case InputEvent.Touch t -> {
                if (receiver != null) {
                    Point p = relative(receiver);
                    receiver.deliver(t.at(p.x(), p.y())); // the raw panel position passes untouched
                }
            }
            case InputEvent.TouchRelease _ -> {
                if (receiver != null) receiver.deliver(e);
            }
            case InputEvent.Character _ -> {
                if (receiver != null) receiver.deliver(e);
                else focus.session().ifPresent(f -> f.deliver(e));
            }
            case InputEvent.Focus _, InputEvent.Leave _ -> { }
        }
        if (release && keyCount == 0) {
            receiver = focus.session().orElse(null);
            hover(now, true);
        }
    }

    /**
     * The views may have moved under a pointer that stood still (Genode's {@code update_hover}): the
     * session now under it learns where the pointer is, as if it had moved there, and the one it left gets
     * its leave. Without that, a window that goes away from under the pointer leaves the frame behind it
     * unaware of the pointer until the user moves it, and a click there lands where it last saw the
     * pointer. Not while a key is held: the drag's receiver keeps the pointer.
     */
    void viewsChanged() {
        if (keyCount > 0) return;
        View v = stack.at(screen.pointer());
        hover(v == null ? null : v.owner(), true);
    }

    private void hover(ClientSession now, boolean tell) {
        if (now == pointed) return;
        if (pointed != null) pointed.deliver(new InputEvent.Leave());
        pointed = now;
        ClientSession told = tell && screen.mode() != UserMode.KILL ? motionTarget(now) : null; // kill mode tells nobody
        if (told != null) {
            Point p = relative(told);
            told.deliver(new InputEvent.AbsoluteMotion(p.x(), p.y()));
        }
        changed.changed();
    }

    /** Who gets pointer motion: the drag's receiver while a key is held, else the pointed session. */
    private ClientSession motionReceiver() { return keyCount > 0 ? receiver : motionTarget(pointed); }

    private ClientSession motionTarget(ClientSession p) {
        if (p == null) return null;
        return switch (p.domain().hover()) {
            case ALWAYS -> p;
            case FOCUSED -> focus.sameDomain(p) ? p : null;
            case XRAY_FILTERED -> screen.flat() || focus.is(p) || p.domain().xray() == Domain.Xray.NO ? p : null;
        };
    }

    /** The pointer in {@code to}'s domain coordinates. */
    private Point relative(ClientSession to) { return screen.pointer().minus(screen.origin(to.domain())); }

    private Point clamp(int x, int y) { return new Point(x, y).clampedTo(screen.area()); }

    /** Kill mode's click: the session's views leave the screen and it loses the focus; it stays open. */
    private void lockOut(ClientSession s) {
        s.lockOut();
        stack.dirtyAll();
        focus.forget(s);
    }

    private void mode(UserMode m) {
        screen.mode(m);
        stack.dirtyAll();
        changed.changed();
    }

    void forget(ClientSession s) {
        if (pointed == s) pointed = null;
        if (receiver == s) receiver = null;
    }
}
