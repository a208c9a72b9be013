package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.report.Reporter;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputBatch;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.slf4j.Logger;

/**
 * The nitpicker component: opens Framebuffer, Input and Timer from its parent, provides Nitpicker.
 * RPCs only mark areas dirty; the redraw runs on the framebuffer's sync signal (or a 10 ms timer while
 * the framebuffer gives no sync), so no client RPC ever waits for drawing.
 */
public final class Nitpicker implements Component {

    private final Env env;
    private final FramebufferSession fb;
    private final InputSession input;
    private final TimerSession timer;
    /** The merge window's alarm: a Timer of its own, since a new trigger replaces the previous one. */
    private final TimerSession motionTimer;
    private final MotionMerge motion;
    private final ScreenState screen;
    private final ViewStack stack;
    private final Composer composer;
    private final UserState user = new UserState(this);
    private final DirtyRects dirty = new DirtyRects();
    private final List<GuiSession> sessions = new ArrayList<>();
    private final Map<ViewCapability, View> capabilities = new IdentityHashMap<>();
    private final Map<String, Reporter> reporters = new HashMap<>();
    private Canvas canvas;
    private Policy policy;
    private GuiSession focused;
    private boolean syncSeen;
    private boolean timerArmed;
    private AttachedRom focusRom;
    private Rect drawnPointer = Rect.EMPTY;

    public Nitpicker(Env env) {
        this.env = env;
        fb = env.session(FramebufferSession.class, "", SessionArgs.ramQuota(8 * 1024));
        input = env.session(InputSession.class, "", SessionArgs.ramQuota(16 * 1024));
        timer = env.session(TimerSession.class, "", SessionArgs.ramQuota(8 * 1024));
        motionTimer = env.session(TimerSession.class, "motion", SessionArgs.ramQuota(8 * 1024));
        motion = new MotionMerge(System::nanoTime, user::handle, motionTimer::triggerOnce);
        Mode mode = fb.mode();
        canvas = new Canvas(fb.dataspace().ints(), mode.width(), mode.height());
        screen = new ScreenState(mode.area());
        stack = new ViewStack(screen);
        composer = new Composer(stack, screen);
        policy = Policy.parse(env.config().xml(), msg -> env.log().warn(msg));
        env.config().sigh(env.ep().handler(this::configChanged));
        fb.modeSigh(env.ep().handler(this::modeChanged));
        fb.syncSigh(env.ep().handler(() -> { syncSeen = true; frame(); }));
        timer.sigh(env.ep().handler(() -> {
            timerArmed = false;
            if (!syncSeen) frame(); // a stand-in only until the display has shown that it ticks
        }));
        motionTimer.sigh(env.ep().handler(motion::windowEnded));
        input.sigh(env.ep().handler(this::handleInput));
        applyFocusRom();
        report();
        dirtyAll();
        env.announce(NitpickerSession.class, request -> {
            GuiSession s = new GuiSession(this, request.label(), request.quota());
            s.domain = policy.domainFor(s.label);
            sessions.add(s);
            if (policy.focusFromRom() && focused == null) applyFocusRom(); // the ROM may name this newcomer
            return s;
        });
    }

    // ---- state shared with sessions and user state ----

    ViewStack stack() { return stack; }

    ScreenState screen() { return screen; }

    Policy policy() { return policy; }

    Logger log() { return env.log(); }

    Map<ViewCapability, View> capabilities() { return capabilities; }

    GuiSession focused() { return focused; }

    void dirty(View v) { dirty(composer.outline(v, user.mode).grown(user.mode == XrayMode.FLAT ? 0 : 20)); }

    void dirty(Rect r) {
        if (r.empty()) return;
        dirty.add(r);
        schedule();
    }

    void dirtyAll() { dirty(Rect.of(screen.area)); }

    void dirtyViewsOf(GuiSession s) { for (View v : s.views) if (v.stacked) dirty(v); }

    /** Redraws on the next sync tick; the timer stands in until the framebuffer has shown it ticks. */
    private void schedule() {
        if (!syncSeen && !timerArmed) {
            timerArmed = true;
            timer.triggerOnce(10_000);
        }
    }

    private void frame() {
        if (!dirty.empty()) {
            List<Rect> rects = dirty.take(Rect.of(screen.area));
            for (Rect r : rects) {
                composer.redraw(canvas, r, user.mode, policy.background());
                drawPointer(r);
            }
            for (Rect r : rects) fb.refresh(r);
        }
        if (user.mode != XrayMode.KILL) for (GuiSession s : sessions) s.tickSync();
    }

    // ---- pointer ----

    private boolean clientPointer() {
        for (GuiSession s : sessions) if (s.domain.origin() == Domain.Origin.POINTER && !s.views.isEmpty()) return true;
        return false;
    }

    private Rect pointerRect() { return new Rect(screen.pointer.x(), screen.pointer.y(), PointerShape.WIDTH, PointerShape.HEIGHT); }

    void pointerMoved(Point old) {
        dirty(drawnPointer);
        for (GuiSession s : sessions)
            if (s.domain.origin() == Domain.Origin.POINTER) {
                Point was = screen.pointer;
                screen.pointer = old;
                dirtyViewsOf(s);
                screen.pointer = was;
                dirtyViewsOf(s);
            }
        dirty(pointerRect());
        if (policy.reports().pointer())
            report("pointer", XmlNode.builder("pointer").attribute("xpos", screen.pointer.x()).attribute("ypos", screen.pointer.y()).build());
    }

    private void drawPointer(Rect r) {
        if (!policy.drawPointer() || clientPointer()) return;
        Rect old = canvas.clip(r);
        PointerShape.draw(canvas, screen.pointer);
        canvas.clip(old);
        drawnPointer = pointerRect();
    }

    // ---- input ----

    private void handleInput() {
        for (InputEvent e : InputBatch.drain(input)) motion.offer(e);
    }

    void focus(GuiSession s, boolean events) {
        if (s == focused) return;
        if (events && focused != null) focused.input.add(new InputEvent.Focus(false));
        focused = s;
        stack.focused = s;
        if (events && s != null) s.input.add(new InputEvent.Focus(true));
        dirtyAll();
        report();
    }

    void hoverChanged() { report(); }

    void xrayChanged() {
        dirtyAll();
        report();
    }

    void lockOut(GuiSession s) {
        dirtyAll();
        s.lockedOut = true;
        if (focused == s) focus(null, false);
    }

    GuiSession sessionLabelled(String label) {
        for (GuiSession s : sessions) if (s.label.equals(label)) return s;
        return null;
    }

    // ---- session requests ----

    /** {@code other} is recognised by the runtime as one of our own sessions; nothing of the client's runs. */
    void focusRequest(GuiSession caller, NitpickerSession other) {
        GuiSession target = env.ep().served(other, GuiSession.class).filter(sessions::contains).orElse(null);
        if (target == null || user.keyCount > 0) return;
        if (focused == null || focused.label.startsWith(caller.label)) focus(target, false);
    }

    void sessionControl(GuiSession caller, String selector, SessionControl op) {
        List<GuiSession> matching = new ArrayList<>();
        for (GuiSession s : sessions) if ((s.label + " ->").startsWith(caller.label + selector)) matching.add(s);
        for (GuiSession s : matching) {
            switch (op) {
                case HIDE -> s.visible = false;
                case SHOW -> s.visible = true;
                case TO_FRONT -> {
                    List<View> vs = new ArrayList<>(stack.views());
                    vs.removeIf(v -> v.owner != s);
                    for (int i = vs.size() - 1; i >= 0; i--) stack.toFront(vs.get(i), null);
                }
            }
        }
        dirtyAll();
    }

    void forget(GuiSession s) {
        sessions.remove(s);
        user.forget(s);
        if (focused == s) focus(null, false);
    }

    // ---- config, mode, reports ----

    private void configChanged() {
        env.config().update();
        policy = Policy.parse(env.config().xml(), msg -> env.log().warn(msg));
        for (GuiSession s : sessions) s.domain = policy.domainFor(s.label);
        stack.sort();
        applyFocusRom();
        dirtyAll();
        report();
    }

    private void applyFocusRom() {
        if (!policy.focusFromRom()) return;
        if (focusRom == null) {
            focusRom = new AttachedRom(env, "focus");
            focusRom.sigh(env.ep().handler(() -> { focusRom.update(); applyFocusRom(); }));
        }
        String label = focusRom.xml().attribute("label", "");
        focus(sessionLabelled(label), true);
    }

    private void modeChanged() {
        Mode m = fb.mode();
        canvas = new Canvas(fb.dataspace().ints(), m.width(), m.height());
        screen.area = m.area();
        dirtyAll();
        for (GuiSession s : sessions) s.modeSigh.submit();
        report();
    }

    private void report() {
        Policy.Reports r = policy.reports();
        if (r.focus()) {
            XmlNode.Builder f = XmlNode.builder("focus");
            if (user.mode == XrayMode.KILL) f.attribute("label", "").attribute("domain", "").attribute("color", "#ff4444");
            else if (focused != null) f.attribute("label", focused.label).attribute("domain", focused.domain.name())
                    .attribute("color", String.format("#%06x", focused.domain.color() & 0xffffff));
            report("focus", f.build());
        }
        if (r.hover()) {
            XmlNode.Builder h = XmlNode.builder("hover");
            if (user.pointed != null) h.attribute("label", user.pointed.label).attribute("domain", user.pointed.domain.name());
            report("hover", h.build());
        }
        if (r.xray()) report("xray", XmlNode.builder("xray").attribute("enabled", user.mode != XrayMode.FLAT ? "yes" : "no").build());
        if (r.displays()) report("displays", XmlNode.builder("displays").child(XmlNode.builder("display")
                .attribute("width", screen.area.width()).attribute("height", screen.area.height())).build());
    }

    private void report(String name, XmlNode content) {
        try {
            reporters.computeIfAbsent(name, k -> new Reporter(env, k)).report(content);
        } catch (RuntimeException e) {
            env.log().warn("cannot report {}: {}", name, e.toString());
        }
    }
}
