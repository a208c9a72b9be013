/**
 * The terminal model: {@link org.jenode.terminal.model.TerminalModel}, a grid of styled
 * {@link org.jenode.terminal.model.Cell}s with cursor, title, scrollback and alternate screen, fed with
 * program output; and its one implementation on JediTerm's emulator core, whose classes stay inside
 * this package.
 */
package org.jenode.terminal.model;
