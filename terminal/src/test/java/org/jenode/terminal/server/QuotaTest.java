package org.jenode.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenode.base.QuotaExceededException;
import org.jenode.base.SessionArgs;
import org.jenode.base.testing.Probe;
import org.jenode.terminal.TerminalSession;
import org.junit.jupiter.api.Test;

/** The client pays for the I/O buffer: a donation that cannot pay for it gets a quota error, and no session. */
class QuotaTest {

    @Test
    void aDonationTooSmallForTheIoBufferIsRefusedAndLeavesTheTerminalFree() {
        Probe probe = new Probe("client");
        Desk desk = new Desk(320, 200, Desk.NITPICKER + Desk.terminal("") + ClientTest.CLIENT, probe.binary());
        try (var _ = desk.core) {
            assertThatThrownBy(() -> probe.onEp(env -> env.session(TerminalSession.class, "",
                    SessionArgs.ramQuota(TerminalSession.IO_BUFFER_SIZE - 1)))).isInstanceOf(QuotaExceededException.class);
            TerminalSession paid = probe.onEp(env -> env.session(TerminalSession.class, ""));
            assertThat(paid.ioBuffer().size()).isEqualTo(TerminalSession.IO_BUFFER_SIZE);
        }
    }
}
