/**
 * Test fixtures shared by every module's tests (published as base's test-jar): start a scenario from
 * XML text with extra binaries; a {@link org.jenode.base.testing.Probe} component through which a test
 * acts as a client component of the running system, publishing reports and reading ROMs as its peer
 * would; {@link org.jenode.base.testing.Await}, the one way a test waits; {@link org.jenode.base.testing.LogCapture},
 * what components log; {@link org.jenode.base.testing.Pngs}, pictures for people to look at.
 */
package org.jenode.base.testing;
