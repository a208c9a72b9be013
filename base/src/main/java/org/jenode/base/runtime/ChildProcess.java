package org.jenode.base.runtime;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jenode.base.runtime.log.ChildLogging;
import org.jenode.base.runtime.wire.UnixSocket;
import org.jenode.base.runtime.wire.Wire;
import org.slf4j.Logger;

/**
 * The OS process of a child: a JVM of this JVM's JDK, started with the modules of this JVM's module path
 * that its program needs ({@link ChildModules}) and this JVM's module options for those (so the same
 * component classes are there), the memory limits of its quantum and the start-up
 * options that make a small JVM start fast, running {@link SandboxMain}. It connects to a Unix-domain
 * socket in a folder of its own (0700, under the temporary directory); as soon as it has, socket and
 * folder are deleted, so nothing of it is left in the file system, and a connection from any other
 * process is refused (the kernel names the peer). It is started without any capability
 * ({@link Privileges}), from a parent that has made itself non-dumpable. What it prints (its log, as
 * {@link ChildLogging} formats it, and anything the JVM itself says) is logged here under its label.
 */
final class ChildProcess {

    /** The options that make a child start quickly and stay small; see the README for what each saves. */
    static final List<String> START_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:-UsePerfData");
    /** The socket folders are named after the parent's process, so that one can tell whose they are. */
    static final String FOLDER_PREFIX = "jenode-";
    /** The child's label, on its command line. */
    static final String LABEL_PROPERTY = "jenode.child";
    /**
     * Java options for every child's JVM, separated by spaces, after (so overriding) the start options:
     * for trying start-up levers ({@code ./jenode bench sandbox}) and for an AppCDS archive.
     */
    static final String OPTIONS_PROPERTY = "jenode.child.java-options";
    private static final int OUTPUT_KEPT = 8;
    private static final int MAX_LINE = 16 * 1024;
    /**
     * What every JVM that resolves base prints first, since gfx.Canvas draws with the Vector API; no JVM
     * option silences it (the jenode script drops it from the parent's output the same way).
     */
    private static final String INCUBATOR_NOTICE = "WARNING: Using incubator modules: jdk.incubator.vector";

    private final Process process;
    private final Path folder;
    private final Path socket;
    private final UnixSocket server;
    private final Deque<String> lastOutput = new ArrayDeque<>();
    /** Whether its JVM records for the AOT cache: it writes the record as it ends, which must not be cut short. */
    private final boolean records;

    private ChildProcess(Process process, Path folder, Path socket, UnixSocket server, boolean records) {
        this.process = process;
        this.folder = folder;
        this.socket = socket;
        this.server = server;
        this.records = records;
    }

    /**
     * Starts the JVM of a child labelled {@code label}, with {@code jars} (a user's components) on its class
     * path; its output goes to {@code log}.
     */
    static ChildProcess start(String label, long quantum, List<Path> jars, Optional<ChildModules> modules, Logger log) throws IOException {
        Path folder = Files.createTempDirectory(FOLDER_PREFIX + ProcessHandle.current().pid() + "-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path socket = folder.resolve("s");
        UnixSocket server = null;
        try {
            server = UnixSocket.listen(socket);
            List<String> command = command(label, socket, quantum, jars, modules);
            Process process = spawn(new ProcessBuilder(command).redirectErrorStream(true), label);
            process.getOutputStream().close();
            ChildProcess child = new ChildProcess(process, folder, socket, server, command.contains(AotCache.RECORD.getFirst()));
            Thread.ofVirtual().name("output of " + label).start(() -> child.relay(log));
            return child;
        } catch (IOException | RuntimeException e) {
            if (server != null) server.close();
            Files.deleteIfExists(socket);
            Files.deleteIfExists(folder);
            throw e;
        }
    }

    /**
     * Starts a process that runs code of a child's (a component, or a user's jar being listed) as
     * {@link Privileges} says: this process non-dumpable from now on, and the new one started from a thread
     * of its own that has given up every capability first, so that it inherits that thread's (empty) sets
     * on every thread it will have. A capability belongs to a thread, so no other thread of this JVM loses
     * one (the JDK's process reaper, if this start creates it, has none and needs none: it only waits).
     */
    static Process spawn(ProcessBuilder builder, String label) throws IOException {
        Privileges.hide();
        CompletableFuture<Process> started = new CompletableFuture<>();
        Thread.ofPlatform().name("start of the process of " + label).start(() -> {
            try {
                Privileges.drop();
                started.complete(builder.start());
            } catch (Throwable t) {
                started.completeExceptionally(t);
            }
        });
        try {
            return started.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw e;
            }
        }
    }

    /**
     * Waits for the child to connect, at most {@code timeout} (or until it ends), and deletes socket and
     * folder: nobody else can connect after that. A connection from another process (the kernel says whose)
     * is closed, and the wait goes on.
     */
    Wire accept(Duration timeout) throws IOException {
        long until = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                UnixSocket connection;
                try {
                    connection = server.accept(Math.max(1, (until - System.nanoTime()) / 1_000_000), process::isAlive);
                } catch (IOException e) {
                    throw new IOException("the process did not connect" + (process.isAlive() ? " within " + timeout.toMillis() + " ms"
                            : ", it ended with exit code " + process.exitValue() + output()), e);
                }
                boolean child = false;
                try {
                    child = connection.peerPid() == process.pid();
                } finally {
                    if (!child) connection.close();
                }
                if (child) return new Wire(connection);
            }
        } finally {
            closeServer();
        }
    }

    long pid() { return process.pid(); }

    /** How long the process may take to end once it was asked to: a recording JVM writes its record first. */
    Duration grace() { return records ? AotCache.RECORD_GRACE : Duration.ofMillis(ComponentEnv.GRACE_MS); }

    Process process() { return process; }

    /** The last lines the process printed that were not its log (the JVM's own last words), for a fault's reason. */
    String output() {
        synchronized (lastOutput) {
            return lastOutput.isEmpty() ? "" : " (" + String.join(" / ", lastOutput) + ")";
        }
    }

    private void closeServer() {
        server.close();
        try {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // the folder is private to this process and empty; a failure here leaves an empty folder
        }
    }

    /** Logs each line the process prints, until it ends. */
    private void relay(Logger log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.length() > MAX_LINE) line = line.substring(0, MAX_LINE) + "...";
                if (ChildLogging.relay(line, log)) continue;
                if (line.equals(INCUBATOR_NOTICE) || line.strip().startsWith(AotCache.RECORDED_NOTICE)) continue;
                log.warn("{}", line);
                keep(line);
            }
        } catch (IOException e) {
            log.debug("output ended: {}", e.toString());
        }
    }

    private void keep(String line) {
        synchronized (lastOutput) {
            if (lastOutput.size() == OUTPUT_KEPT) lastOutput.removeFirst();
            lastOutput.addLast(line);
        }
    }

    /**
     * {@code java [module path and module options of this JVM] [limits] [start options] [AOT cache] -m
     * org.jenode.base/...SandboxMain SOCKET}; the AOT cache ({@link AotCache}) where one was made for this
     * command up to its limits and label. This JVM's own memory, GC and debugging options are not the
     * child's; its module options and system properties are (tests patch and export their packages so).
     */
    static List<String> command(String label, Path socket, long quantum, List<Path> jars, Optional<ChildModules> modules) throws IOException {
        List<String> command = jvm(label, quantum, jars, modules);
        List<String> shared = new ArrayList<>(command);
        shared.removeAll(ProcessLimits.of(quantum).options());
        Optional<AotCache> aot = AotCache.of(shared);
        if (aot.isPresent()) {
            List<String> options = aot.get().options(label);
            if (options.contains(AotCache.RECORD.getFirst())) aot.get().recording(shared, main(null));
            command.addAll(options);
        }
        command.addAll(main(socket));
        return command;
    }

    /** The main class and its argument, the socket ({@code null}: none, for the JVM that builds the AOT cache). */
    private static List<String> main(Path socket) {
        String main = SandboxMain.class.getModule().getName() + "/" + SandboxMain.class.getName();
        return socket == null ? List.of("-m", main) : List.of("-m", main, socket.toString());
    }

    /**
     * A JVM as a child gets it, up to its main class: {@code modules} (else this JVM's whole module path)
     * and this JVM's module options for those, its class path and {@code jars} after it (in the unnamed
     * module, so their code reaches only what Jenode's modules export), the limits of {@code quantum}, the
     * start options and the child's logging.
     */
    static List<String> jvm(String label, long quantum, List<Path> jars, Optional<ChildModules> modules) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Set<String> nativeAccess = new LinkedHashSet<>(List.of(SandboxMain.class.getModule().getName()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("--enable-native-access=")) {
                nativeAccess.addAll(List.of(option.substring("--enable-native-access=".length()).split(",")));
            } else if (modules.isPresent() && option.startsWith("--")) {
                modules.get().option(option).ifPresent(command::add);
            } else if (option.startsWith("--") || option.startsWith("-D") && !option.startsWith("-Djdk.module.main=")
                    && !option.startsWith("-D" + OPTIONS_PROPERTY + "=")) {
                command.add(option);
            }
        }
        if (modules.isPresent()) nativeAccess.removeIf(m -> !modules.get().has(m));
        command.add("--enable-native-access=" + String.join(",", nativeAccess));
        List<String> classPath = new ArrayList<>();
        String own = System.getProperty("java.class.path", "");
        if (!own.isEmpty()) classPath.add(own);
        for (Path jar : jars) classPath.add(jar.toAbsolutePath().toString());
        if (!classPath.isEmpty()) command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath)));
        command.addAll(ProcessLimits.of(quantum).options());
        command.addAll(START_OPTIONS);
        for (String option : System.getProperty(OPTIONS_PROPERTY, "").trim().split("\\s+")) {
            if (!option.isEmpty()) command.add(option);
        }
        command.add("-D" + ChildLogging.PROVIDER_PROPERTY + "=" + ChildLogging.Provider.class.getName());
        command.add("-Dslf4j.internal.verbosity=WARN"); // SLF4J would announce the provider on every start
        command.add("-D" + LABEL_PROPERTY + "=" + label); // so that ps, and a test, can tell which child a process is
        return command;
    }
}
