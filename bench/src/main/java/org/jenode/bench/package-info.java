/**
 * Benchmarks, run with {@code ./jenode bench NAME}: JMH benchmarks ({@code runtime}, {@code nitpicker},
 * {@code canvas}, and {@code framebuffer}, whose window drivers need an X display or a private Xvfb) and the start-up
 * measurement of child processes ({@code startup}). Each one measures Jenode next to the plain Java
 * way of doing the same thing in the same run, because only ratios survive a shared machine.
 */
package org.jenode.bench;
