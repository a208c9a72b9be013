/**
 * The {@code jenode} command: runs a scenario file with every module's binaries
 * ({@code jenode run desktop.xml}), optionally headless with a screenshot. The benchmarks are the
 * module {@code bench}, which {@code ./jenode bench NAME} runs.
 */
package org.jenode.scenarios;
