/**
 * The Timer session (one-shot and periodic timeouts delivered as signals, with a shortest period), the
 * clock that serves it, and {@code timer}, the Timer server as a component.
 */
package org.jenode.base.timer;
