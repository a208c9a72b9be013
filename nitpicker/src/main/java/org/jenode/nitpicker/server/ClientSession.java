package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.input.InputQueue;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;
import org.slf4j.Logger;

/**
 * Nitpicker's side of one client's session. Everything it allocates (command buffer, event queue, views,
 * handles, pixel buffer) is charged to the client's donation. Calls only change state and mark areas
 * dirty; drawing happens on the next frame.
 */
final class ClientSession implements NitpickerSession {

    /** What a session reaches of nitpicker: the shared stack and screen, and three requests. */
    record Reach(ViewStack stack, ScreenState screen, ViewCapabilities capabilities, Logger log,
                 FocusRequest focus, ControlRequest control, Closed closed) { }

    /** {@code caller} asked to give the focus to {@code target}, a capability it passed. */
    interface FocusRequest {
        void focus(ClientSession caller, NitpickerSession target);
    }

    /** {@code caller} asked to hide, show or raise the sessions {@code selector} names. */
    interface ControlRequest {
        void control(ClientSession caller, String selector, SessionControl operation);
    }

    interface Closed {
        void closed(ClientSession s);
    }

    /** Bookkeeping cost of one view, charged to the donation. */
    static final int VIEW_COST = 256;
    static final int EVENT_CAPACITY = 200;

    private final String label;
    private final RamAccount quota;
    private final Reach reach;
    private final ViewStack stack;
    private final InputQueue input;
    private final Dataspace commands;
    private final ClientBuffer buffer;
    private final ClientFramebuffer framebuffer;
    private final HandleRegistry handles;
    private final BurstLog unknownViews;
    private final List<View> views = new ArrayList<>();
    private Domain domain = Domain.NONE;
    private boolean providesBackground;
    private boolean visible = true;
    private boolean lockedOut;
    private boolean bufferLost;
    private View backgroundView;
    private SignalHandler modeSigh = SignalHandler.NONE;

    ClientSession(String label, RamAccount quota, Reach reach) {
        this.label = label;
        this.quota = quota;
        this.reach = reach;
        this.stack = reach.stack();
        this.buffer = new ClientBuffer(label, quota);
        this.framebuffer = new ClientFramebuffer(buffer, this::refreshed, this::reallocated);
        this.handles = new HandleRegistry(quota);
        this.unknownViews = new BurstLog(reach.log(), label);
        this.commands = quota.allocate(CommandCodec.BYTES);
        try {
            this.input = new InputQueue(quota, EVENT_CAPACITY);
        } catch (RuntimeException e) {
            commands.free();
            throw e;
        }
    }

    // ---- what the rest of nitpicker asks of a session ----

    String label() { return label; }

    Domain domain() { return domain; }

    /** The policy chose {@code d}, and whether this session's background view is everybody's. */
    void assign(Domain d, boolean background) {
        domain = d;
        providesBackground = background;
        if (backgroundView != null) stack.background(backgroundView, background);
    }

    boolean visible() { return visible; }

    void visible(boolean v) { visible = v; }

    boolean lockedOut() { return lockedOut; }

    /** Kill mode: the user removed this session from the screen; it stays open. */
    void lockOut() { lockedOut = true; }

    ClientBuffer buffer() { return buffer; }

    /** The views this session created. */
    List<View> views() { return Collections.unmodifiableList(views); }

    void deliver(InputEvent e) { input.add(e); }

    /** A frame passed; {@code sync}: tell the client (not in kill mode). */
    void frame(boolean sync) {
        unknownViews.frame();
        if (sync) framebuffer.sync();
    }

    void screenModeChanged() { modeSigh.submit(); }

    // ---- the Nitpicker session ----

    @Override public FramebufferSession framebuffer() { return framebuffer; }

    @Override public InputSession input() { return input; }

    @Override public ViewHandle createView(ViewHandle parent) {
        View p = parent.valid() ? handles.lookup(parent).orElseThrow(() -> invalid(parent)) : null;
        quota.charge(VIEW_COST);
        View v = new View(this, p);
        views.add(v);
        return handles.created(v);
    }

    @Override public void destroyView(ViewHandle handle) {
        View v = handles.lookup(handle).orElse(null);
        // an imported view is only forgotten: no session destroys another's view
        if (v == null || v.owner() != this) handles.release(handle);
        else destroy(v);
    }

    /**
     * Nitpicker could not read this session's buffer while composing (its memory was freed under it): its
     * views are dropped, logged once, and the session stays, so the client can only make things worse
     * for itself.
     */
    void bufferGone() {
        if (views.isEmpty()) return;
        if (!bufferLost) reach.log().warn("{}: its buffer is gone; its views are dropped", label);
        bufferLost = true;
        for (View v : List.copyOf(views)) destroy(v);
    }

    private void destroy(View v) {
        stack.remove(v);
        views.remove(v);
        if (backgroundView == v) backgroundView = null;
        reach.capabilities().revoke(v);
        handles.releaseAll(v);
        v.destroy();
        quota.release(VIEW_COST);
    }

    @Override public ViewHandle viewHandle(ViewCapability cap, ViewHandle designated) {
        View v = reach.capabilities().lookup(cap).filter(view -> !view.destroyed())
                .orElseThrow(() -> new InvalidRequestException("not a view capability of this nitpicker"));
        return handles.imported(v, designated);
    }

    @Override public ViewCapability viewCapability(ViewHandle handle) {
        View v = handles.lookup(handle).orElseThrow(() -> invalid(handle));
        return reach.capabilities().of(v, label + " view " + handle.id());
    }

    @Override public void releaseViewHandle(ViewHandle handle) { handles.release(handle); }

    @Override public Dataspace commandDataspace() { return commands; }

    @Override public void execute() {
        for (Command c : CommandCodec.readAndReset(commands.ints())) {
            if (c instanceof Command.Nop) continue;
            handles.lookup(c.view()).ifPresentOrElse(v -> apply(c, v), () -> unknown(c, c.view()));
        }
    }

    private void apply(Command c, View v) {
        switch (c) {
            case Command.Geometry(ViewHandle _, Rect rect) -> {
                stack.dirty(v);
                v.geometry(rect, this);
                stack.dirty(v);
            }
            case Command.Offset(ViewHandle _, Point offset) -> {
                v.offset(offset);
                stack.dirty(v);
            }
            case Command.ToFront(ViewHandle _, ViewHandle neighbor) -> restack(c, v, neighbor, true);
            case Command.ToBack(ViewHandle _, ViewHandle neighbor) -> restack(c, v, neighbor, false);
            case Command.Background _ -> {
                if (v.owner() != this) return;
                if (backgroundView != null) backgroundView.background(false);
                v.background(true);
                backgroundView = v;
                stack.background(v, providesBackground);
            }
            case Command.Title(ViewHandle _, String title) -> {
                v.title(title);
                stack.dirty(v);
            }
            case Command.Nop() -> { }
        }
    }

    /** A neighbour handle that names nothing voids the command, as it does in Genode. */
    private void restack(Command c, View v, ViewHandle neighborHandle, boolean toFront) {
        View neighbor = null;
        if (neighborHandle.valid()) {
            neighbor = handles.lookup(neighborHandle).orElse(null);
            if (neighbor == null) {
                unknown(c, neighborHandle);
                return;
            }
        }
        if (neighbor == v) return;
        if (toFront) stack.toFront(v, neighbor);
        else stack.toBack(v, neighbor);
    }

    private void unknown(Command c, ViewHandle h) {
        unknownViews.warn("command " + c.getClass().getSimpleName() + " names unknown view " + h.id());
    }

    @Override public Mode mode() { return Mode.of(domain.area(reach.screen().area())); }

    @Override public void modeSigh(SignalHandler handler) { modeSigh = handler; }

    @Override public void buffer(Mode mode, boolean alpha) {
        buffer.declare(mode, alpha);
        framebuffer.modeChanged();
    }

    /** Client refresh of buffer {@code area}: dirty where its views show it. */
    private void refreshed(Rect area) {
        for (View v : views) {
            if (!stack.stacked(v)) continue;
            Point o = v.bufferOrigin(reach.screen());
            stack.dirty(area.translated(o).intersection(stack.abs(v)));
        }
    }

    private void reallocated() {
        for (View v : views) if (stack.stacked(v)) stack.dirty(v);
    }

    @Override public void focus(NitpickerSession other) { reach.focus().focus(this, other); }

    @Override public void sessionControl(String selector, SessionControl control) { reach.control().control(this, selector, control); }

    private static InvalidRequestException invalid(ViewHandle h) { return new InvalidRequestException("invalid view handle " + h.id()); }

    @Override public void close() {
        for (View v : List.copyOf(views)) destroy(v);
        for (View v : handles.views()) v.forgetPlacer(this);
        reach.closed().closed(this);
        buffer.free();
        commands.free();
        input.close();
    }
}
