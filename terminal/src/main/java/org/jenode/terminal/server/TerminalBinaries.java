package org.jenode.terminal.server;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;
import org.jenode.terminal.log.TerminalLog;
import org.jenode.terminal.pty.Pty;

/** The terminal module's binaries: {@code terminal}, {@code pty} and {@code terminal_log}. */
public final class TerminalBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() {
        return List.of(new Binary("terminal", Terminal::new), new Binary("pty", Pty::new),
                new Binary("terminal_log", TerminalLog::new));
    }
}
