package org.jenode.nitpicker.server;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
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
        switch (e.kind()) {
            case ABSOLUTE_MOTION -> s.pointer = clamp(((InputEvent.AbsoluteMotion) e).x(), ((InputEvent.AbsoluteMotion) e).y());
            case RELATIVE_MOTION -> s.pointer = clamp(old.x() + ((InputEvent.RelativeMotion) e).dx(), old.y() + ((InputEvent.RelativeMotion) e).dy());
            case TOUCH -> s.pointer = clamp(((InputEvent.Touch) e).x(), ((InputEvent.Touch) e).y());
            default -> { }
        }
        if (!old.equals(s.pointer)) n.pointerMoved(old);
        boolean press = e.kind() == InputEvent.Kind.PRESS || e.kind() == InputEvent.Kind.TOUCH;
        boolean release = e.kind() == InputEvent.Kind.RELEASE || e.kind() == InputEvent.Kind.TOUCH_RELEASE;
        if (press) keyCount++;
        if (release && keyCount > 0) keyCount--;

        View v = n.stack().at(s.pointer, mode);
        GuiSession now = v == null ? null : v.owner;
        if (now != pointed) {
            if (pointed != null) pointed.input.add(new InputEvent.Leave());
            pointed = now;
            n.hoverChanged();
        }
        int code = e.kind() == InputEvent.Kind.PRESS ? ((InputEvent.Press) e).code()
                : e.kind() == InputEvent.Kind.RELEASE ? ((InputEvent.Release) e).code()
                : e.kind() == InputEvent.Kind.TOUCH ? Keycodes.BTN_TOUCH : Keycodes.KEY_UNKNOWN;
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

        switch (e.kind()) {
            case ABSOLUTE_MOTION, RELATIVE_MOTION, WHEEL -> {
                GuiSession to = keyCount > 0 ? receiver : motionTarget(pointed);
                InputEvent out = e.kind() == InputEvent.Kind.WHEEL ? e : absolute(to);
                if (to != null) to.input.add(out);
            }
            case PRESS, RELEASE -> {
                if (op == GlobalKeys.Operation.NONE && receiver != null) receiver.input.add(e);
            }
            case TOUCH -> {
                if (receiver != null) {
                    Point p = relative(receiver);
                    receiver.input.add(new InputEvent.Touch(((InputEvent.Touch) e).id(), p.x(), p.y()));
                }
            }
            case TOUCH_RELEASE, CHARACTER -> {
                if (receiver != null) receiver.input.add(e);
                else if (n.focused() != null && e.kind() == InputEvent.Kind.CHARACTER) n.focused().input.add(e);
            }
            case FOCUS, LEAVE -> { }
        }
        if (release && keyCount == 0) receiver = n.focused();
    }

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
        Point p = to == null ? Point.ORIGIN : relative(to);
        return new InputEvent.AbsoluteMotion(p.x(), p.y());
    }

    /** The pointer in {@code to}'s domain coordinates. */
    private Point relative(GuiSession to) { return n.screen().pointer.minus(n.screen().origin(to.domain)); }

    private Point clamp(int x, int y) {
        Rect r = Rect.of(n.screen().area);
        return new Point(Math.max(0, Math.min(x, r.width() - 1)), Math.max(0, Math.min(y, r.height() - 1)));
    }

    private void setMode(XrayMode m) {
        mode = m;
        n.xrayChanged();
    }

    void forget(GuiSession s) {
        if (pointed == s) pointed = null;
        if (receiver == s) receiver = null;
    }
}
