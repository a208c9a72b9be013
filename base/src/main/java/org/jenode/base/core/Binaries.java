package org.jenode.base.core;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.runtime.JarCatalog;

/**
 * The ROM of binaries: every component program by name, as the modules' {@link BinaryCatalog}s list
 * them, plus extra binaries and aliases given by the embedding program (tests, {@code --headless}).
 */
public final class Binaries {

    private final Map<String, Binary> byName;

    private Binaries(Map<String, Binary> byName) { this.byName = Map.copyOf(byName); }

    /**
     * The system property naming further catalogs by class (comma-separated): programs that no module
     * provides, such as a test's, which a child in a process of its own must find as its parent does. Each
     * class needs a public no-argument constructor, in a package its module exports to {@code org.jenode.base}.
     */
    public static final String EXTRA_CATALOGS = "jenode.catalogs";

    /** All binaries that the modules of this run provide, and those of the catalogs {@link #EXTRA_CATALOGS} names. */
    public static Binaries discover() {
        Map<String, Binary> all = new LinkedHashMap<>();
        for (BinaryCatalog catalog : ServiceLoader.load(BinaryCatalog.class)) add(catalog, all);
        for (String name : System.getProperty(EXTRA_CATALOGS, "").split(",")) {
            if (!name.isBlank()) add(extra(name.strip()), all);
        }
        return new Binaries(all);
    }

    private static void add(BinaryCatalog catalog, Map<String, Binary> all) {
        for (Binary b : catalog.binaries()) {
            Binary clash = all.putIfAbsent(b.name(), b);
            if (clash != null) throw new IllegalStateException("binary '" + b.name() + "' registered twice");
        }
    }

    private static BinaryCatalog extra(String className) {
        try {
            return (BinaryCatalog) Class.forName(className, true, ClassLoader.getSystemClassLoader()).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(EXTRA_CATALOGS + ": no catalog " + className + ": " + e, e);
        }
    }

    /**
     * These binaries plus those that a user's {@code jar} registers (in its own {@link BinaryCatalog}),
     * learnt by a process of their own: this JVM loads none of its classes, and each runs only in a child
     * with {@code isolation="process"}. A name that is taken already is refused.
     *
     * @throws org.jenode.base.InvalidRequestException if the jar registers nothing usable, naming why
     */
    public Binaries withJar(Path jar) {
        Map<String, Binary> all = new LinkedHashMap<>(byName);
        for (Binary b : JarCatalog.binaries(jar)) {
            if (all.putIfAbsent(b.name(), b) != null)
                throw new InvalidRequestException(jar + " registers the binary '" + b.name() + "', which Jenode has already");
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
