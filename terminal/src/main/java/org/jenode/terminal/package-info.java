/**
 * The Terminal session interface, all that a terminal's client sees: {@link org.jenode.terminal.TerminalSession}
 * (Genode's {@code terminal_session}) and {@link org.jenode.terminal.TerminalConnection}, which copies bytes
 * through the session's I/O buffer. The terminal itself, the pty and terminal_log live in packages the
 * module does not export.
 */
package org.jenode.terminal;
