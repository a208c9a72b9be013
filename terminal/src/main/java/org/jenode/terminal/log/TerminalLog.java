package org.jenode.terminal.log;

import java.nio.charset.StandardCharsets;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.log.LogSession;
import org.jenode.terminal.TerminalConnection;

/**
 * {@code terminal_log}: Genode's LOG server onto a terminal. Every LOG client's lines appear in the
 * Terminal session it opens, each prefixed with the client's session label, which the client cannot
 * forge. A line can neither pose as another line nor steer the terminal: control characters (ESC among
 * them) are shown as {@code ?}, and a line ends where the client's text has a newline.
 */
public final class TerminalLog implements Component {

    private final TerminalConnection terminal;

    public TerminalLog(Env env) {
        terminal = TerminalConnection.open(env, "");
        env.announce(LogSession.class, request -> new LogSessionComponent(request.label(), this::show));
    }

    private void show(String label, String line) {
        terminal.write(("[" + label + "] " + line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
