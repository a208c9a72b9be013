package org.jenode.base.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The ahead-of-time cache of the children's JVMs (JEP 483): the classes a child's JVM loads and links on
 * its way to running its component (the JDK's, the runtime's, the wire's, the component's), kept in one
 * file that a child maps instead of loading them from the jars again. The folder is named by
 * {@value #PROPERTY} (the build's {@code target/aot}); without it, or for a JVM that patches, upgrades or
 * limits modules (the tests' JVMs patch their test classes in), children start without a cache, as
 * always.
 *
 * <p>A cache is valid only for the command that made it, so its file is named after a hash of what the
 * JVM checks when it maps one: the java binary and its runtime image, the module and class path (and the
 * size and time of each of their jars and folders), the module options, the GC and every other JVM option
 * a child gets that is the same for all children. What differs between children is left out: the limits
 * of the quantum ({@code -Xmx} and the like, which the JVM does not check), the system properties
 * (the label) and logging options. A child uses the cache if its file exists, and otherwise starts as before, with nothing
 * said; a file the JVM finds stale or damaged is ignored as silently ({@link #USE}). The file is made by
 * {@link org.jenode.base.core.AotTraining}: a child started while {@value #RECORD_PROPERTY} names its label
 * records instead ({@link #RECORD}), and writes the command that builds the cache from the record next to
 * it.
 */
public final class AotCache {

    /** The system property that names the cache folder. */
    public static final String PROPERTY = "jenode.child.aot-cache";
    /**
     * The system property (of the parent, never on a command line) naming the labels of the children that
     * record, comma-separated: one for each set of modules that children resolve ({@link ChildModules}).
     */
    public static final String RECORD_PROPERTY = "jenode.child.aot-record";
    /**
     * How long a recording JVM may take to end once asked to: it writes some 20 MB of record as it ends,
     * which took more than 30 s on a busy 2-core build machine (CI, end-to-end tests beside it).
     */
    public static final Duration RECORD_GRACE = Duration.ofSeconds(60);
    /** The suffixes of a cache, a record and the arguments of the JVM that builds one from the other. */
    static final String CACHE = ".aot", RECORDED = ".aotconf", CREATE_ARGS = ".create";
    /**
     * With these the JVM maps the cache if it can and says nothing if it cannot: {@code -XX:AOTMode=auto}
     * is the default, but a cache made by another JDK build or for other jars, or a damaged file, is
     * reported as a warning of the {@code aot} and {@code cds} tags on the JVM's output, which a child's
     * parent would log as its output. Logging to a file, or {@code -Xlog:aot} later in the options
     * ({@value ChildProcess#OPTIONS_PROPERTY}), overrides them.
     */
    static final List<String> USE = List.of("-XX:AOTMode=auto", "-Xlog:aot=off", "-Xlog:cds=off");
    /**
     * Recording: the record's writer would warn about every class it cannot keep (classes of old class
     * file versions, and those a JDK agent has linked) on the JVM's output; those warnings are not faults.
     */
    static final List<String> RECORD = List.of("-XX:AOTMode=record", "-Xlog:aot=off", "-Xlog:cds=off");

    /** What a recording JVM prints as it ends, whatever its logging options; the parent does not log it. */
    static final String RECORDED_NOTICE = "AOTConfiguration recorded:";

    private final Path folder;
    private final String key;

    private AotCache(Path folder, String key) {
        this.folder = folder;
        this.key = key;
    }

    /**
     * The cache for children whose JVM, up to its per-child options, is {@code shared}: none without a
     * folder, or where the JVM can neither use nor make one.
     */
    static Optional<AotCache> of(List<String> shared) {
        String where = System.getProperty(PROPERTY, "").trim();
        if (where.isEmpty() || shared.stream().anyMatch(AotCache::forbids)) return Optional.empty();
        return Optional.of(new AotCache(Path.of(where).toAbsolutePath(), key(shared)));
    }

    /** The options of the child labelled {@code label}: to record if it is the one being trained, to use the cache if there is one. */
    List<String> options(String label) {
        List<String> options = new ArrayList<>();
        // a second child of the same modules would write the same record: it starts as any other
        if (List.of(System.getProperty(RECORD_PROPERTY, "").split(",")).contains(label) && !Files.exists(file(CREATE_ARGS))) {
            options.addAll(RECORD);
            options.add("-XX:AOTConfiguration=" + file(RECORDED));
        } else if (Files.isRegularFile(file(CACHE))) {
            options.addAll(USE);
            options.add("-XX:AOTCache=" + file(CACHE));
        }
        return options;
    }

    /**
     * Writes, next to the record, the arguments of the JVM that builds the cache from it: {@code shared}
     * with {@code main} (the JVM needs the same module graph, and runs no main in this mode), as a java
     * argument file.
     */
    void recording(List<String> shared, List<String> main) throws IOException {
        Files.createDirectories(folder);
        List<String> create = new ArrayList<>(shared.subList(1, shared.size()));
        create.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + file(RECORDED), "-XX:AOTCache=" + file(CACHE) + ".partial"));
        create.addAll(main);
        StringBuilder text = new StringBuilder();
        for (String argument : create) {
            text.append('"').append(argument.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        Files.writeString(file(CREATE_ARGS), text, StandardCharsets.UTF_8);
    }

    /**
     * Builds a cache from what each child that recorded left in the folder, in a JVM of its own each, and
     * deletes the records, their arguments and every other cache in the folder (made for jars since
     * rebuilt). Returns, for each record, the cache or why there is none.
     */
    public static List<Result> build(Duration timeout) throws IOException, InterruptedException {
        Path folder = Path.of(System.getProperty(PROPERTY, "").trim()).toAbsolutePath();
        List<Path> args;
        try (var files = Files.list(folder)) {
            args = files.filter(f -> f.getFileName().toString().endsWith(CREATE_ARGS)).sorted().toList();
        }
        if (args.isEmpty()) return List.of(new Result.None("no record in " + folder));
        List<Result> results = new ArrayList<>();
        List<Path> built = new ArrayList<>();
        for (Path a : args) {
            Result result = build(a, timeout);
            if (result instanceof Result.Built b) built.add(b.cache());
            results.add(result);
        }
        try (var files = Files.list(folder)) {
            for (Path old : files.filter(f -> f.getFileName().toString().endsWith(CACHE) && !built.contains(f)).toList()) Files.delete(old);
        }
        return results;
    }

    /** Builds the cache of the record that the arguments {@code args} name. */
    private static Result build(Path args, Duration timeout) throws IOException, InterruptedException {
        Path folder = args.getParent();
        String key = args.getFileName().toString().replace(CREATE_ARGS, "");
        Path record = folder.resolve(key + RECORDED), cache = folder.resolve(key + CACHE), partial = folder.resolve(key + CACHE + ".partial");
        try {
            if (!Files.isRegularFile(record)) return new Result.None(key + ": the child wrote no record (it did not end normally)");
            String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            Path output = folder.resolve(key + ".log");
            Process p = new ProcessBuilder(java, "@" + args).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly().waitFor();
                    return new Result.None(key + ": building it took longer than " + timeout.toSeconds() + " s");
                }
                if (p.exitValue() != 0 || !Files.isRegularFile(partial)) {
                    List<String> said = Files.readAllLines(output, StandardCharsets.ISO_8859_1);
                    return new Result.None(key + ": the JVM that builds it ended with exit code " + p.exitValue() + ": "
                            + String.join(" / ", said.subList(Math.max(0, said.size() - 3), said.size())));
                }
            } finally {
                Files.deleteIfExists(output);
            }
            Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Result.Built(cache.toAbsolutePath(), Files.size(cache));
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(record);
            Files.deleteIfExists(args);
        }
    }

    /** Deletes what a child that recorded left in the folder, when no cache is to be built from it. */
    public static void discard() throws IOException {
        Path folder = Path.of(System.getProperty(PROPERTY, "").trim()).toAbsolutePath();
        if (!Files.isDirectory(folder)) return;
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(CREATE_ARGS) || f.getFileName().toString().endsWith(RECORDED)).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** What {@link #build} made. */
    public sealed interface Result {
        /** The cache, of {@code bytes}. */
        record Built(Path cache, long bytes) implements Result { }
        /** No cache, and why. */
        record None(String why) implements Result { }
    }

    private Path file(String suffix) { return folder.resolve(key + suffix); }

    /** An option with which the JVM can neither record nor use a cache: it changes the modules' classes. */
    private static boolean forbids(String option) {
        return option.startsWith("--patch-module") || option.startsWith("--upgrade-module-path") || option.startsWith("--limit-modules");
    }

    /**
     * A hash of {@code shared} without its system properties, of the java binary's runtime image and of the
     * size and time of every jar and folder on its module and class path: a rebuilt jar names another cache.
     */
    private static String key(List<String> shared) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : shared) {
                if (part.startsWith("-D") || part.startsWith("-Xlog")) continue; // the JVM checks neither
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            List<Path> stamped = new ArrayList<>(pathEntries(shared));
            stamped.add(Path.of(shared.getFirst()).toAbsolutePath().getParent().resolveSibling(Path.of("lib", "modules")));
            for (Path entry : stamped) {
                try {
                    digest.update((entry + ":" + Files.size(entry) + ":" + Files.getLastModifiedTime(entry).toMillis()).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    digest.update((entry + ":missing").getBytes(StandardCharsets.UTF_8));
                }
            }
            return "child-" + HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The jars and folders named by the command's {@code --module-path} and {@code -cp}. */
    private static List<Path> pathEntries(List<String> command) {
        List<Path> entries = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            String c = command.get(i);
            String value = c.startsWith("--module-path=") ? c.substring("--module-path=".length())
                    : (c.equals("--module-path") || c.equals("-p") || c.equals("-cp")) && i + 1 < command.size() ? command.get(i + 1) : null;
            if (value == null) continue;
            for (String e : value.split(java.io.File.pathSeparator)) if (!e.isEmpty()) entries.add(Path.of(e));
        }
        return entries;
    }
}
