package org.jenode.base.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a child in a process of its own leaves on the host, read where the kernel keeps it: its process
 * among this JVM's descendants, shared memory mapped or held open here ({@code /proc/self/maps} and
 * {@code /proc/self/fd}: a memory file is named after the account that paid for it, so after its child's
 * label), socket folders in the temporary directory, and files in {@code /dev/shm}.
 */
public final class HostTraces {

    private HostTraces() { }

    /**
     * The live processes of this JVM that run the child {@code label} (their command line names it). Read
     * from {@code /proc/<pid>/cmdline} itself: {@code ProcessHandle.Info} leaves out the arguments of a
     * command line as long as a scenario's module path makes it.
     */
    public static List<ProcessHandle> processesOf(String label) {
        String argument = "-Djenode.child=" + label;
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> arguments(p.pid()).contains(argument)).toList();
    }

    /** The command line of the process {@code pid}, from {@code /proc} (see {@link #processesOf}); empty once it ended. */
    public static List<String> arguments(long pid) {
        try {
            return List.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return List.of(); // it ended meanwhile
        }
    }

    /** How many processes of this JVM are alive. */
    public static long processes() { return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count(); }

    /** How many file descriptors this JVM holds. */
    public static long descriptors() { return list(Path.of("/proc/self/fd")).size(); }

    /** The memory files of {@code label} that this JVM maps or holds open: none once the child is gone. */
    public static List<String> memoryOf(String label) {
        List<String> found = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps")))
                if (line.contains("/memfd:" + label)) found.add("mapped " + line.substring(line.indexOf("/memfd:")));
            for (Path fd : list(Path.of("/proc/self/fd"))) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("/memfd:" + label)) found.add("open " + target);
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The numbers of this JVM's descriptors that are memory files (whoever paid for them). */
    public static List<Integer> memoryFileDescriptors() {
        List<Integer> found = new ArrayList<>();
        for (Path fd : list(Path.of("/proc/self/fd"))) {
            try {
                if (Files.readSymbolicLink(fd).toString().startsWith("/memfd:")) found.add(Integer.parseInt(fd.getFileName().toString()));
            } catch (IOException e) {
                // closed meanwhile
            }
        }
        return found;
    }

    /** The address ranges ("start-end", as {@code /proc/<pid>/map_files} names them) of this JVM's mappings of memory files. */
    public static List<String> memoryFileMappings() {
        try {
            return Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(l -> l.contains("/memfd:"))
                    .map(l -> l.substring(0, l.indexOf(' '))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This JVM's children's socket folders in the temporary directory (each lives only until its child connected). */
    public static List<Path> socketFolders() {
        String mine = "jenode-" + ProcessHandle.current().pid() + "-";
        return list(Path.of(System.getProperty("java.io.tmpdir"))).stream()
                .filter(p -> p.getFileName().toString().startsWith(mine)).toList();
    }

    /** The files in {@code /dev/shm}. */
    public static List<Path> sharedMemoryFiles() { return list(Path.of("/dev/shm")); }

    /** The resident memory of this JVM, as the kernel counts it. */
    public static long residentBytes() {
        try {
            String[] statm = Files.readString(Path.of("/proc/self/statm")).trim().split("\\s+");
            return Long.parseLong(statm[1]) * 4096;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
