/**
 * Test fixtures shared by every module's tests (published as base's test-jar): start a scenario from
 * XML text with extra binaries, and a {@link org.jenode.base.testing.Probe} component through which a
 * test acts as a client component of the running system.
 */
package org.jenode.base.testing;
