package org.jenode.wm;

import org.jenode.base.Env;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.RamAccount;
import org.jenode.base.SessionArgs;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputQueue;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.NitpickerSession;

/**
 * Client pays, through the wm: nitpicker charges the wm for each real session the wm opens on a
 * client's behalf, so every amount the wm gives nitpicker for that session is first charged to the
 * client's donation to the wm. A client can therefore never make the wm spend more than it paid.
 * The wm's own RAM fronts the money, so its quantum must cover its clients' buffers.
 */
final class Payment {

    /** What nitpicker takes for a session before any view: its command buffer and event queue. */
    static final long REAL_BASE = align(CommandCodec.BYTES + InputQueue.bytes(200));
    /** What nitpicker charges for one view or imported handle. */
    static final long VIEW = 256;

    private final Env env;
    private final RamAccount client;
    private final NitpickerSession real;
    private long buffer;
    private long views, viewsPaid;

    private Payment(Env env, RamAccount client, NitpickerSession real) {
        this.env = env;
        this.client = client;
        this.real = real;
    }

    /** Opens the real session {@code label} with {@code amount}, charged to {@code client} first. */
    static Payment open(Env env, RamAccount client, String label, long amount) {
        client.charge(amount);
        try {
            return new Payment(env, client, env.session(NitpickerSession.class, label, SessionArgs.ramQuota(amount)));
        } catch (RuntimeException e) {
            client.release(amount);
            throw e;
        }
    }

    NitpickerSession real() { return real; }

    /** Pays for a buffer of {@code mode}: only what exceeds the largest buffer paid so far. */
    void buffer(Mode mode, boolean alpha) {
        long need = price(mode, alpha);
        if (need > buffer) {
            forward(need - buffer);
            buffer = need;
        }
    }

    /**
     * What nitpicker charges for a buffer of {@code mode}. Unlike {@code NitpickerSession.ramQuota}, which
     * wraps around for huge modes (and a negative price passes any check), it refuses what no one can pay.
     */
    static long price(Mode mode, boolean alpha) {
        try {
            return Math.multiplyExact((long) mode.width() * mode.height(), Mode.BYTES_PER_PIXEL + (alpha ? 1 : 0));
        } catch (ArithmeticException e) {
            throw new QuotaExceededException("a " + mode + " buffer", Long.MAX_VALUE, 0);
        }
    }

    /** Pays for one more real view (or imported handle). */
    void viewCreated() { viewsCreated(1); }

    /** Pays for {@code n} more real views at once, or for none of them; only beyond the most there ever were. */
    void viewsCreated(int n) {
        long unpaid = views + n - viewsPaid;
        if (unpaid > 0) {
            forward(unpaid * VIEW);
            viewsPaid += unpaid;
        }
        views += n;
    }

    void viewGone() { views = Math.max(0, views - 1); }

    /** Passes everything the client has not spent yet on to nitpicker (direct sessions). */
    void forwardRest() {
        long rest = client.avail();
        if (rest > 0) forward(rest);
    }

    private void forward(long amount) {
        client.charge(amount);
        try {
            env.upgrade(real, amount);
        } catch (RuntimeException e) {
            client.release(amount);
            throw e;
        }
    }

    private static long align(long bytes) { return (bytes + 4095) & ~4095L; }
}
