/**
 * Reserved for the terminal: a VT terminal emulator in a window providing Terminal sessions, with pty4j for host shells (design §3; Genode spec §9).
 *
 * <p>Not built yet: no open issue covers it. The module is in the reactor so that the dependency
 * rules of the design (a module depends on base and on the session interfaces of its servers) are
 * fixed from the start.
 */
package org.jenode.terminal;
