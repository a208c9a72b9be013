package org.jenode.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The host's load average over 1, 5 and 15 minutes ({@code /proc/loadavg}), printed before and after a
 * benchmark so that its figures say whether the machine was quiet. Empty where the host has no such file.
 */
record LoadAverage(String oneFiveFifteen) {

    private static final Path PROC = Path.of("/proc/loadavg");

    static Optional<LoadAverage> now() {
        try {
            String[] fields = Files.readString(PROC).trim().split("\\s+");
            return fields.length < 3 ? Optional.empty()
                    : Optional.of(new LoadAverage(fields[0] + " " + fields[1] + " " + fields[2]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override public String toString() { return oneFiveFifteen; }
}
