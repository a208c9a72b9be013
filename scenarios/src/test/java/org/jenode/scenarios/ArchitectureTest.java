package org.jenode.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jenode.base.Dataspace;
import org.junit.jupiter.api.Test;

/**
 * Mechanism stays apart from policy, and the module descriptors say so: each module exports exactly
 * its session-interface (client API) packages, and no module requires one that is only an
 * implementation (a program such as the apps or the command). The compiler and the runtime then keep a
 * client out of a server's packages. Checked on the descriptors the build compiled, of every module in
 * the work tree that has one; a new module must declare its API here.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** What a module exports to everyone, and to whom it exports what else. */
    private record Api(Set<String> exports, Map<String, Set<String>> qualified) {
        static Api of(String... exports) { return new Api(Set.of(exports), Map.of()); }

        /** A program: it exports nothing, so nothing can require it. */
        static Api none() { return of(); }

        Api qualified(String pkg, String... to) {
            Map<String, Set<String>> all = new TreeMap<>(qualified);
            all.put(pkg, Set.of(to));
            return new Api(exports, all);
        }
    }

    private static final Map<String, Api> APIS = Map.ofEntries(
            Map.entry("org.jenode.base", Api.of("org.jenode.base", "org.jenode.base.geometry", "org.jenode.base.gfx",
                    "org.jenode.base.log", "org.jenode.base.parent", "org.jenode.base.report", "org.jenode.base.rom", "org.jenode.base.timer",
                    "org.jenode.base.xml").qualified("org.jenode.base.core", "org.jenode.scenarios", "org.jenode.bench")
                    // a sandboxed child's SLF4J provider, which SLF4J instantiates by its name
                    .qualified("org.jenode.base.runtime.log", "org.slf4j")),
            Map.entry("org.jenode.input", Api.of("org.jenode.input", "org.jenode.input.calibration")),
            Map.entry("org.jenode.framebuffer", Api.of("org.jenode.framebuffer")),
            Map.entry("org.jenode.nitpicker", Api.of("org.jenode.nitpicker")),
            Map.entry("org.jenode.apps", Api.none()),
            Map.entry("org.jenode.terminal", Api.of("org.jenode.terminal")),
            Map.entry("org.jenode.wm", Api.none()),
            Map.entry("org.jenode.loader", Api.of("org.jenode.loader")),
            Map.entry("org.jenode.launcher", Api.none()),
            Map.entry("org.jenode.decorator", Api.none()),
            Map.entry("org.jenode.layouter", Api.none()),
            Map.entry("org.jenode.scenarios", Api.none()),
            Map.entry("org.jenode.bench", Api.none().qualified("org.jenode.bench.jmh_generated", "jmh.core")
                    .qualified("org.jenode.bench.sandbox", "org.jenode.base").qualified("org.jenode.bench.latency", "org.jenode.base")),
            Map.entry("org.jenode.testing", Api.of("org.jenode.testing.x11")));

    @Test
    void everyModuleExportsExactlyItsApi() {
        Map<String, ModuleDescriptor> modules = modules();
        assertThat(modules.keySet()).as("modules of the work tree, and those declared here").isEqualTo(APIS.keySet());
        modules.forEach((name, descriptor) -> {
            Api api = APIS.get(name);
            assertThat(unqualified(descriptor)).as(name + " exports").isEqualTo(api.exports());
            assertThat(qualified(descriptor)).as(name + " exports only to").isEqualTo(api.qualified());
        });
    }

    @Test
    void noModuleRequiresAProgram() {
        Set<String> programs = APIS.entrySet().stream().filter(e -> e.getValue().exports().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<String> violations = new ArrayList<>();
        modules().forEach((name, descriptor) -> {
            for (Requires r : descriptor.requires()) if (programs.contains(r.name())) violations.add(name + " requires " + r.name());
        });
        assertThat(programs).contains("org.jenode.apps", "org.jenode.scenarios", "org.jenode.bench");
        assertThat(violations).isEmpty();
    }

    @Test
    void baseRequiresNothingElseOfJenode() {
        assertThat(modules().get("org.jenode.base").requires()).extracting(Requires::name)
                .isNotEmpty().noneMatch(n -> n.startsWith("org.jenode."));
    }

    /** The runtime behind every Env: core builds on it, nothing else in base reaches it (JPMS keeps other modules out). */
    @Test
    void onlyCoreReachesBasesRuntime() throws IOException {
        Path base = ROOT.resolve("base/src/main/java/org/jenode/base");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = base.relativize(file.getParent()).toString();
                if (pkg.equals("runtime") || pkg.equals("core")) continue;
                if (Files.readString(file).contains("import org.jenode.base.runtime."))
                    violations.add(ROOT.relativize(file) + " imports the runtime");
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void noModuleOpensItselfToReflection() {
        // a component must not reach another's internals by reflection: only picocli may set the command's options
        modules().forEach((name, descriptor) -> {
            assertThat(descriptor.isOpen()).as(name + " is an open module").isFalse();
            assertThat(descriptor.opens()).as(name + " opens").allSatisfy(o -> assertThat(o.targets()).containsExactly("info.picocli"));
        });
    }

    /**
     * Base's API takes the runtime's own tokens in exactly two places, which only the runtime can reach: a
     * descriptor that came over a child's socket ({@code Dataspace.mapped}; so a component on threads
     * cannot map another's memory file of this JVM by guessing its number) and a signal's relay to another
     * process ({@code SignalHandler.relayed}; so it cannot make a handler that runs its code on a server's
     * thread). A component's module (this one) can neither name nor make such a token, even by reflection.
     */
    @Test
    void noComponentCanMakeTheTokensThatBasesApiTakesFromTheRuntime() throws Exception {
        Module base = Dataspace.class.getModule();
        Map<String, Class<?>> doors = new TreeMap<>();
        try (ModuleReader reader = ModuleFinder.of(ROOT.resolve("base/target/classes")).find(base.getName()).orElseThrow().open();
             Stream<String> entries = reader.list()) {
            for (String entry : entries.filter(e -> e.endsWith(".class") && !e.equals("module-info.class")).toList()) {
                Class<?> c = Class.forName(entry.replace('/', '.').replaceAll("\\.class$", ""), false, base.getClassLoader());
                if (!Modifier.isPublic(c.getModifiers()) || !base.isExported(c.getPackageName())) continue;
                List<Executable> api = new ArrayList<>(List.of(c.getConstructors()));
                api.addAll(List.of(c.getDeclaredMethods()));
                for (Executable e : api) {
                    if (!Modifier.isPublic(e.getModifiers())) continue;
                    for (Class<?> type : e.getParameterTypes())
                        if (type.getModule() == base && !base.isExported(type.getPackageName())) doors.put(c.getSimpleName() + "." + e.getName(), type);
                }
            }
        }
        assertThat(doors).as("public methods of base's API that take a type of a package it does not export")
                .containsOnlyKeys("Dataspace.mapped", "SignalHandler.relayed");
        assertThat(Stream.of(Dataspace.class.getMethods()).filter(m -> m.getName().equals("mapped")))
                .as("a descriptor is mapped only as a token, never by its number")
                .allSatisfy(m -> assertThat(m.getParameterTypes()[0]).isEqualTo(doors.get("Dataspace.mapped")));
        for (Class<?> token : doors.values()) {
            assertThat(getClass().getModule().canRead(base) && base.isExported(token.getPackageName(), getClass().getModule()))
                    .as(token + " is visible here").isFalse();
            for (Constructor<?> constructor : token.getConstructors()) {
                Object[] none = new Object[constructor.getParameterCount()];
                assertThatThrownBy(() -> constructor.newInstance(none)).as("making a " + token.getSimpleName()).isInstanceOf(IllegalAccessException.class);
                assertThatThrownBy(() -> constructor.setAccessible(true)).isInstanceOf(InaccessibleObjectException.class);
            }
        }
    }

    /** The compiled descriptor of each Maven module that has a {@code module-info.java}, by module name. */
    private static Map<String, ModuleDescriptor> modules() {
        Map<String, ModuleDescriptor> modules = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("src/main/java/module-info.java"))).toList()) {
                Path classes = dir.resolve("target/classes");
                Set<ModuleReference> found = ModuleFinder.of(classes).findAll();
                assertThat(found).as(dir.getFileName() + ": no compiled module-info in " + classes + " (build it first)").hasSize(1);
                ModuleDescriptor descriptor = found.iterator().next().descriptor();
                modules.put(descriptor.name(), descriptor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return modules;
    }

    private static Set<String> unqualified(ModuleDescriptor descriptor) {
        return descriptor.exports().stream().filter(e -> !e.isQualified()).map(Exports::source).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Set<String>> qualified(ModuleDescriptor descriptor) {
        return descriptor.exports().stream().filter(Exports::isQualified)
                .collect(Collectors.toMap(Exports::source, Exports::targets, (a, _) -> a, TreeMap::new));
    }
}
