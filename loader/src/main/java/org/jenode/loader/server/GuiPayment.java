package org.jenode.loader.server;

import org.jenode.base.Env;
import org.jenode.base.RamAccount;
import org.jenode.base.SessionArgs;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputQueue;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.NitpickerSession;

/**
 * The real GUI session behind a virtual one, paid by the subsystem: the loader opens it and upgrades it
 * with the subsystem's donation as payer ({@code env.session} with a payer), so the subsystem can never
 * make the loader spend more than it paid and the loader's own RAM pays nothing of it (as the wm's
 * real sessions for its clients).
 */
final class GuiPayment {

    /** What nitpicker takes for a session (command buffer, event queue) and the loader's two views. */
    static final long BASE = align(CommandCodec.BYTES + InputQueue.bytes(200)) + 2 * 256;

    private final Env env;
    private final NitpickerSession real;
    private long bufferPaid;

    private GuiPayment(Env env, NitpickerSession real) {
        this.env = env;
        this.real = real;
    }

    /** Opens the real session labelled {@code label}, paid from {@code payer}, the subsystem's donation. */
    static GuiPayment open(Env env, RamAccount payer, String label) {
        return new GuiPayment(env, env.session(NitpickerSession.class, label, SessionArgs.ramQuota(BASE), payer));
    }

    NitpickerSession real() { return real; }

    /** Pays for a buffer of {@code mode}: what exceeds the largest buffer paid so far (a price that saturated fails). */
    void buffer(Mode mode, boolean alpha) {
        long need = NitpickerSession.ramQuota(mode, alpha);
        if (need <= bufferPaid) return;
        env.upgrade(real, need - bufferPaid); // from the donation the session was opened with
        bufferPaid = need;
    }

    private static long align(long bytes) { return (bytes + 4095) & ~4095L; }
}
