package org.jenode.nitpicker.server;

import org.jenode.base.geometry.Point;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * Input routing, the algorithm of Genode 14.11's {@code user_state.cc} (spec 3.5): motion to the pointed
 * session, keys to the focused one, click-to-focus, a drag lock while any key is held, global keys to
 * their client for the whole sequence, and the X-ray and kill keys, which nobody receives.
 */
final class UserState {

    private final Nitpicker n;
    int keyCount;
    GuiSession pointed;
    GuiSession receiver;
    XrayMode mode = XrayMode.FLAT;

    UserState(Nitpicker n) { this.n = n; }

    void handle(InputEvent e) {
        ScreenState s = n.screen();
        Point old = s.pointer;
        switch (e) {
            case InputEvent.AbsoluteMotion(int x, int y) -> s.pointer = clamp(x, y);
            case InputEvent.RelativeMotion(int dx, int dy) -> s.pointer = clamp(old.x() + dx, old.y() + dy);
            case InputEvent.Touch t -> s.pointer = clamp(t.x(), t.y());
            default -> { }
        }
        if (!old.equals(s.pointer)) n.pointerMoved(old);
        boolean press = e instanceof InputEvent.Press || e instanceof InputEvent.Touch;
        boolean release = e instanceof InputEvent.Release || e instanceof InputEvent.TouchRelease;
        if (press) keyCount++;
        if (release && keyCount > 0) keyCount--;

        View v = n.stack().at(s.pointer, mode);
        GuiSession now = v == null ? null : v.owner;
        if (now != pointed) {
            if (pointed != null) pointed.input.add(new InputEvent.Leave());
            pointed = now;
            n.hoverChanged();
        }
        int code = switch (e) {
            case InputEvent.Press(int c) -> c;
            case InputEvent.Release(int c) -> c;
            case InputEvent.Touch _ -> Keycodes.BTN_TOUCH;
            default -> Keycodes.KEY_UNKNOWN;
        };
        GlobalKeys.Operation op = n.policy().globalKeys().operation(code);

        if (press && keyCount == 1) {
            if (mode == XrayMode.KILL && code == Keycodes.BTN_LEFT) {
                if (now != null) n.lockOut(now);
                setMode(XrayMode.FLAT);
                return;
            }
            boolean button = (code >= Keycodes.BTN_LEFT && code <= Keycodes.BTN_MIDDLE) || code == Keycodes.BTN_TOUCH;
            if (button && now != null && now != n.focused() && now.domain.clickFocus() && !n.policy().focusFromRom())
                n.focus(now, true);
            receiver = n.focused();
            for (String label : n.policy().globalKeys().labels(code)) {
                GuiSession g = n.sessionLabelled(label);
                if (g != null) { receiver = g; break; }
            }
            if (op == GlobalKeys.Operation.XRAY) setMode(mode == XrayMode.XRAY ? XrayMode.FLAT : XrayMode.XRAY);
            if (op == GlobalKeys.Operation.KILL) setMode(mode == XrayMode.KILL ? XrayMode.FLAT : XrayMode.KILL);
            if (mode == XrayMode.KILL) receiver = null;
        }
        if (mode == XrayMode.KILL) return;

        switch (e) {
            case InputEvent.AbsoluteMotion _, InputEvent.RelativeMotion _ -> {
                GuiSession to = motionReceiver();
                if (to != null) to.input.add(absolute(to));
            }
            case InputEvent.Wheel _ -> {
                GuiSession to = motionReceiver();
                if (to != null) to.input.add(e);
            }
            case InputEvent.Press _, InputEvent.Release _ -> {
                if (op == GlobalKeys.Operation.NONE && receiver != null) receiver.input.add(e);
            }
            case InputEvent.Touch t -> {
                if (receiver != null) {
                    Point p = relative(receiver);
                    receiver.input.add(t.at(p.x(), p.y())); // the raw panel position passes untouched
                }
            }
            case InputEvent.TouchRelease _ -> {
                if (receiver != null) receiver.input.add(e);
            }
            case InputEvent.Character _ -> {
                if (receiver != null) receiver.input.add(e);
                else if (n.focused() != null) n.focused().input.add(e);
            }
            case InputEvent.Focus _, InputEvent.Leave _ -> { }
        }
        if (release && keyCount == 0) receiver = n.focused();
    }

    /** Who gets pointer motion: the drag's receiver while a key is held, else the pointed session. */
    private GuiSession motionReceiver() { return keyCount > 0 ? receiver : motionTarget(pointed); }

    private GuiSession motionTarget(GuiSession p) {
        if (p == null) return null;
        GuiSession focused = n.focused();
        return switch (p.domain.hover()) {
            case ALWAYS -> p;
            case FOCUSED -> focused != null && focused.domain == p.domain ? p : null;
            case XRAY_FILTERED -> mode == XrayMode.FLAT || p == focused || p.domain.xray() == Domain.Xray.NO ? p : null;
        };
    }

    private InputEvent absolute(GuiSession to) {
        Point p = relative(to);
        return new InputEvent.AbsoluteMotion(p.x(), p.y());
    }

    /** The pointer in {@code to}'s domain coordinates. */
    private Point relative(GuiSession to) { return n.screen().pointer.minus(n.screen().origin(to.domain)); }

    private Point clamp(int x, int y) { return new Point(x, y).clampedTo(n.screen().area); }

    private void setMode(XrayMode m) {
        mode = m;
        n.xrayChanged();
    }

    void forget(GuiSession s) {
        if (pointed == s) pointed = null;
        if (receiver == s) receiver = null;
    }
}
