package org.jenode.wm;

import java.util.function.Consumer;
import org.jenode.base.Dataspace;
import org.jenode.base.RamAccount;
import org.jenode.base.SignalHandler;
import org.jenode.base.Upgradable;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;

/**
 * A session the wm's config says must not become windows (Genode 15.11's direct role): the client
 * talks to its real session as if there were no wm, and its whole donation is passed on to nitpicker,
 * which charges it as it would the client. Only session control goes through the wm, so that it names
 * the client's own sessions as the wm knows them.
 */
final class DirectSession implements NitpickerSession, Upgradable {

    private final Payment payment;
    private final NitpickerSession real;
    private final String label;
    private final Neighbours neighbours;
    private final Consumer<DirectSession> closed;

    DirectSession(Shared shared, String label, RamAccount quota, Neighbours neighbours, Consumer<DirectSession> closed) {
        this.payment = Payment.open(shared.env(), quota, label, Math.max(Payment.REAL_BASE, quota.avail()));
        this.real = payment.real();
        this.label = label;
        this.neighbours = neighbours;
        this.closed = closed;
    }

    NitpickerSession real() { return real; }

    String label() { return label; }

    @Override public FramebufferSession framebuffer() { return real.framebuffer(); }

    @Override public InputSession input() { return real.input(); }

    @Override public ViewHandle createView(ViewHandle parent) {
        Require.present(parent, "parent");
        return real.createView(parent);
    }

    @Override public void destroyView(ViewHandle view) {
        Require.present(view, "view");
        real.destroyView(view);
    }

    @Override public ViewHandle viewHandle(ViewCapability capability, ViewHandle designated) {
        Require.present(capability, "view capability");
        Require.present(designated, "designated handle");
        return real.viewHandle(capability, designated);
    }

    @Override public ViewCapability viewCapability(ViewHandle view) {
        Require.present(view, "view");
        return real.viewCapability(view);
    }

    @Override public void releaseViewHandle(ViewHandle view) {
        Require.present(view, "view");
        real.releaseViewHandle(view);
    }

    @Override public Dataspace commandDataspace() { return real.commandDataspace(); }

    @Override public void execute() { real.execute(); }

    @Override public Mode mode() { return real.mode(); }

    @Override public void modeSigh(SignalHandler handler) {
        Require.present(handler, "mode signal handler");
        real.modeSigh(handler);
    }

    /** What the client added to its donation since is passed on first, so nitpicker sees all the client paid. */
    @Override public void buffer(Mode mode, boolean alpha) {
        Require.present(mode, "mode");
        Payment.price(mode, alpha); // refuses a mode whose price nitpicker would compute wrapped around
        payment.forwardRest();
        real.buffer(mode, alpha);
    }

    /** A capability of the wm's is none of nitpicker's, and the wm cannot tell it from a forged one; ignored as for windows. */
    @Override public void focus(NitpickerSession session) { Require.present(session, "session"); }

    @Override public void sessionControl(String selector, SessionControl control) {
        Require.present(selector, "selector");
        Require.present(control, "operation");
        neighbours.sessionControl(Selectors.below(label, selector), control);
    }

    /** The client's upgrade goes on to nitpicker whole, as the rest of its donation did. */
    @Override public void upgraded(long ramQuota) { payment.forwardRest(); }

    @Override public void close() {
        real.close();
        closed.accept(this);
    }
}
