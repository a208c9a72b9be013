package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.RamAccount;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputQueue;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;

/**
 * The server side of one GUI session. Everything it allocates (command buffer, event queue, views,
 * pixel buffer) is charged to the client's donation. RPCs only change state and mark areas dirty;
 * drawing happens later on nitpicker's redraw tick.
 */
final class GuiSession implements NitpickerSession {

    /** Bookkeeping cost of one view or handle, charged to the donation. */
    static final int VIEW_COST = 256;
    static final int EVENT_CAPACITY = 200;

    final Nitpicker server;
    final String label;
    final RamAccount quota;
    final InputQueue input;
    private final Dataspace commands;
    private final ClientFramebuffer framebuffer = new ClientFramebuffer(this);
    private final Map<Integer, View> handles = new HashMap<>();
    final List<View> views = new ArrayList<>();
    private int nextHandle;
    Domain domain = Domain.NONE;
    boolean visible = true;
    boolean lockedOut;
    View backgroundView;
    Mode bufferMode = new Mode(0, 0);
    boolean bufferAlpha;
    private Mode allocatedMode;
    /** Whether the allocated buffer has the input mask: what nitpicker reads, whatever was declared since. */
    private boolean allocatedAlpha;
    private Dataspace buffer;
    SignalHandler modeSigh = SignalHandler.NONE;

    GuiSession(Nitpicker server, String label, RamAccount quota) {
        this.server = server;
        this.label = label;
        this.quota = quota;
        this.commands = quota.allocate(CommandCodec.BYTES);
        try {
            this.input = new InputQueue(quota, EVENT_CAPACITY);
        } catch (RuntimeException e) {
            commands.free();
            throw e;
        }
    }

    @Override public FramebufferSession framebuffer() { return framebuffer; }

    @Override public InputSession input() { return input; }

    @Override public ViewHandle createView(ViewHandle parent) {
        View p = parent.valid() ? lookup(parent) : null;
        if (parent.valid() && p == null) throw new InvalidRequestException("invalid parent view handle " + parent.id());
        quota.charge(VIEW_COST);
        View v = new View(this, p);
        views.add(v);
        return bind(v);
    }

    @Override public void destroyView(ViewHandle handle) {
        View v = lookup(handle);
        if (v == null) return;
        releaseViewHandle(handle);
        if (v.owner != this) return; // an imported view is only forgotten, never destroyed by another session
        server.dirty(v);
        server.stack().remove(v);
        views.remove(v);
        if (backgroundView == v) backgroundView = null;
        if (v.capability != null) server.capabilities().remove(v.capability);
        quota.release(VIEW_COST);
    }

    @Override public ViewHandle viewHandle(ViewCapability cap, ViewHandle designated) {
        View v = cap == null ? null : server.capabilities().get(cap);
        if (v == null) throw new InvalidRequestException("not a view capability of this nitpicker");
        if (designated.valid() && !handles.containsKey(designated.id())) {
            quota.charge(VIEW_COST);
            handles.put(designated.id(), v);
            return designated;
        }
        return bind(v);
    }

    @Override public ViewCapability viewCapability(ViewHandle handle) {
        View v = lookup(handle);
        if (v == null) throw new InvalidRequestException("invalid view handle " + handle.id());
        if (v.capability == null) {
            v.capability = new ViewCapability(label + " view " + handle.id());
            server.capabilities().put(v.capability, v);
        }
        return v.capability;
    }

    @Override public void releaseViewHandle(ViewHandle handle) {
        View gone = handles.remove(handle.id());
        if (gone != null && gone.owner != this) quota.release(VIEW_COST);
    }

    @Override public Dataspace commandDataspace() { return commands; }

    @Override public void execute() {
        for (Command c : CommandCodec.readAndReset(commands.ints())) {
            if (c instanceof Command.Nop) continue;
            View v = lookup(c.view());
            if (v == null) {
                server.log().warn("{}: command {} names unknown view {}", label, c.getClass().getSimpleName(), c.view().id());
                continue;
            }
            apply(c, v);
        }
    }

    private void apply(Command c, View v) {
        switch (c) {
            case Command.Geometry(ViewHandle _, Rect rect) -> {
                server.dirty(v);
                v.geometry = rect;
                server.dirty(v);
            }
            case Command.Offset(ViewHandle _, Point offset) -> {
                v.offset = offset;
                server.dirty(v);
            }
            case Command.ToFront(ViewHandle _, ViewHandle neighbor) -> restack(v, neighbor, true);
            case Command.ToBack(ViewHandle _, ViewHandle neighbor) -> restack(v, neighbor, false);
            case Command.Background _ -> {
                if (v.owner != this) return;
                if (backgroundView != null) backgroundView.background = false;
                v.background = true;
                backgroundView = v;
                if (label.equals("backdrop")) server.stack().defaultBackground = v;
                server.dirtyAll();
            }
            case Command.Title(ViewHandle _, String title) -> {
                v.title(title);
                server.dirty(v);
            }
            case Command.Nop() -> { }
        }
    }

    private void restack(View v, ViewHandle neighborHandle, boolean toFront) {
        View neighbor = neighborHandle.valid() ? lookup(neighborHandle) : null;
        if (neighbor == v) return;
        server.dirty(v);
        if (toFront) server.stack().toFront(v, neighbor);
        else server.stack().toBack(v, neighbor);
        server.dirty(v);
    }

    @Override public Mode mode() { return Mode.of(domain.area(server.screen().area)); }

    @Override public void modeSigh(SignalHandler handler) { modeSigh = handler; }

    @Override public void buffer(Mode mode, boolean alpha) {
        long need = NitpickerSession.ramQuota(mode, alpha);
        long have = quota.avail() + (buffer == null ? 0 : buffer.size());
        if (need > have || need > Integer.MAX_VALUE) throw new QuotaExceededException(label + " buffer", need, have);
        bufferMode = mode;
        bufferAlpha = alpha;
        framebuffer.modeChanged();
    }

    /** Allocates the declared buffer on the client's {@code dataspace()} call, from its donation. */
    Dataspace allocateBuffer() {
        if (buffer != null && bufferMode.equals(allocatedMode) && bufferAlpha == allocatedAlpha) return buffer;
        if (buffer != null) buffer.free();
        buffer = null;
        buffer = quota.allocate((int) NitpickerSession.ramQuota(bufferMode, bufferAlpha));
        allocatedMode = bufferMode;
        allocatedAlpha = bufferAlpha;
        server.dirtyViewsOf(this);
        return buffer;
    }

    /** The pixels nitpicker draws from, or null while the client has no buffer. */
    Dataspace pixels() { return buffer; }

    Mode pixelMode() { return allocatedMode; }

    boolean alpha() { return buffer != null && allocatedAlpha; }

    /** Whether the input mask admits buffer pixel {@code p}; buffers without alpha take every pixel. */
    boolean inputMaskAt(Point p) {
        if (!alpha()) return true;
        Mode m = allocatedMode;
        if (!m.area().contains(p)) return false;
        return buffer.bytes().get(m.width() * m.height() * 4 + p.y() * m.width() + p.x()) != 0;
    }

    /** Client refresh of buffer {@code area}: dirty where views show it. */
    void refreshed(Rect area) {
        for (View v : views) {
            if (!v.stacked) continue;
            Point o = v.bufferOrigin(server.screen());
            server.dirty(area.translated(o).intersection(server.stack().abs(v)));
        }
    }

    @Override public void focus(NitpickerSession other) { server.focusRequest(this, other); }

    @Override public void sessionControl(String selector, SessionControl control) { server.sessionControl(this, selector, control); }

    void tickSync() {
        framebuffer.syncSigh.submit();
    }

    private ViewHandle bind(View v) {
        while (handles.containsKey(nextHandle)) nextHandle++;
        if (v.owner != this) quota.charge(VIEW_COST);
        handles.put(nextHandle, v);
        return new ViewHandle(nextHandle++);
    }

    private View lookup(ViewHandle h) { return handles.get(h.id()); }

    @Override public void close() {
        for (View v : List.copyOf(views)) {
            server.dirty(v);
            server.stack().remove(v);
            if (v.capability != null) server.capabilities().remove(v.capability);
        }
        views.clear();
        handles.clear();
        server.forget(this);
        if (buffer != null) buffer.free();
        commands.free();
        input.close();
    }
}
