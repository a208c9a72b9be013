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
 * Client pays: the real session the wm opens for a client is paid from the client's donation to the wm
 * ({@code env.session} with the donation as payer), and so is every upgrade of it, so a client can never
 * make the wm spend more than it paid, and the wm's own RAM pays nothing of it. The client's upgrades
 * go on to nitpicker at once, as Genode's wm forwarded them, but for a reserve the wm keeps for its own
 * bookkeeping of the client's views; what a buffer or a view costs beyond what nitpicker got so far is
 * forwarded when it is needed.
 */
final class Payment {

    /** What nitpicker takes for a session before any view: its command buffer and event queue. */
    static final long REAL_BASE = align(CommandCodec.BYTES + InputQueue.bytes(200));
    /** What nitpicker charges for one view or imported handle. */
    static final long VIEW = 256;
    /** What an upgrade leaves with the wm, for its handles of the client's views (256 bytes each). */
    static final long RESERVE = 16 * VIEW;

    private final Env env;
    private final RamAccount client;
    private final NitpickerSession real;
    /** What nitpicker got beyond {@link #REAL_BASE}, and what of it the largest buffer and the most views take. */
    private long forwarded, buffer;
    private long views, viewsPaid;

    private Payment(Env env, RamAccount client, NitpickerSession real) {
        this.env = env;
        this.client = client;
        this.real = real;
    }

    /** Opens the real session {@code label} with {@code amount} of the {@code client}'s donation. */
    static Payment open(Env env, RamAccount client, String label, long amount) {
        return new Payment(env, client, env.session(NitpickerSession.class, label, SessionArgs.ramQuota(amount), client));
    }

    NitpickerSession real() { return real; }

    /** Pays for a buffer of {@code mode}: only what the largest buffer so far and the views leave unpaid. */
    void buffer(Mode mode, boolean alpha) {
        long need = Math.max(buffer, price(mode, alpha));
        cover(need, viewsPaid);
        buffer = need;
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
        long most = Math.max(viewsPaid, views + n);
        cover(buffer, most);
        viewsPaid = most;
        views += n;
    }

    void viewGone() { views = Math.max(0, views - 1); }

    /** The client added {@code amount} to its donation: nitpicker gets it, but for the wm's reserve. */
    void upgraded(long amount) {
        long pass = Math.min(amount, client.avail() - RESERVE);
        if (pass > 0) forward(pass);
    }

    /** Passes everything the client has not spent yet on to nitpicker (direct sessions). */
    void forwardRest() {
        long rest = client.avail();
        if (rest > 0) forward(rest);
    }

    /** Forwards what a buffer of {@code bufferPrice} and {@code viewCount} views cost beyond what nitpicker has. */
    private void cover(long bufferPrice, long viewCount) {
        long owed = bufferPrice + viewCount * VIEW - forwarded;
        if (owed > 0) forward(owed);
    }

    private void forward(long amount) {
        env.upgrade(real, amount);
        forwarded += amount;
    }

    private static long align(long bytes) { return (bytes + 4095) & ~4095L; }
}
