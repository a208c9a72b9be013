package org.jenode.wm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Consumer;
import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.RamAccount;
import org.jenode.base.SignalHandler;
import org.jenode.base.Upgradable;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputReader;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;

/**
 * The Nitpicker session of an ordinary client (Genode 15.08's {@code Wm::Nitpicker::Session_component}).
 * Pixels go straight to nitpicker: the client's framebuffer is its real session's. Each top-level
 * view is a window whose real view appears only when the decorator places the window's content; the
 * client's own position and stacking of it are wishes the wm ignores. Child views become real children
 * of their parent's real view, so nitpicker clips them to the window's content.
 */
final class AppSession implements NitpickerSession, Upgradable {

    static final int EVENT_CAPACITY = 200;

    private final Shared shared;
    private final String label;
    private final RamAccount quota;
    private final Neighbours neighbours;
    private final Consumer<AppSession> closed;
    private final SessionFront front;
    private final Payment payment;
    private final NitpickerSession real;
    private final CommandQueue realCommands;
    private final Map<Integer, WmView> handles = new HashMap<>();
    private final List<TopLevelView> windows = new ArrayList<>();
    /** Own child views; siblings are stacked back to front in this order. */
    private final List<ChildView> children = new ArrayList<>();
    private int nextHandle;
    private SignalHandler modeSigh;
    private boolean alpha;
    /** The size the layouter asked for, shown by {@link #mode()}; null while none is pending. */
    private Area requested;
    private Area lastRequest;
    private boolean closeRequested, closeSeen;

    AppSession(Shared shared, String label, RamAccount quota, Neighbours neighbours, Consumer<AppSession> closed) {
        this.shared = shared;
        this.label = label;
        this.quota = quota;
        this.neighbours = neighbours;
        this.closed = closed;
        this.front = SessionFront.open(shared.env(), quota, label, EVENT_CAPACITY);
        this.payment = front.payment();
        this.real = front.real();
        this.realCommands = new CommandQueue(real);
        InputSession realInput = real.input();
        InputReader reader = new InputReader(realInput);
        WindowInput translation = new WindowInput(front.input(), shared.layouter(), this::windowAt);
        realInput.sigh(shared.env().ep().handler(() -> reader.drain(translation::handle)));
        real.modeSigh(shared.env().ep().handler(this::signalMode));
    }

    String label() { return label; }

    NitpickerSession real() { return real; }

    // ---- the Nitpicker session ----

    @Override public FramebufferSession framebuffer() { return real.framebuffer(); }

    @Override public InputSession input() { return front.input(); }

    @Override public ViewHandle createView(ViewHandle parent) {
        Require.present(parent, "parent");
        WmView p = parent.valid() ? view(parent) : null;
        WmView v = p == null ? new TopLevelView(this) : new ChildView(this, p);
        ViewHandle h = bind(v); // charged before anything is kept
        switch (v) {
            case TopLevelView w -> windows.add(w);
            case ChildView c -> {
                if (p.shown()) {
                    try {
                        show(c);
                    } catch (QuotaExceededException e) {
                        releaseViewHandle(h);
                        throw e;
                    }
                }
                children.add(c);
                if (c.shown()) restack(c.window());
            }
        }
        return h;
    }

    @Override public void destroyView(ViewHandle handle) {
        Require.present(handle, "view");
        WmView v = handles.get(handle.id());
        if (v == null) return;
        if (v.owner != this) { // an imported view is only forgotten
            releaseViewHandle(handle);
            return;
        }
        dropHandles(v);
        switch (v) {
            case TopLevelView w -> {
                windows.remove(w);
                endWindow(w);
            }
            case ChildView c -> {
                children.remove(c);
                unshow(c);
            }
        }
        shared.capabilities().revoke(v);
        neighbours.gone(v);
        shared.windows().flush();
    }

    @Override public ViewHandle viewHandle(ViewCapability capability, ViewHandle designated) {
        Require.present(capability, "view capability");
        Require.present(designated, "designated handle");
        WmView v = shared.capabilities().lookup(capability)
                .orElseThrow(() -> new InvalidRequestException("not a view capability of this wm"));
        if (designated.valid() && !handles.containsKey(designated.id())) {
            quota.charge(Payment.VIEW);
            handles.put(designated.id(), v);
            return designated;
        }
        return bind(v);
    }

    @Override public ViewCapability viewCapability(ViewHandle handle) {
        Require.present(handle, "view");
        return shared.capabilities().of(view(handle));
    }

    @Override public void releaseViewHandle(ViewHandle handle) {
        Require.present(handle, "view");
        if (handles.remove(handle.id()) != null) quota.release(Payment.VIEW);
    }

    @Override public Dataspace commandDataspace() { return front.commands(); }

    @Override public void execute() {
        for (Command c : CommandCodec.readAndReset(front.commands().ints())) {
            WmView v = handles.get(c.view().id());
            // commands go to own views only: an imported view is a parent to nest in, not the importer's to move
            if (v == null || v.owner != this) continue;
            switch (v) {
                case TopLevelView w -> window(w, c);
                case ChildView child -> child(child, c);
            }
        }
        realCommands.execute();
        shared.windows().flush();
    }

    @Override public Mode mode() {
        if (closeRequested) closeSeen = true;
        if (requested != null) return Mode.of(requested);
        for (TopLevelView w : windows) if (!w.geometry.empty()) return Mode.of(w.geometry.area());
        return real.mode();
    }

    @Override public void modeSigh(SignalHandler handler) {
        Require.present(handler, "mode signal handler");
        modeSigh = handler;
        // a client that listens to mode changes can follow a resize: Genode 16.02's test for "resizeable"
        for (TopLevelView w : windows) if (w.id != 0) shared.windows().update(w.id, a -> a.resizeable(true));
        shared.windows().flush();
    }

    @Override public void buffer(Mode mode, boolean withAlpha) {
        Require.present(mode, "mode");
        payment.buffer(mode, withAlpha);
        real.buffer(mode, withAlpha);
        alpha = withAlpha;
        for (TopLevelView w : windows) if (w.id != 0) shared.windows().update(w.id, a -> a.alpha(withAlpha));
        shared.windows().flush();
    }

    /** Genode's wm ignores it: who has the focus is the layouter's word. */
    @Override public void focus(NitpickerSession session) { Require.present(session, "session"); }

    @Override public void sessionControl(String selector, SessionControl control) {
        Require.present(selector, "selector");
        Require.present(control, "operation");
        neighbours.sessionControl(Selectors.below(label, selector), control);
    }

    /** The client's upgrade goes on to its real session (Genode's wm forwarded it), but for the wm's reserve. */
    @Override public void upgraded(long ramQuota) { payment.upgraded(ramQuota); }

    @Override public void close() {
        for (TopLevelView w : List.copyOf(windows)) {
            endWindow(w);
            neighbours.gone(w);
        }
        for (ChildView c : List.copyOf(children)) {
            unshow(c);
            neighbours.gone(c);
        }
        windows.clear();
        children.clear();
        handles.clear();
        shared.windows().flush();
        front.close();
        closed.accept(this);
    }

    // ---- commands ----

    private void window(TopLevelView w, Command c) {
        switch (c) {
            case Command.Geometry(ViewHandle _, Rect rect) -> geometry(w, rect);
            case Command.Offset(ViewHandle _, Point offset) -> {
                w.offset = offset;
                if (w.shown()) realCommands.enqueue(new Command.Offset(w.real, offset));
            }
            case Command.Title(ViewHandle _, String title) -> {
                w.title = title;
                if (w.id != 0) shared.windows().update(w.id, a -> a.title(title));
                if (w.shown()) realCommands.enqueue(new Command.Title(w.real, title));
            }
            // the client may not restack its window: the layouter does, when the user asks
            case Command.ToFront _, Command.ToBack _, Command.Background _, Command.Nop _ -> { }
        }
    }

    /** The first geometry makes the view a window; later ones change only its size (the position is virtual). */
    private void geometry(TopLevelView w, Rect rect) {
        w.geometry = rect;
        if (w.revoked) return;
        if (w.id == 0) w.id = shared.windows().create(label, w.title, alpha, modeSigh != null);
        shared.windows().update(w.id, a -> a.size(rect.area()));
        if (closeSeen && !rect.empty()) { // it read the close request and answered with a size: it stays
            closeRequested = closeSeen = false;
            requested = lastRequest = null;
        }
    }

    private void child(ChildView v, Command c) {
        switch (c) {
            case Command.Geometry(ViewHandle _, Rect rect) -> {
                v.geometry = rect;
                if (v.shown()) realCommands.enqueue(new Command.Geometry(v.real, rect));
            }
            case Command.Offset(ViewHandle _, Point offset) -> {
                v.offset = offset;
                if (v.shown()) realCommands.enqueue(new Command.Offset(v.real, offset));
            }
            case Command.Title(ViewHandle _, String title) -> {
                v.title = title;
                if (v.shown()) realCommands.enqueue(new Command.Title(v.real, title));
            }
            case Command.ToFront(ViewHandle _, ViewHandle neighbor) -> reorder(v, neighbor, true);
            case Command.ToBack(ViewHandle _, ViewHandle neighbor) -> reorder(v, neighbor, false);
            case Command.Background _, Command.Nop _ -> { }
        }
    }

    /** Moves {@code v} among its siblings: in front of or behind {@code neighbor}, or to the front or back. */
    private void reorder(ChildView v, ViewHandle neighbor, boolean toFront) {
        WmView n = handles.get(neighbor.id());
        children.remove(v);
        int at = n instanceof ChildView sibling && sibling.parent == v.parent ? children.indexOf(sibling) : -1;
        if (at < 0) children.add(toFront ? children.size() : 0, v);
        else children.add(toFront ? at + 1 : at, v);
        restack(v.window());
    }

    // ---- real views, on behalf of the decorator and the other sessions ----

    /**
     * The window's content as a real view, made on first use; the decorator binds it into its frame.
     * Empty if the client cannot pay for it: the decorator's commands go on, the window stays unshown.
     */
    Optional<ViewCapability> content(int id) {
        for (TopLevelView w : windows) {
            if (w.id != id) continue;
            if (!w.shown()) {
                try {
                    payment.viewCreated();
                } catch (QuotaExceededException e) {
                    shared.env().log().warn("window {} of '{}' stays hidden: {}", id, label, e.getMessage());
                    return Optional.empty();
                }
                w.real = real.createView(ViewHandle.NONE);
                realCommands.enqueue(new Command.Offset(w.real, w.offset)).enqueue(new Command.Title(w.real, w.title)).execute();
            }
            return Optional.of(real.viewCapability(w.real));
        }
        return Optional.empty();
    }

    Optional<TopLevelView> windowById(int id) {
        return windows.stream().filter(w -> w.id == id).findFirst();
    }

    /** A real view of this session as a capability, so that a view of another session can nest in it. */
    ViewCapability realCapability(WmView view) { return real.viewCapability(view.real); }

    /** Shows every own child whose parent is shown (and that the client can pay for); true if one more is shown now. */
    boolean showPending() {
        boolean more = false;
        for (ChildView c : children) {
            if (c.shown() || c.parent == null || !c.parent.shown()) continue;
            try {
                show(c);
                more = true;
            } catch (QuotaExceededException e) {
                shared.env().log().warn("a view of '{}' stays hidden: {}", label, e.getMessage());
                c.parent = null; // orphaned: asking again on every raise would fail again
            }
        }
        return more;
    }

    /** Makes the real view of {@code c}, paid for first, nested in its parent's (imported if another session's). */
    private void show(ChildView c) {
        WmView p = c.parent;
        payment.viewsCreated(p.owner == this ? 1 : 2);
        c.realParent = p.owner == this ? p.real : real.viewHandle(p.owner.realCapability(p), ViewHandle.NONE);
        c.real = real.createView(c.realParent);
        realCommands.enqueue(new Command.Geometry(c.real, c.geometry)).enqueue(new Command.Offset(c.real, c.offset))
                .enqueue(new Command.Title(c.real, c.title));
    }

    /** Takes the real views of the children of {@code parent} away: it is no longer shown. */
    void unshowChildrenOf(WmView parent) {
        for (ChildView c : List.copyOf(children)) if (c.parent == parent && c.shown()) unshow(c);
    }

    /** {@code view} is destroyed: forget handles naming it, and orphan the children nested in it. */
    void forget(WmView view) {
        dropHandles(view);
        for (ChildView c : children) if (c.parent == view) c.parent = null;
    }

    private void dropHandles(WmView view) {
        int before = handles.size();
        handles.values().removeIf(v -> v == view);
        quota.release(Payment.VIEW * (before - handles.size()));
    }

    /** The window ends: its real view goes, and its entry in the window list. */
    private void endWindow(TopLevelView w) {
        unshow(w);
        if (w.id != 0) shared.windows().destroy(w.id);
        w.id = 0;
    }

    private void unshow(WmView v) {
        if (v.shown()) {
            realCommands.execute();
            real.destroyView(v.real);
            payment.viewGone();
            v.real = ViewHandle.NONE;
        }
        if (v instanceof ChildView c && c.realParent.valid()) {
            if (c.parent != null && c.parent.owner != this) {
                real.releaseViewHandle(c.realParent);
                payment.viewGone();
            }
            c.realParent = ViewHandle.NONE;
        }
        neighbours.unshown(v);
    }

    /**
     * Stacks the shown children of {@code window} in front of its content, each subtree in the order the
     * client keeps: a child stays in front of its window, behind every window in front of it.
     */
    void restack(TopLevelView window) {
        if (window != null) restackWhere(w -> w == window);
    }

    /** Stacks the shown children of every window in front of its content, as {@link #restack} does for one. */
    void restackAll() {
        if (!children.isEmpty()) restackWhere(_ -> true);
    }

    private void restackWhere(Predicate<TopLevelView> which) {
        Map<WmView, ViewHandle> anchors = new LinkedHashMap<>();
        for (ChildView c : children) {
            boolean root = !(c.parent instanceof ChildView p && p.owner == this);
            if (root && c.shown() && which.test(c.window())) anchors.putIfAbsent(c.parent, c.realParent);
        }
        anchors.forEach((parent, anchor) -> {
            ViewHandle behind = anchor;
            for (ChildView c : children) if (c.parent == parent && c.shown()) behind = place(c, behind);
        });
        realCommands.execute();
    }

    private ViewHandle place(ChildView c, ViewHandle behind) {
        realCommands.enqueue(new Command.ToFront(c.real, behind));
        ViewHandle front = c.real;
        for (ChildView d : children) if (d.parent == c && d.shown()) front = place(d, front);
        return front;
    }

    // ---- resize, close, input ----

    /** The layouter asks for {@code size}; 0x0 asks the client to close the window. Told through the mode signal. */
    void requestResize(Area size) {
        if (size.equals(lastRequest)) return;
        lastRequest = size;
        requested = size;
        closeRequested = size.empty();
        closeSeen = false;
        signalMode();
    }

    /** Session control: the layouter takes hidden windows off the screen. */
    void hidden(boolean hidden) {
        for (TopLevelView w : windows) if (w.id != 0) shared.windows().update(w.id, a -> a.hidden(hidden));
    }

    /** True while a close request stands that the client has not answered. */
    boolean closePending() { return closeRequested; }

    /** Closes {@code w} for the client, which ignored the close request: its real views go, its window never returns. */
    void revoke(TopLevelView w) {
        w.revoked = true;
        endWindow(w);
        shared.windows().flush();
        shared.env().log().warn("closed window of '{}': it ignored the close request", label);
    }

    private void signalMode() {
        if (modeSigh != null) modeSigh.submit();
    }

    /** The front-most window whose content lies under {@code screen}, or null. */
    private TopLevelView windowAt(Point screen) {
        TopLevelView best = null;
        for (TopLevelView w : windows) {
            if (w.shown() && w.content.contains(screen) && (best == null || w.raised > best.raised)) best = w;
        }
        return best;
    }

    private WmView view(ViewHandle h) {
        WmView v = handles.get(h.id());
        if (v == null) throw new InvalidRequestException("invalid view handle " + h.id() + " of '" + label + "'");
        return v;
    }

    private ViewHandle bind(WmView v) {
        quota.charge(Payment.VIEW);
        while (handles.containsKey(nextHandle)) nextHandle = nextHandle == Integer.MAX_VALUE ? 0 : nextHandle + 1;
        handles.put(nextHandle, v);
        return new ViewHandle(nextHandle++);
    }
}
