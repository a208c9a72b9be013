/**
 * The {@code jenode} command: runs a scenario file with every module's binaries on the class path
 * ({@code jenode run desktop.xml}), optionally headless with a screenshot, and runs the benchmarks
 * ({@code jenode bench runtime}, {@code nitpicker}, {@code startup}).
 */
package org.jenode.scenarios;
