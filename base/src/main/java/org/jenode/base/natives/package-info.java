/**
 * The C library through the FFM API, for base's own few native calls (memory files, the wire's socket, a
 * process's privileges). Not exported: only base holds native access, and a component must not reach
 * native code through it.
 */
package org.jenode.base.natives;
