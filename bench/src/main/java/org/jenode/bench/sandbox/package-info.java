/**
 * The components of {@code ./jenode bench sandbox}: a ping server on init's threads and the probes that
 * measure against it, each run once on threads and once in a process of its own
 * ({@code isolation="process"}) and reporting what it measured. Exported to base only, whose runtime
 * serves and calls the ping session across the process boundary.
 */
package org.jenode.bench.sandbox;
