package org.jenode.launcher.dialog;

import java.util.function.Consumer;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.RamAccount;
import org.jenode.base.SessionArgs;
import org.jenode.base.SignalHandler;
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
 * event goes to the parent first. menu_view pays: what the parent gives nitpicker is charged to its
 * donation first, so it can never make its parent spend more than it paid.
 */
final class DialogGui implements NitpickerSession {

    static final int EVENT_CAPACITY = 200;

    private final Env env;
    private final RamAccount donation;
    private final NitpickerSession real;
    private final InputQueue input;

    /**
     * @param donation menu_view's donation, charged for everything given to nitpicker
     * @param label    the real session's label below the parent's
     * @param listener hears each input event before menu_view does, on the parent's entrypoint
     */
    DialogGui(Env env, RamAccount donation, String label, Consumer<InputEvent> listener) {
        this.env = env;
        this.donation = donation;
        this.input = new InputQueue(donation, EVENT_CAPACITY);
        long first = donation.avail();
        donation.charge(first);
        try {
            this.real = env.session(NitpickerSession.class, label, SessionArgs.ramQuota(first));
        } catch (RuntimeException e) {
            donation.release(first);
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

    /** Passes on what menu_view's donation has gained since (it upgrades before a larger buffer), then the request. */
    @Override public void buffer(Mode mode, boolean alpha) {
        long more = donation.avail();
        if (more > 0) {
            donation.charge(more);
            try {
                env.upgrade(real, more);
            } catch (RuntimeException e) {
                donation.release(more);
                throw e;
            }
        }
        real.buffer(mode, alpha);
    }

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
