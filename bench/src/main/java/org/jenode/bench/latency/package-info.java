/**
 * The client of {@code ./jenode bench input} and the session by which it tells the benchmark when each
 * event reached it, so that the same component measures the input path on threads and in a process of
 * its own ({@code isolation="process"}). Exported to base only, whose runtime carries the session across
 * the process boundary.
 */
package org.jenode.bench.latency;
