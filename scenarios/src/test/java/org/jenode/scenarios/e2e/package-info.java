/**
 * End-to-end tests: the real {@code fb_fx} window of a scenario, run as its own {@code jenode run}
 * process on a private Xvfb, driven with xdotool and photographed with ImageMagick's {@code import}
 * (the X fixtures are {@code org.jenode.testing.x11}, module {@code testing}). Every test keeps its
 * screenshots and the desktop's output under {@code target/e2e/} so that a person can look at them.
 * Without Xvfb, xdotool or ImageMagick the tests are skipped; {@code .ci/run} installs them when missing.
 */
package org.jenode.scenarios.e2e;
