package org.jenode.loader.server;

import java.util.Optional;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.ServiceException;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputQueue;
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
 * The subsystem's one GUI session when the client nests it (Genode's loader {@code nitpicker.h}). It
 * has one virtual view, always handle {@link #VIEW}; the real view is the loader's, a child of the
 * client's parent view in a real session the subsystem pays for, so it moves with the client's view.
 * The subsystem's pixels go straight to nitpicker ({@link #framebuffer()} is the real session's), and its
 * geometry is only a wish: the real view is placed by the client through {@link #place}, nothing else.
 * The first geometry makes the view ready. Input reaches the subsystem in its own coordinates.
 */
final class VirtualGui implements NitpickerSession {

    /** The handle of the one view, whatever the subsystem asks for (as Genode's loader answered). */
    static final ViewHandle VIEW = new ViewHandle(1);
    static final int EVENT_CAPACITY = 200;

    private final NitpickerSession real;
    private final GuiPayment payment;
    private final CommandQueue realCommands;
    private final ViewHandle realParent;
    private final ViewHandle realView;
    private final Dataspace commands;
    private final InputQueue input;
    private final Runnable ready;
    private Optional<Area> constraint;
    private Rect wish = Rect.EMPTY;
    private Point wishedOffset = Point.ORIGIN;
    private Rect placed = Rect.EMPTY;
    private Point placedOffset = Point.ORIGIN;
    private boolean readyTold;
    private boolean closed;

    /**
     * @param quota  the subsystem's donation for this session, which pays for everything here
     * @param label  the real session's label below the loader's
     * @param parent the client's view to nest in, if it gave one
     * @param ready  told of the first geometry, on the loader's entrypoint
     */
    VirtualGui(Env env, RamAccount quota, String label, Optional<ViewCapability> parent, Optional<Area> constraint, Runnable ready) {
        this.constraint = constraint;
        this.ready = ready;
        this.commands = quota.allocate(CommandCodec.BYTES);
        try {
            this.input = new InputQueue(quota, EVENT_CAPACITY);
            this.payment = GuiPayment.open(env, quota, label);
        } catch (RuntimeException e) {
            commands.free();
            throw e;
        }
        this.real = payment.real();
        this.realCommands = new CommandQueue(real);
        try {
            this.realParent = parent.map(view -> real.viewHandle(view, ViewHandle.NONE)).orElse(ViewHandle.NONE);
            this.realView = real.createView(realParent);
        } catch (ServiceException e) {
            close();
            throw new ServiceDeniedException("the loader cannot nest the subsystem's view: " + e.getMessage());
        }
        InputSession realInput = real.input();
        InputReader reader = new InputReader(realInput);
        NestedInput nested = new NestedInput(input, () -> Saturated.subtract(wish.position(), placed.position()));
        realInput.sigh(env.ep().handler(() -> {
            if (!closed) reader.drain(nested::handle);
        }));
    }

    // ---- the client's side, through the Loader session ----

    /** The subsystem's wished size, cut to the constraint. */
    Area size() {
        Area a = wish.area();
        return constraint.map(c -> new Area(Math.min(a.width(), c.width()), Math.min(a.height(), c.height()))).orElse(a);
    }

    void constrain(Area limit) { constraint = Optional.of(limit); }

    /** Places the real view at {@code rect} relative to the parent view, its buffer shifted by {@code offset}, in front of the parent. */
    void place(Rect rect, Point offset) {
        if (closed) throw new InvalidRequestException("the subsystem's view is gone");
        placed = rect;
        placedOffset = offset;
        realCommands.enqueue(new Command.Geometry(realView, rect))
                .enqueue(new Command.Offset(realView, Saturated.add(offset, wishedOffset)))
                .enqueue(new Command.ToFront(realView, realParent))
                .execute();
    }

    boolean closed() { return closed; }

    // ---- the subsystem's side: the Nitpicker session ----

    @Override public FramebufferSession framebuffer() { return real.framebuffer(); }

    @Override public InputSession input() { return input; }

    @Override public ViewHandle createView(ViewHandle parent) { return VIEW; }

    @Override public void destroyView(ViewHandle view) { }

    /** The subsystem has one view and imports none. */
    @Override public ViewHandle viewHandle(ViewCapability view, ViewHandle designated) { return ViewHandle.NONE; }

    /** Nothing to hand out: the one view is the loader's, and only its client places it. */
    @Override public ViewCapability viewCapability(ViewHandle view) {
        throw new InvalidRequestException("a subsystem of the loader has no view capability to hand out");
    }

    @Override public void releaseViewHandle(ViewHandle view) { }

    @Override public Dataspace commandDataspace() { return commands; }

    @Override public void execute() {
        for (Command c : CommandCodec.readAndReset(commands.ints())) {
            if (!c.view().equals(VIEW)) continue;
            switch (c) {
                case Command.Geometry(ViewHandle _, Rect rect) -> {
                    wish = rect;
                    if (!readyTold) ready.run();
                    readyTold = true;
                }
                case Command.Offset(ViewHandle _, Point offset) -> {
                    wishedOffset = offset;
                    realCommands.enqueue(new Command.Offset(realView, Saturated.add(placedOffset, offset)));
                }
                case Command.ToFront _ -> realCommands.enqueue(new Command.ToFront(realView, realParent));
                case Command.Title(ViewHandle _, String title) -> realCommands.enqueue(new Command.Title(realView, title));
                // the subsystem cannot put its view behind others or make it a background: that is the client's to place
                case Command.ToBack _, Command.Background _, Command.Nop _ -> { }
            }
        }
        realCommands.execute();
    }

    @Override public Mode mode() { return constraint.map(Mode::of).orElseGet(real::mode); }

    /** The screen of a nested subsystem is the constraint, which does not change by itself. */
    @Override public void modeSigh(SignalHandler handler) { }

    @Override public void buffer(Mode mode, boolean alpha) {
        payment.buffer(mode, alpha);
        real.buffer(mode, alpha);
    }

    /** Who has the focus is the client's business, not its subsystem's. */
    @Override public void focus(NitpickerSession session) { }

    /** Relative to the real session's label, so it reaches nothing but the subsystem's own sessions. */
    @Override public void sessionControl(String selector, SessionControl control) { real.sessionControl(selector, control); }

    @Override public void close() {
        if (closed) return;
        closed = true;
        if (real != null) real.close();
        if (input != null) input.close();
        commands.free();
    }
}
