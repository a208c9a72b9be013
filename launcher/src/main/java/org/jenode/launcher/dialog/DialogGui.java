package org.jenode.launcher.dialog;

import java.util.function.Consumer;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.RamAccount;
import org.jenode.base.SessionArgs;
import org.jenode.base.SignalHandler;
import org.jenode.base.Upgradable;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.input.InputQueue;
import org.jenode.input.InputReader;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;

/**
 * menu_view's GUI session as its parent hands it over (Genode's {@code Dialog_nitpicker_session}): a
 * real session the parent opened in the menu's name, passed through untouched, except that every input
 * event goes to the parent first. menu_view pays: the real session is paid from its donation
 * ({@code env.session} with the donation as payer), and so is every upgrade, which goes on to nitpicker
 * at once as Genode's parent forwarded it. The parent's own RAM pays nothing of the menu.
 */
final class DialogGui implements NitpickerSession, Upgradable {

    static final int EVENT_CAPACITY = 200;

    private final Env env;
    private final NitpickerSession real;
    private final InputQueue input;

    /**
     * @param donation menu_view's donation: the event queue is charged to it, nitpicker gets the rest
     * @param label    the real session's label below the parent's
     * @param listener hears each input event before menu_view does, on the parent's entrypoint
     */
    DialogGui(Env env, RamAccount donation, String label, Consumer<InputEvent> listener) {
        this.env = env;
        this.input = new InputQueue(donation, EVENT_CAPACITY);
        try {
            this.real = env.session(NitpickerSession.class, label, SessionArgs.ramQuota(donation.avail()), donation);
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
        InputSession realInput = real.input();
        InputReader reader = new InputReader(realInput);
        realInput.sigh(env.ep().handler(() -> {
            reader.drain(e -> {
                listener.accept(e);
                input.add(e);
            });
        }));
    }

    @Override public FramebufferSession framebuffer() { return real.framebuffer(); }

    @Override public InputSession input() { return input; }

    @Override public ViewHandle createView(ViewHandle parent) { return real.createView(parent); }

    @Override public void destroyView(ViewHandle view) { real.destroyView(view); }

    @Override public ViewHandle viewHandle(ViewCapability view, ViewHandle designated) { return real.viewHandle(view, designated); }

    @Override public ViewCapability viewCapability(ViewHandle view) { return real.viewCapability(view); }

    @Override public void releaseViewHandle(ViewHandle view) { real.releaseViewHandle(view); }

    @Override public Dataspace commandDataspace() { return real.commandDataspace(); }

    @Override public void execute() { real.execute(); }

    @Override public Mode mode() { return real.mode(); }

    @Override public void modeSigh(SignalHandler handler) { real.modeSigh(handler); }

    @Override public void buffer(Mode mode, boolean alpha) { real.buffer(mode, alpha); }

    /** menu_view upgraded its session (before a larger buffer): nitpicker gets it, from the same donation. */
    @Override public void upgraded(long ramQuota) { env.upgrade(real, ramQuota); }

    /** The menu does not hand the focus around. */
    @Override public void focus(NitpickerSession session) { }

    @Override public void sessionControl(String selector, SessionControl control) { real.sessionControl(selector, control); }

    /** Hides or shows the menu's views, the parent's way to fade it (Genode's nit_fader, without the fading). */
    void visible(boolean visible) { real.sessionControl("", visible ? SessionControl.SHOW : SessionControl.HIDE); }

    @Override public void close() {
        real.close();
        input.close();
    }
}
