package org.jenode.scenarios.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a process holds, as {@code /proc} shows it from outside: the processes below it, its threads,
 * open file descriptors, mappings (and how many of them map memory files, {@code memfd:}), its resident
 * memory; and on the machine, the entries of {@code /dev/shm} and the process's own socket folders
 * ({@code jenode-PID-*}, one per sandboxed child until it has connected) in the temporary directory.
 *
 * @param descendants each process below it, as {@code pid label} (a sandboxed child's label, else its command)
 */
record Footprint(List<String> descendants, int threads, int fds, int mappings, int memfdMappings, long rssKib, Set<String> shm,
                 Set<String> socketFolders) {

    private static final String CHILD_LABEL = "-Djenode.child=";

    static Footprint of(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        List<String> maps = Files.readAllLines(proc.resolve("maps"));
        List<String> status = Files.readAllLines(proc.resolve("status"));
        String prefix = "jenode-" + pid + "-";
        return new Footprint(descendants(pid), (int) field(status, "Threads:"), count(proc.resolve("fd")), maps.size(),
                (int) maps.stream().filter(l -> l.contains("/memfd:")).count(), field(status, "VmRSS:"), names(Path.of("/dev/shm"), ""),
                names(Path.of(System.getProperty("java.io.tmpdir")), prefix));
    }

    private static List<String> descendants(long pid) {
        return ProcessHandle.of(pid).map(p -> p.descendants().map(Footprint::describe).sorted().toList()).orElse(List.of());
    }

    private static String describe(ProcessHandle p) {
        String[] args = p.info().arguments().orElse(new String[0]);
        String what = Arrays.stream(args).filter(a -> a.startsWith(CHILD_LABEL)).map(a -> a.substring(CHILD_LABEL.length())).findFirst()
                .orElse(p.info().command().orElse("?"));
        return p.pid() + " " + what;
    }

    private static long field(List<String> status, String name) {
        return status.stream().filter(l -> l.startsWith(name)).findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                .orElseThrow(() -> new IllegalStateException("no " + name + " in /proc/PID/status"));
    }

    private static int count(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return (int) entries.count();
        }
    }

    private static Set<String> names(Path folder, String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * The processes below it that are Jenode's: its sandboxed children (by label) and any other JVM. The
     * terminal's shell and what the user's rc files start (this host's waits on a lock with {@code sleep})
     * come and go on their own, so they are left out.
     */
    List<String> jenodeProcesses() {
        return descendants.stream().filter(d -> d.contains(" init -> ") || d.endsWith("/java")).toList();
    }

    /** The labels of the processes below it whose label contains {@code part}. */
    List<String> descendants(String part) { return descendants.stream().filter(d -> d.contains(part)).toList(); }
}
