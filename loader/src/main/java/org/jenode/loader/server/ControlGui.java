package org.jenode.loader.server;

import org.jenode.base.Env;
import org.jenode.base.Labels;
import org.jenode.base.SessionArgs;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;

/**
 * The loader's own GUI session, opened on first use, through which it hides, shows and raises its
 * subsystems' views for their clients. Its label is the loader's; every subsystem's GUI sessions are
 * below it, so a selector naming a subsystem reaches exactly that subsystem's sessions at nitpicker or
 * at a window manager, and a client can name only its own subsystem.
 */
final class ControlGui {

    private final Env env;
    private NitpickerSession session;

    ControlGui(Env env) { this.env = env; }

    /** Applies {@code control} to the sessions of subsystem {@code name} (its label below the loader's). */
    void apply(String name, SessionControl control) {
        if (session == null) session = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(GuiPayment.BASE));
        session.sessionControl(Labels.SEPARATOR + name, control);
    }

    void close() {
        if (session != null) session.close();
    }
}
