/** The Timer session: one-shot and periodic timeouts delivered as signals, and elapsed time. */
package org.jenode.base.timer;
