/**
 * End-to-end tests: the real {@code fb_fx} window of a scenario under Xvfb, driven with xdotool and
 * photographed with ImageMagick's {@code import}. Every test keeps its screenshots under
 * {@code target/e2e/} so that a person can look at them. Xvfb is started by the tests; {@code .ci/run}
 * installs it when missing.
 */
package org.jenode.scenarios.e2e;
