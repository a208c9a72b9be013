package org.jenode.launcher.launchpad;

import java.util.Optional;

/**
 * One {@code <launcher name ram_quota>} of the launchpad's config.
 *
 * @param name       the binary, and the name its children get ({@code testnit}, {@code testnit.2}, ...)
 * @param quantum    the RAM each child of it gets
 * @param config     its inline {@code <config>} as text, if it has one
 * @param configfile the ROM module that is its config instead ({@code <configfile name>}), if it names one
 */
record LaunchEntry(String name, long quantum, Optional<String> config, Optional<String> configfile) { }
