package org.jenode.wm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.SignalHandler;
import org.jenode.base.Upgradable;
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
 * The decorator's session (Genode 15.08's {@code Decorator_nitpicker_session}): a real session whose
 * handles and commands pass through the wm. The decorator titles each window's content placeholder with
 * the window id; when it stacks that placeholder, the wm re-binds the decorator's handle at nitpicker to
 * the window's real content view ({@code view_handle(cap, handle)}, as Genode's wm does), so that from
 * then on the decorator places and stacks the client's pixels inside its frame, in its own coordinates.
 * The decorator gets no input: what the user does to the frames goes to the layouter.
 */
final class DecoratorSession implements NitpickerSession, Upgradable {

    /** What the decorator's session needs of a window's client. */
    interface Contents {
        /** The window's real content view, shown from now on; empty if there is no such window. */
        Optional<ViewCapability> content(int id);

        /** The decorator put the window's content here (its coordinates). */
        void placed(int id, Rect content);

        /** The decorator raised the window's content: it is in front of the windows raised before it. */
        void stacked(int id);

        /**
         * The decorator changed the stacking: every window's nested views go back directly in front of
         * its content. The decorator stacks its frames in front of a content view, which at nitpicker
         * puts them, and the next window it stacks in front of them, between that content and the views
         * nested in it.
         */
        void restacked();
    }

    private final RamAccount quota;
    private final Contents contents;
    private final Consumer<DecoratorSession> closed;
    /** Its input queue is never fed: the decorator gets no input of its own. */
    private final SessionFront front;
    private final Payment payment;
    private final NitpickerSession real;
    private final CommandQueue realCommands;
    /** The decorator's handles (nitpicker's, of its real session), each paid for at the wm and at nitpicker. */
    private final Set<Integer> handles = new HashSet<>();
    /** Handles titled with a window id (Genode's {@code Decorator_content_registry}). */
    private final Map<Integer, Integer> windowOf = new HashMap<>();
    /** Handles that nitpicker has re-bound to a window's content, and that window's id. */
    private final Map<Integer, Integer> showing = new HashMap<>();
    /** Where the decorator last put each titled placeholder, so a content bound later starts there. */
    private final Map<Integer, Rect> placed = new HashMap<>();

    DecoratorSession(Shared shared, String label, RamAccount quota, Contents contents, Consumer<DecoratorSession> closed) {
        this.quota = quota;
        this.contents = contents;
        this.closed = closed;
        this.front = SessionFront.open(shared.env(), quota, label, 1);
        this.payment = front.payment();
        this.real = front.real();
        this.realCommands = new CommandQueue(real);
        InputSession realInput = real.input();
        InputReader reader = new InputReader(realInput);
        LayouterInput layouter = shared.layouter();
        realInput.sigh(shared.env().ep().handler(() -> reader.drain(layouter::decoratorEvent)));
    }

    // ---- the Nitpicker session ----

    @Override public FramebufferSession framebuffer() { return real.framebuffer(); }

    @Override public InputSession input() { return front.input(); }

    @Override public ViewHandle createView(ViewHandle parent) {
        Require.present(parent, "parent");
        if (parent.valid() && !handles.contains(parent.id())) throw unknown(parent);
        return paidFor(() -> real.createView(parent));
    }

    @Override public void destroyView(ViewHandle handle) {
        Require.present(handle, "view");
        if (forget(handle)) real.destroyView(handle);
    }

    /**
     * Passed through: nitpicker re-binds a designated handle in use, and the view it named lives on there,
     * unnamed, until the session ends. So the re-binding is charged as one more view that is never given
     * back before the session closes; a content the handle showed is let go of first.
     */
    @Override public ViewHandle viewHandle(ViewCapability capability, ViewHandle designated) {
        Require.present(capability, "view capability");
        Require.present(designated, "designated handle");
        if (designated.valid() && handles.contains(designated.id())) {
            letGo(designated);
            windowOf.remove(designated.id());
            placed.remove(designated.id());
        }
        return paidFor(() -> real.viewHandle(capability, designated));
    }

    /** The capability of the decorator's own view; a bound content's is the client's and never handed out. */
    @Override public ViewCapability viewCapability(ViewHandle handle) {
        Require.present(handle, "view");
        if (!handles.contains(handle.id()) || showing.containsKey(handle.id())) throw unknown(handle);
        return real.viewCapability(handle);
    }

    @Override public void releaseViewHandle(ViewHandle handle) {
        Require.present(handle, "view");
        if (forget(handle)) real.releaseViewHandle(handle);
    }

    @Override public Dataspace commandDataspace() { return front.commands(); }

    @Override public void execute() {
        boolean stacking = false;
        for (Command c : CommandCodec.readAndReset(front.commands().ints())) {
            stacking |= c instanceof Command.ToFront || c instanceof Command.ToBack;
            int handle = c.view().id();
            Integer id = windowOf.get(handle);
            switch (c) {
                case Command.Title(ViewHandle _, String title) when windowId(title) > 0 -> {
                    if (!handles.contains(handle)) continue;
                    if (showing.containsKey(handle) && showing.get(handle) != windowId(title)) letGo(c.view());
                    windowOf.put(handle, windowId(title));
                }
                case Command.ToFront _ when id != null -> {
                    show(c.view(), id);
                    realCommands.enqueue(c).execute();
                    contents.stacked(id);
                }
                case Command.Geometry(ViewHandle _, Rect rect) when id != null -> {
                    placed.put(handle, rect);
                    contents.placed(id, rect);
                    realCommands.enqueue(c);
                }
                case Command.Offset _ when id != null -> { } // the client sets its content's offset
                case Command.Nop _ -> { }
                default -> realCommands.enqueue(c);
            }
        }
        realCommands.execute();
        if (stacking) contents.restacked();
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

    /** The client's upgrade goes on to its real session (Genode's wm forwarded it), but for the wm's reserve. */
    @Override public void upgraded(long ramQuota) { payment.upgraded(ramQuota); }

    @Override public void close() {
        for (Integer handle : List.copyOf(showing.keySet())) unshow(handle);
        front.close();
        closed.accept(this);
    }

    /** The window's content is gone (its client destroyed it): handles bound to it name nothing now. */
    void windowGone(int id) { showing.values().removeIf(window -> window == id); }

    // ---- binding ----

    /**
     * Re-binds {@code handle} to window {@code id}'s content unless it shows it already (it shows no other:
     * a retitle let go of that): the placeholder it named goes, the content takes the placeholder's last
     * geometry.
     */
    private void show(ViewHandle handle, int id) {
        if (showing.containsKey(handle.id())) return;
        contents.content(id).ifPresent(capability -> {
            realCommands.execute(); // what the batch said to the placeholder reaches it before it goes
            real.destroyView(handle);
            real.viewHandle(capability, handle);
            showing.put(handle.id(), id);
            Rect at = placed.get(handle.id());
            if (at != null) realCommands.enqueue(new Command.Geometry(handle, at));
        });
    }

    /** Takes the content {@code handle} shows off the screen (Genode 16.02); the handle still names it. */
    private void unshow(int handle) {
        Integer id = showing.remove(handle);
        if (id == null) return;
        realCommands.enqueue(new Command.Geometry(new ViewHandle(handle), Rect.EMPTY)).execute();
        contents.placed(id, Rect.EMPTY);
    }

    /** Takes the content {@code handle} shows off the screen and lets go of it: the handle names nothing until bound again. */
    private void letGo(ViewHandle handle) {
        if (!showing.containsKey(handle.id())) return;
        unshow(handle.id());
        real.releaseViewHandle(handle);
    }

    /** Forgets {@code handle} and gives back what it cost; false if it is none of the decorator's. */
    private boolean forget(ViewHandle handle) {
        if (!handles.remove(handle.id())) return false;
        unshow(handle.id());
        windowOf.remove(handle.id());
        placed.remove(handle.id());
        payment.viewGone();
        quota.release(Payment.VIEW);
        return true;
    }

    /** Charges one view at the wm and at nitpicker, then makes it; a refusal gives the charges back. */
    private ViewHandle paidFor(Supplier<ViewHandle> make) {
        quota.charge(Payment.VIEW);
        try {
            payment.viewCreated();
        } catch (RuntimeException e) {
            quota.release(Payment.VIEW);
            throw e;
        }
        ViewHandle view;
        try {
            view = make.get();
        } catch (RuntimeException e) {
            payment.viewGone();
            quota.release(Payment.VIEW);
            throw e;
        }
        handles.add(view.id());
        return view;
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
