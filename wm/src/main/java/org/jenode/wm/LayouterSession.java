package org.jenode.wm;

import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.SignalHandler;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputReader;
import org.jenode.input.InputQueue;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;

/**
 * The layouter's session (Genode 16.02's {@code Layouter_nitpicker_session}): input only, namely what
 * the user does to the window frames and clicks into windows ({@link LayouterInput}), plus the screen
 * mode from a real session of its own that has no views. Key sequences nitpicker routes to that real
 * session ({@code <global-key label="wm -> layouter"/>}) reach the layouter too, like those routed to
 * the decorator's ({@code label="wm -> decorator"}, Genode's way).
 */
final class LayouterSession implements NitpickerSession {

    private final Payment payment;
    private final NitpickerSession real;
    private final InputQueue input;
    private final Dataspace commands;

    LayouterSession(Shared shared, String label, RamAccount quota) {
        this.commands = quota.allocate(CommandCodec.BYTES);
        try {
            this.payment = Payment.open(shared.env(), quota, label, Payment.REAL_BASE);
        } catch (RuntimeException e) {
            commands.free();
            throw e;
        }
        this.real = payment.real();
        this.input = shared.layouter().queue();
        InputSession realInput = real.input();
        InputReader reader = new InputReader(realInput);
        realInput.sigh(shared.env().ep().handler(() -> reader.drain(input::add)));
    }

    @Override public FramebufferSession framebuffer() { throw none("framebuffer"); }

    @Override public InputSession input() { return input; }

    @Override public ViewHandle createView(ViewHandle parent) { throw none("views"); }

    @Override public void destroyView(ViewHandle view) { Require.present(view, "view"); }

    @Override public ViewHandle viewHandle(ViewCapability capability, ViewHandle designated) { throw none("views"); }

    @Override public ViewCapability viewCapability(ViewHandle view) { throw none("views"); }

    @Override public void releaseViewHandle(ViewHandle view) { Require.present(view, "view"); }

    /** A command buffer to write into, as every client expects one; executing it does nothing. */
    @Override public Dataspace commandDataspace() { return commands; }

    @Override public void execute() { CommandCodec.readAndReset(commands.ints()); }

    @Override public Mode mode() { return real.mode(); }

    @Override public void modeSigh(SignalHandler handler) {
        Require.present(handler, "mode signal handler");
        real.modeSigh(handler);
    }

    @Override public void buffer(Mode mode, boolean alpha) { throw none("buffer"); }

    @Override public void focus(NitpickerSession session) { Require.present(session, "session"); }

    @Override public void sessionControl(String selector, SessionControl control) {
        Require.present(selector, "selector");
        Require.present(control, "operation");
    }

    /** The shared input queue stays: the next layouter gets it. */
    @Override public void close() {
        real.close();
        commands.free();
    }

    private static InvalidRequestException none(String what) {
        return new InvalidRequestException("the layouter's session has no " + what);
    }
}
