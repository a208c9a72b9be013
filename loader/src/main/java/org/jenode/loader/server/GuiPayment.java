package org.jenode.loader.server;

import org.jenode.base.Env;
import org.jenode.base.RamAccount;
import org.jenode.base.SessionArgs;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputQueue;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.NitpickerSession;

/**
 * The real GUI session behind a virtual one, paid by the subsystem: every amount the loader gives
 * nitpicker for it is first charged to the subsystem's donation, so the subsystem can never make the
 * loader spend more than it paid. The loader's own RAM fronts it (as the wm's does for its clients).
 */
final class GuiPayment {

    /** What nitpicker takes for a session (command buffer, event queue) and the loader's two views. */
    static final long BASE = align(CommandCodec.BYTES + InputQueue.bytes(200)) + 2 * 256;

    private final Env env;
    private final RamAccount payer;
    private final NitpickerSession real;
    private long bufferPaid;

    private GuiPayment(Env env, RamAccount payer, NitpickerSession real) {
        this.env = env;
        this.payer = payer;
        this.real = real;
    }

    /** Opens the real session labelled {@code label}, charged to {@code payer} first. */
    static GuiPayment open(Env env, RamAccount payer, String label) {
        payer.charge(BASE);
        try {
            return new GuiPayment(env, payer, env.session(NitpickerSession.class, label, SessionArgs.ramQuota(BASE)));
        } catch (RuntimeException e) {
            payer.release(BASE);
            throw e;
        }
    }

    NitpickerSession real() { return real; }

    /** Pays for a buffer of {@code mode}: what exceeds the largest buffer paid so far (a price that saturated fails). */
    void buffer(Mode mode, boolean alpha) {
        long need = NitpickerSession.ramQuota(mode, alpha);
        if (need <= bufferPaid) return;
        long more = need - bufferPaid;
        payer.charge(more);
        try {
            env.upgrade(real, more);
        } catch (RuntimeException e) {
            payer.release(more);
            throw e;
        }
        bufferPaid = need;
    }

    private static long align(long bytes) { return (bytes + 4095) & ~4095L; }
}
