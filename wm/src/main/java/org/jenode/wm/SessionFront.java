package org.jenode.wm;

import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.RamAccount;
import org.jenode.input.InputQueue;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.NitpickerSession;

/**
 * What a windowed or a decorator session keeps in front of its real nitpicker session, all paid from
 * the client's donation: the command buffer the client writes, the input queue it reads, and the
 * payment for the real session behind them.
 */
record SessionFront(Dataspace commands, InputQueue input, Payment payment) {

    /**
     * Allocates the command buffer and a queue of {@code eventCapacity} events, then opens the real
     * session {@code label}; if any of it fails, what was allocated goes back to {@code quota}.
     */
    static SessionFront open(Env env, RamAccount quota, String label, int eventCapacity) {
        Dataspace commands = quota.allocate(CommandCodec.BYTES);
        InputQueue input = null;
        try {
            input = new InputQueue(quota, eventCapacity);
            return new SessionFront(commands, input, Payment.open(env, quota, label, Payment.REAL_BASE));
        } catch (RuntimeException e) {
            if (input != null) input.close();
            commands.free();
            throw e;
        }
    }

    NitpickerSession real() { return payment.real(); }

    /** Closes the real session, then gives the buffer and the queue back to the donation. */
    void close() {
        payment.real().close();
        input.close();
        commands.free();
    }
}
