/**
 * The {@code pty} component: a host command on a pseudo-terminal (pty4j) as a Terminal session's client.
 * It gives the command the user's full rights on the host.
 */
package org.jenode.terminal.pty;
