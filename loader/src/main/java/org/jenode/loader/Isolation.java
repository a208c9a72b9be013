package org.jenode.loader;

import java.util.Locale;
import java.util.Optional;

/** Where a subsystem runs: on threads of the loader's JVM, or sandboxed in a JVM process of its own. */
public enum Isolation {
    THREAD, PROCESS;

    /** The value of the {@code isolation} session argument and config attribute. */
    public String attribute() { return name().toLowerCase(Locale.ROOT); }

    /** {@code thread} or {@code process}; empty for anything else. */
    public static Optional<Isolation> parse(String text) {
        for (Isolation i : values()) if (i.attribute().equals(text)) return Optional.of(i);
        return Optional.empty();
    }
}
