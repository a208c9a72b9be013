package org.jenode.base.runtime;

import java.lang.management.ManagementFactory;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;
import org.jenode.base.core.Binaries;

/**
 * The modules of this JVM's module path that a child's JVM needs for its program: those its program's
 * module requires, directly or through others, and those that provide a service one of them uses, as
 * the JVM resolves them. Not this JVM's whole module path: the JVM resolves every module on its path
 * that provides a service a resolved module uses, every component module provides a {@link BinaryCatalog},
 * which base uses, and so a nitpicker client's JVM resolved the terminal's PTY and Kotlin, the drivers'
 * LWJGL and the parent's Logback too, 90 ms of a child's start.
 *
 * <p>Two services are not followed: {@link BinaryCatalog} (the child runs the program of its roots, whose
 * catalogs are in the set) and SLF4J's provider (a child logs through {@code ChildLogging}, named on its
 * command line). A module required only statically is left out (framebuffer's drivers' toolkits, which
 * this JVM has because its launcher added them) unless the program's own module requires it: a sandboxed
 * driver gets its toolkit, a client of the driver's session does not. An automatic module brings every
 * automatic module, as the JVM resolves them together. Modules of the runtime image are always there and
 * not listed.
 *
 * @param path  the module path, in the order of this JVM's
 * @param names the modules on it
 */
record ChildModules(List<Path> path, Set<String> names) {

    /**
     * A system property of the parent: {@code all} gives every child this JVM's whole module path, as before
     * children got their own ({@code ./jenode bench sandbox} measures the difference).
     */
    static final String PROPERTY = "jenode.child.modules";
    private static final ModuleFinder IMAGE = ModuleFinder.ofSystem();
    private static final Set<String> NOT_FOLLOWED = Set.of(BinaryCatalog.class.getName(), "org.slf4j.spi.SLF4JServiceProvider");

    /**
     * The modules for a child that runs {@code binary}; empty for this JVM's whole module path: for a
     * user's jar (whose code may use any module that Jenode's export), and in a JVM that patches modules
     * (a test's, whose patched-in classes need what no descriptor says); and where {@value #PROPERTY} says {@code all}.
     */
    static Optional<ChildModules> of(Binary binary) {
        if (System.getProperty(PROPERTY, "").equals("all")) return Optional.empty();
        boolean patched = ManagementFactory.getRuntimeMXBean().getInputArguments().stream().anyMatch(a -> a.startsWith("--patch-module"));
        Object code = switch (binary.program()) {
            case Binary.Plain p -> p.constructor();
            case Binary.Parenting p -> p.constructor();
            case Binary.Jar _ -> null;
        };
        if (code == null || patched) return Optional.empty();
        List<Module> roots = new ArrayList<>(List.of(code.getClass().getModule()));
        for (String name : System.getProperty(Binaries.EXTRA_CATALOGS, "").split(",")) {
            if (name.isBlank()) continue;
            try {
                roots.add(Class.forName(name.strip(), false, ClassLoader.getSystemClassLoader()).getModule());
            } catch (ClassNotFoundException e) {
                return Optional.empty(); // the child says which catalog it lacks
            }
        }
        return of(roots);
    }

    /**
     * The modules for a child whose program is in {@code roots}; empty where this JVM cannot tell (a
     * root outside its boot layer, such as a user's jar's or the class path's).
     */
    static Optional<ChildModules> of(Collection<Module> roots) {
        Configuration boot = ModuleLayer.boot().configuration();
        Set<ResolvedModule> needed = new LinkedHashSet<>();
        Deque<ResolvedModule> todo = new ArrayDeque<>();
        Set<String> rootNames = new LinkedHashSet<>();
        for (Module root : roots) {
            if (!root.isNamed() || root.getLayer() != ModuleLayer.boot()) return Optional.empty();
            todo.add(boot.findModule(root.getName()).orElseThrow());
            rootNames.add(root.getName());
        }
        todo.add(boot.findModule(ChildModules.class.getModule().getName()).orElseThrow()); // SandboxMain's
        while (!todo.isEmpty()) {
            ResolvedModule m = todo.poll();
            if (inImage(m) || !needed.add(m)) continue;
            if (m.reference().descriptor().isAutomatic()) {
                for (ResolvedModule other : boot.modules()) if (other.reference().descriptor().isAutomatic()) todo.add(other);
                continue; // it reads every module: those it needs are what its explicit readers require
            }
            // what it requires, not what it reads here: a static requirement's module is here because this
            // JVM's launcher added it, and with it what that one requires transitively, and every automatic
            // module, which a module requiring one reads; none of those is the child's to resolve
            boolean root = rootNames.contains(m.name());
            for (ModuleDescriptor.Requires r : m.reference().descriptor().requires()) {
                if (root || !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) boot.findModule(r.name()).ifPresent(todo::add);
            }
            for (String service : m.reference().descriptor().uses()) {
                if (NOT_FOLLOWED.contains(service)) continue;
                for (ResolvedModule provider : boot.modules()) {
                    if (provider.reference().descriptor().provides().stream().anyMatch(p -> p.service().equals(service))) todo.add(provider);
                }
            }
        }
        List<Path> path = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String entry : System.getProperty("jdk.module.path", "").split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) continue;
            Path p = Path.of(entry).toAbsolutePath().normalize();
            for (ResolvedModule m : needed) {
                if (m.reference().location().map(ChildModules::path).filter(p::equals).isPresent()) {
                    path.add(Path.of(entry));
                    names.add(m.name());
                    break;
                }
            }
        }
        if (names.size() != needed.size()) return Optional.empty(); // a module from a folder of many: keep the whole path
        return Optional.of(new ChildModules(List.copyOf(path), Set.copyOf(names)));
    }

    /**
     * This JVM's module option {@code option} ({@code --name=value}, as the JVM lists its arguments) as the
     * child gets it: the module path its own; of the modules an option names, those the child has (the JVM
     * would warn of each unknown one); empty where none is left.
     */
    Optional<String> option(String option) {
        int eq = option.indexOf('=');
        if (eq < 0) return Optional.of(option);
        String name = option.substring(0, eq), value = option.substring(eq + 1);
        return switch (name) {
            case "--module-path" -> Optional.of(name + "=" + String.join(java.io.File.pathSeparator, path.stream().map(Path::toString).toList()));
            case "--add-modules" -> list(value).map(v -> name + "=" + v);
            case "--add-opens", "--add-exports", "--add-reads" -> {
                int to = value.indexOf('=');
                String source = to < 0 ? value : value.substring(0, to);
                int slash = source.indexOf('/');
                if (!has(slash < 0 ? source : source.substring(0, slash))) yield Optional.empty();
                if (to < 0) yield Optional.of(option);
                yield list(value.substring(to + 1)).map(targets -> name + "=" + source + "=" + targets);
            }
            default -> Optional.of(option);
        };
    }

    /** The modules of a comma-separated list that the child has, and the list's {@code ALL-...} tokens. */
    private Optional<String> list(String modules) {
        List<String> kept = new ArrayList<>();
        for (String m : modules.split(",")) if (m.startsWith("ALL-") || has(m)) kept.add(m);
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join(",", kept));
    }

    /** Whether the child's JVM knows {@code module}: on its path, or in the runtime image. */
    boolean has(String module) { return names.contains(module) || IMAGE.find(module).isPresent(); }

    private static boolean inImage(ResolvedModule m) {
        return m.reference().location().map(URI::getScheme).filter("jrt"::equals).isPresent();
    }

    private static Path path(URI location) {
        return location.getScheme().equals("file") ? Path.of(location).toAbsolutePath().normalize() : Path.of("");
    }
}
