package org.jenode.nitpicker.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.SessionRequest;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlException;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.input.InputReader;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;

/**
 * The nitpicker component: opens Framebuffer, Input and Timer from its parent, provides Nitpicker, and
 * wires the owners of its state together: the {@link Display}, the {@link ScreenState}, the {@link Focus},
 * the {@link FrameScheduler}, the {@link ViewStack}, the {@link SessionRegistry}, motion merging
 * ({@link MotionMerge}), input routing
 * ({@link UserState}), the {@link Composer}, the {@link PointerOverlay} and the {@link Reports}. The
 * config ({@link Policy}) and the focus ROM are read here.
 */
public final class Nitpicker implements Component {

    private final Env env;
    private final InputReader input;
    private final Display display;
    private final ScreenState screen;
    private final Focus focus;
    private final FrameScheduler frames;
    private final ViewStack stack;
    private final SessionRegistry sessions = new SessionRegistry();
    private final Composer composer;
    /** The sessions whose buffers were gone while the current frame was drawn; their views go after it. */
    private final Set<ClientSession> buffersGone = new LinkedHashSet<>();
    private final PointerOverlay pointer;
    private final UserState user;
    private final MotionMerge motion;
    private final Reports reports;
    private final ClientSession.Reach reach;
    private Policy policy;
    private AttachedRom focusRom;

    public Nitpicker(Env env) {
        this.env = env;
        FramebufferSession fb = env.session(FramebufferSession.class, "", SessionArgs.ramQuota(8 * 1024));
        InputSession inputSession = env.session(InputSession.class, "", SessionArgs.ramQuota(16 * 1024));
        input = new InputReader(inputSession);
        TimerSession timer = env.session(TimerSession.class, "", SessionArgs.ramQuota(8 * 1024));
        policy = Policy.parse(env.config().xml(), msg -> env.log().warn(msg));
        display = new Display(fb);
        screen = new ScreenState(display.area());
        focus = new Focus(this::focusChanged);
        frames = new FrameScheduler(timer, screen::area, this::frame);
        stack = new ViewStack(screen, focus, frames);
        composer = new Composer(stack, screen, focus, buffersGone::add);
        pointer = new PointerOverlay(screen, stack, sessions, this::policy);
        user = new UserState(screen, stack, focus, sessions, this::policy, this::pointerMoved, this::report);
        // The merge window's alarm is a Timer of its own: a new trigger replaces the previous one.
        TimerSession motionTimer = env.session(TimerSession.class, "motion", SessionArgs.ramQuota(8 * 1024));
        motion = new MotionMerge(System::nanoTime, user::handle, motionTimer::triggerOnce);
        reports = new Reports(env, this::policy, focus, screen, user::hovered);
        reach = new ClientSession.Reach(stack, screen, new ViewCapabilities(), env.log(), this::focusRequest,
                this::control, this::closed);

        env.config().sigh(env.ep().handler(this::configChanged));
        fb.modeSigh(env.ep().handler(this::modeChanged));
        fb.syncSigh(env.ep().handler(frames::sync));
        timer.sigh(env.ep().handler(frames::timeout));
        motionTimer.sigh(env.ep().handler(motion::windowEnded));
        inputSession.sigh(env.ep().handler(this::handleInput));
        applyFocusRom();
        reports.update();
        stack.dirtyAll();
        env.announce(NitpickerSession.class, this::open);
    }

    private Policy policy() { return policy; }

    private ClientSession open(SessionRequest<NitpickerSession> request) {
        ClientSession s = new ClientSession(request.label(), request.quota(), reach);
        s.assign(policy.domainFor(s.label()), policy.backgroundFor(s.label()));
        sessions.add(s);
        if (policy.focusFromRom() && focus.session().isEmpty()) applyFocusRom(); // the ROM may name this newcomer
        return s;
    }

    private void frame(List<Rect> dirty) {
        Composer.Frame f = new Composer.Frame(display.canvas(), screen.mode(), policy.background());
        for (Rect r : dirty) {
            composer.redraw(f, r);
            pointer.draw(f.screen(), r);
        }
        display.refresh(dirty);
        buffersGone.forEach(ClientSession::bufferGone);
        buffersGone.clear();
        user.viewsChanged(); // every change of the stack dirties the screen, so it ends in a frame
        boolean sync = screen.mode() != UserMode.KILL;
        for (ClientSession s : sessions.all()) s.frame(sync);
    }

    private void handleInput() {
        input.drain(motion::offer);
    }

    private void pointerMoved(Point from) {
        pointer.moved(from);
        reports.pointer(screen.pointer());
    }

    private void focusChanged() {
        stack.dirtyAll();
        reports.update();
    }

    private void report() { reports.update(); }

    /** {@code target} is recognised by the runtime as one of our own sessions; nothing of the client's runs. */
    private void focusRequest(ClientSession caller, NitpickerSession target) {
        env.served(target, ClientSession.class).filter(sessions::contains)
                .ifPresent(t -> focus.request(caller, t, user.dragging()));
    }

    private void control(ClientSession caller, String selector, SessionControl op) { sessions.control(caller, selector, op, stack); }

    private void closed(ClientSession s) {
        sessions.remove(s);
        user.forget(s);
        focus.forget(s);
        reports.update();
    }

    private void configChanged() {
        env.config().update();
        try {
            policy = Policy.parse(env.config().xml(), msg -> env.log().warn(msg));
        } catch (XmlException e) {
            env.log().error("config rejected, keeping the previous one: {}", e.getMessage());
            return;
        }
        sessions.assign(policy);
        stack.sort();
        applyFocusRom();
        stack.dirtyAll();
        reports.update();
    }

    private void applyFocusRom() {
        if (!policy.focusFromRom()) return;
        if (focusRom == null) {
            focusRom = new AttachedRom(env, "focus");
            focusRom.sigh(env.ep().handler(() -> {
                focusRom.update();
                applyFocusRom();
            }));
        }
        String label = focusRom.xml().attribute("label", "");
        focus.assign(sessions.labelled(label).orElse(null), true);
    }

    private void modeChanged() {
        screen.area(display.attach());
        stack.dirtyAll();
        for (ClientSession s : sessions.all()) s.screenModeChanged();
        reports.update();
    }
}
