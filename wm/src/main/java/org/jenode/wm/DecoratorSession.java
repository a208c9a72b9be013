package org.jenode.wm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputBatch;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;

/**
 * The decorator's session (Genode 15.08's {@code Decorator_nitpicker_session}): a real session whose
 * commands pass through the wm. The decorator titles each window's content placeholder with the
 * window id; when it stacks that placeholder, the wm binds the decorator's handle to the window's real
 * content view instead, so that from then on the decorator places and stacks the client's pixels inside
 * its frame. The decorator gets no input: what the user does to the frames goes to the layouter.
 *
 * <p>The decorator's handles are the wm's own, translated to real handles, because a nitpicker handle
 * cannot be re-bound to another view in place as Genode's {@code view_handle(cap, handle)} does.
 */
final class DecoratorSession implements NitpickerSession {

    /** What the decorator's session needs of a window's client. */
    interface Contents {
        /** The window's real content view, shown from now on; empty if there is no such window. */
        Optional<ViewCapability> content(int id);

        /** The decorator put the window's content here (screen coordinates). */
        void placed(int id, Rect content);

        /** The decorator stacked the window's content: its nested views follow it. */
        void stacked(int id);
    }

    private final RamAccount quota;
    private final Contents contents;
    private final Consumer<DecoratorSession> closed;
    /** Its input queue is never fed: the decorator gets no input of its own. */
    private final SessionFront front;
    private final Payment payment;
    private final NitpickerSession real;
    private final CommandQueue realCommands;
    private final InputSession realInput;
    /** The decorator's handles and the real views (its own, or imported by it) they name. */
    private final Map<Integer, ViewHandle> own = new HashMap<>();
    /** Handles titled with a window id. */
    private final Map<Integer, Integer> windowOf = new HashMap<>();
    /** Handles bound to a window's real content, imported into the real session. */
    private final Map<Integer, ViewHandle> bound = new HashMap<>();
    /** Where the decorator last put each titled placeholder, so a content bound later starts there. */
    private final Map<Integer, Rect> placed = new HashMap<>();
    private int nextHandle;

    DecoratorSession(Shared shared, String label, RamAccount quota, Contents contents, Consumer<DecoratorSession> closed) {
        this.quota = quota;
        this.contents = contents;
        this.closed = closed;
        this.front = SessionFront.open(shared.env(), quota, label, 1);
        this.payment = front.payment();
        this.real = front.real();
        this.realCommands = new CommandQueue(real);
        this.realInput = real.input();
        LayouterInput layouter = shared.layouter();
        realInput.sigh(shared.env().ep().handler(() -> {
            for (InputEvent e : InputBatch.drain(realInput)) layouter.decoratorEvent(e);
        }));
    }

    // ---- the Nitpicker session ----

    @Override public FramebufferSession framebuffer() { return real.framebuffer(); }

    @Override public InputSession input() { return front.input(); }

    @Override public ViewHandle createView(ViewHandle parent) {
        Require.present(parent, "parent");
        ViewHandle realParent = parent.valid() ? known(parent) : ViewHandle.NONE;
        quota.charge(Payment.VIEW);
        ViewHandle view;
        try {
            view = real.createView(realParent);
        } catch (RuntimeException e) {
            quota.release(Payment.VIEW);
            throw e;
        }
        payment.viewCreated();
        return bind(view);
    }

    @Override public void destroyView(ViewHandle handle) {
        Require.present(handle, "view");
        ViewHandle view = own.remove(handle.id());
        if (view == null) return;
        unbind(handle.id(), true);
        windowOf.remove(handle.id());
        placed.remove(handle.id());
        real.destroyView(view);
        payment.viewGone();
        quota.release(Payment.VIEW);
    }

    @Override public ViewHandle viewHandle(ViewCapability capability, ViewHandle designated) {
        Require.present(capability, "view capability");
        Require.present(designated, "designated handle");
        quota.charge(Payment.VIEW);
        ViewHandle view;
        try {
            view = real.viewHandle(capability, ViewHandle.NONE);
        } catch (RuntimeException e) {
            quota.release(Payment.VIEW);
            throw e;
        }
        payment.viewCreated();
        if (designated.valid() && !own.containsKey(designated.id())) {
            own.put(designated.id(), view);
            return designated;
        }
        return bind(view);
    }

    /** The capability of the decorator's own view; a bound content's is the client's and never handed out. */
    @Override public ViewCapability viewCapability(ViewHandle handle) {
        Require.present(handle, "view");
        ViewHandle view = own.get(handle.id());
        if (view == null) throw unknown(handle);
        return real.viewCapability(view);
    }

    @Override public void releaseViewHandle(ViewHandle handle) {
        Require.present(handle, "view");
        ViewHandle view = own.remove(handle.id());
        if (view == null) return;
        unbind(handle.id(), false);
        windowOf.remove(handle.id());
        placed.remove(handle.id());
        real.releaseViewHandle(view);
        payment.viewGone();
        quota.release(Payment.VIEW);
    }

    @Override public Dataspace commandDataspace() { return front.commands(); }

    @Override public void execute() {
        for (Command c : CommandCodec.readAndReset(front.commands().ints())) {
            int handle = c.view().id();
            Integer id = windowOf.get(handle);
            switch (c) {
                case Command.Title(ViewHandle _, String title) when windowId(title) > 0 -> {
                    if (!own.containsKey(handle)) continue;
                    unbind(handle, false);
                    windowOf.put(handle, windowId(title));
                }
                case Command.ToFront _ when id != null -> {
                    bind(handle, id);
                    forward(c);
                    realCommands.execute();
                    contents.stacked(id);
                }
                case Command.Geometry(ViewHandle _, Rect rect) when id != null -> {
                    placed.put(handle, rect);
                    contents.placed(id, rect);
                    forward(c);
                }
                case Command.Offset _ when id != null -> { } // the client sets its content's offset
                default -> forward(c);
            }
        }
        realCommands.execute();
    }

    @Override public Mode mode() { return real.mode(); }

    @Override public void modeSigh(SignalHandler handler) {
        Require.present(handler, "mode signal handler");
        real.modeSigh(handler);
    }

    @Override public void buffer(Mode mode, boolean alpha) {
        Require.present(mode, "mode");
        payment.buffer(mode, alpha);
        real.buffer(mode, alpha);
    }

    @Override public void focus(NitpickerSession session) { Require.present(session, "session"); }

    @Override public void sessionControl(String selector, SessionControl control) {
        Require.present(selector, "selector");
        Require.present(control, "operation");
    }

    @Override public void close() {
        for (Integer handle : List.copyOf(bound.keySet())) unbind(handle, true);
        front.close();
        closed.accept(this);
    }

    /** The window is gone: handles bound to its content fall back to the decorator's own placeholders. */
    void windowGone(int id) {
        windowOf.forEach((handle, window) -> {
            if (window == id) unbind(handle, false);
        });
    }

    // ---- translation ----

    private void forward(Command c) {
        ViewHandle view = translated(c.view());
        if (view == null) return;
        Command out = switch (c) {
            case Command.Geometry(ViewHandle _, Rect r) -> new Command.Geometry(view, r);
            case Command.Offset(ViewHandle _, Point o) -> new Command.Offset(view, o);
            case Command.ToFront(ViewHandle _, ViewHandle n) -> neighbor(n) == null ? null : new Command.ToFront(view, neighbor(n));
            case Command.ToBack(ViewHandle _, ViewHandle n) -> neighbor(n) == null ? null : new Command.ToBack(view, neighbor(n));
            case Command.Background _ -> new Command.Background(view);
            case Command.Title(ViewHandle _, String t) -> new Command.Title(view, t);
            case Command.Nop _ -> null;
        };
        if (out != null) realCommands.enqueue(out);
    }

    /** The real view a handle names now, or null for an unknown handle. */
    private ViewHandle translated(ViewHandle handle) {
        ViewHandle content = bound.get(handle.id());
        return content != null ? content : own.get(handle.id());
    }

    private ViewHandle known(ViewHandle handle) {
        ViewHandle view = translated(handle);
        if (view == null) throw unknown(handle);
        return view;
    }

    /** NONE stays none; an unknown neighbour voids the command instead of sending the view to the very front. */
    private ViewHandle neighbor(ViewHandle n) { return n.valid() ? translated(n) : ViewHandle.NONE; }

    private void bind(int handle, int id) {
        if (bound.containsKey(handle) || !own.containsKey(handle)) return;
        contents.content(id).ifPresent(capability -> {
            ViewHandle content = real.viewHandle(capability, ViewHandle.NONE);
            payment.viewCreated();
            bound.put(handle, content);
            Rect at = placed.get(handle);
            if (at != null) realCommands.enqueue(new Command.Geometry(content, at));
        });
    }

    /** Drops the binding of {@code handle}; {@code hide} first takes the content off the screen (Genode 16.02). */
    private void unbind(int handle, boolean hide) {
        ViewHandle content = bound.remove(handle);
        if (content == null) return;
        if (hide) {
            realCommands.enqueue(new Command.Geometry(content, Rect.EMPTY)).execute();
            Integer id = windowOf.get(handle);
            if (id != null) contents.placed(id, Rect.EMPTY);
        }
        real.releaseViewHandle(content);
        payment.viewGone();
    }

    private ViewHandle bind(ViewHandle view) {
        while (own.containsKey(nextHandle)) nextHandle = nextHandle == Integer.MAX_VALUE ? 0 : nextHandle + 1;
        own.put(nextHandle, view);
        return new ViewHandle(nextHandle++);
    }

    /** The window id a content placeholder's title names, or 0. */
    private static int windowId(String title) {
        if (title.isEmpty() || title.length() > 9) return 0;
        for (int i = 0; i < title.length(); i++) if (title.charAt(i) < '0' || title.charAt(i) > '9') return 0;
        return Integer.parseInt(title);
    }

    private static InvalidRequestException unknown(ViewHandle h) {
        return new InvalidRequestException("invalid view handle " + h.id() + " of the decorator");
    }
}
