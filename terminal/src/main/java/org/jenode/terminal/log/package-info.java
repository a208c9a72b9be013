/** The {@code terminal_log} component: a LOG server that shows its clients' lines in a terminal. */
package org.jenode.terminal.log;
