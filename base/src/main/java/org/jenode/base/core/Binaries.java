package org.jenode.base.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;
import org.jenode.base.ServiceDeniedException;

/**
 * The ROM of binaries: every component program by name, as the modules' {@link BinaryCatalog}s list
 * them, plus extra binaries and aliases given by the embedding program (tests, {@code --headless}).
 */
public final class Binaries {

    private final Map<String, Binary> byName;

    private Binaries(Map<String, Binary> byName) { this.byName = Map.copyOf(byName); }

    /** All binaries that the modules of this run provide. */
    public static Binaries discover() {
        Map<String, Binary> all = new LinkedHashMap<>();
        for (BinaryCatalog catalog : ServiceLoader.load(BinaryCatalog.class)) {
            for (Binary b : catalog.binaries()) {
                Binary clash = all.putIfAbsent(b.name(), b);
                if (clash != null) throw new IllegalStateException("binary '" + b.name() + "' registered twice");
            }
        }
        return new Binaries(all);
    }

    /** These binaries plus {@code extra}, which win over same-named ones. */
    public Binaries with(Binary... extra) {
        Map<String, Binary> all = new LinkedHashMap<>(byName);
        for (Binary b : extra) all.put(b.name(), b);
        return new Binaries(all);
    }

    /** {@code name} now runs the program of {@code target} (e.g. a window driver replaced by a headless one). */
    public Binaries alias(String name, String target) {
        Binary b = lookup(target);
        return with(b.named(name));
    }

    /** The binary named {@code name}, if there is one. */
    public Optional<Binary> find(String name) { return Optional.ofNullable(byName.get(name)); }

    public Binary lookup(String name) {
        Binary b = byName.get(name);
        if (b == null) throw new ServiceDeniedException("no binary '" + name + "' (known: " + names() + ")");
        return b;
    }

    public Set<String> names() { return new TreeSet<>(byName.keySet()); }
}
