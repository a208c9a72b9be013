/**
 * Genode's own init configs (the GUI run scripts of 14.05, 14.11 and 15.08, as their run tool installs
 * them on Linux) run as written on the headless platform, their screens read back where a person would
 * look at them. The corpus is in {@code src/test/resources/genode}; what runs and what is skipped is in
 * the scenarios README, "Running Genode's configs".
 */
package org.jenode.scenarios.genode;
