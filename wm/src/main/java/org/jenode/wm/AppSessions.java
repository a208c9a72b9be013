package org.jenode.wm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.base.RamAccount;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.report.Reporter;
import org.jenode.base.xml.XmlNode;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;

/**
 * The wm's client sessions (the root of Genode's wm): it finds a window's session by id for the
 * decorator, the focus and the resize requests, and passes on what one session's views mean to the others.
 */
final class AppSessions implements Neighbours, DecoratorSession.Contents {

    private final Shared shared;
    private final NitpickerSession focusSession;
    private final Reporter focusRequest;
    private final List<AppSession> apps = new ArrayList<>();
    private final List<DirectSession> directs = new ArrayList<>();
    private final List<DecoratorSession> decorators = new ArrayList<>();
    private long raised;
    private int focusRequests;
    /** The window the layouter focused last. */
    private int focused;

    /** {@code focusSession} is the wm's own real session ({@code wm}), through which it hands out the focus. */
    AppSessions(Shared shared, NitpickerSession focusSession, Reporter focusRequest) {
        this.shared = shared;
        this.focusSession = focusSession;
        this.focusRequest = focusRequest;
    }

    AppSession windowed(String label, RamAccount quota) {
        AppSession s = new AppSession(shared, label, quota, this, apps::remove);
        apps.add(s);
        return s;
    }

    DirectSession direct(String label, RamAccount quota) {
        DirectSession s = new DirectSession(shared, label, quota, this, directs::remove);
        directs.add(s);
        return s;
    }

    DecoratorSession decorator(String label, RamAccount quota) {
        DecoratorSession s = new DecoratorSession(shared, label, quota, this, decorators::remove);
        decorators.add(s);
        return s;
    }

    // ---- from the layouter ----

    /** The layouter focused window {@code id}: nitpicker gives its session the keyboard. */
    void focus(int id) {
        focused = id;
        session(id).ifPresent(s -> focusSession.focus(s.real()));
    }

    /** Gives the layouter's focus again: nitpicker refuses it while a key or button is held. */
    void refocus() { focus(focused); }

    /** The layouter asks window {@code id} for {@code size}; true if such a window exists. */
    boolean resize(int id, Area size) {
        Optional<AppSession> s = session(id);
        s.ifPresent(app -> app.requestResize(size));
        return s.isPresent();
    }

    /** The close timeout of window {@code id} has passed: close it unless its client answered. */
    void closeIfIgnored(int id) {
        session(id).filter(AppSession::closePending).ifPresent(s -> s.windowById(id).ifPresent(s::revoke));
    }

    // ---- the decorator ----

    @Override public Optional<ViewCapability> content(int id) {
        Optional<ViewCapability> content = session(id).flatMap(s -> s.content(id));
        if (content.isPresent()) {
            boolean more = true;
            while (more) {
                more = false;
                for (AppSession s : apps) more |= s.showPending();
            }
        }
        return content;
    }

    @Override public void placed(int id, Rect content) {
        session(id).flatMap(s -> s.windowById(id)).ifPresent(w -> w.content = content);
    }

    @Override public void stacked(int id) {
        session(id).flatMap(s -> s.windowById(id)).ifPresent(w -> w.raised = ++raised);
    }

    @Override public void restacked() {
        for (AppSession s : apps) s.restackAll();
    }

    // ---- between sessions ----

    @Override public void unshown(WmView view) {
        for (AppSession s : apps) s.unshowChildrenOf(view);
        if (view instanceof TopLevelView w && w.id != 0) for (DecoratorSession d : decorators) d.windowGone(w.id);
    }

    @Override public void gone(WmView view) {
        for (AppSession s : apps) s.forget(view);
    }

    /**
     * Hide and show mark the windows {@code hidden} in the window list (the layouter takes them off the
     * screen) and hide direct sessions at nitpicker; to-front asks the layouter to raise the windows
     * ({@code focus_request}, Genode 16.02) and raises direct sessions. A window is never raised behind
     * the layouter's back.
     */
    @Override public void sessionControl(String selector, SessionControl control) {
        for (AppSession s : apps) {
            if (!Selectors.selects(selector, s.label())) continue;
            switch (control) {
                case HIDE, SHOW -> s.hidden(control == SessionControl.HIDE);
                case TO_FRONT -> focusRequest.report(XmlNode.builder("focus_request")
                        .attribute("label", Text.printable(s.label())).attribute("id", ++focusRequests).build());
            }
        }
        shared.windows().flush();
        for (DirectSession d : directs) if (Selectors.selects(selector, d.label())) d.real().sessionControl("", control);
    }

    private Optional<AppSession> session(int id) {
        if (id <= 0) return Optional.empty();
        for (AppSession s : apps) if (s.windowById(id).isPresent()) return Optional.of(s);
        return Optional.empty();
    }
}
