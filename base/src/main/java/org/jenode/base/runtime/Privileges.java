package org.jenode.base.runtime;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jenode.base.natives.Libc;

/**
 * What a Jenode process gives up so that no other process reaches its descriptors or memory: the
 * kernel lets a process open {@code /proc/<pid>/fd/*}, {@code map_files} or {@code mem} of another, take
 * its descriptors ({@code pidfd_getfd}) or trace it only if the first holds {@code CAP_SYS_PTRACE}, or if
 * the other is of the same user, dumpable, and holds no capability the first lacks. So every Jenode
 * process makes itself non-dumpable ({@link #hide}), and every child runs without any capability
 * ({@link #drop}), even where everything runs as root.
 *
 * <p>Capabilities, the bounding set and "no new privileges" belong to a thread, not to a process, and a
 * JVM has started threads (the finalizer, the signal dispatcher, which starts a thread per signal handled)
 * before its {@code main} runs: dropping them there would leave the others privileged. So the parent drops
 * them on a thread of its own that then starts the child's JVM, which inherits the empty sets through
 * {@code fork} and {@code exec} on every thread it will ever have; the child drops them again on its main
 * thread, for a JVM started otherwise, and checks every thread it has ({@link #privilegedThreads}).
 *
 * <p>Non-dumpable costs: no core dumps (the JVM's own {@code hs_err} file is still written), and another
 * process of the same user without {@code CAP_SYS_PTRACE} can no longer read the process's {@code /proc}
 * details ({@code maps}, {@code fd}, {@code environ}) nor trace it (gdb, perf); {@code jcmd} and JFR still
 * attach (through {@code /tmp}). {@code -Djenode.dumpable=true} keeps every Jenode process dumpable, for
 * debugging only: it opens the gap again.
 */
final class Privileges {

    /** Set to {@code true} to keep Jenode's processes dumpable (for jcmd, JFR and core dumps; opens the /proc gap). */
    static final String DUMPABLE_PROPERTY = "jenode.dumpable";

    private static final int PR_SET_DUMPABLE = 4, PR_CAPBSET_DROP = 24, PR_SET_NO_NEW_PRIVS = 38;
    private static final int PR_CAP_AMBIENT = 47, PR_CAP_AMBIENT_CLEAR_ALL = 4;
    private static final int LINUX_CAPABILITY_VERSION_3 = 0x20080522;
    private static final int EINVAL = 22, EPERM = 1;

    private static final Natives NATIVES = Natives.load();

    private Privileges() { }

    /**
     * Makes this process non-dumpable, unless {@link #DUMPABLE_PROPERTY} says otherwise: from now on no
     * process without {@code CAP_SYS_PTRACE} opens its descriptors or memory through {@code /proc} or
     * traces it. A whole-process setting, which {@code exec} resets (so each child sets it again).
     */
    static void hide() {
        if (Boolean.getBoolean(DUMPABLE_PROPERTY)) return;
        Natives n = NATIVES;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment state = a.allocate(Libc.STATE);
            n.check(state, (int) n.prctl.invokeExact(state, PR_SET_DUMPABLE, 0L, 0L, 0L, 0L), "prctl(PR_SET_DUMPABLE, 0)");
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Gives up every capability of the calling thread for good, and of whatever it starts: no new
     * privileges (so {@code exec} of a set-user-id program or one with file capabilities gains nothing), an
     * empty ambient and bounding set (so {@code exec} gives root none either), empty effective, permitted
     * and inheritable sets. Without {@code CAP_SETPCAP} the bounding set stays (such a thread holds no
     * capability to keep anyway).
     */
    static void drop() {
        Natives n = NATIVES;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment state = a.allocate(Libc.STATE);
            n.check(state, (int) n.prctl.invokeExact(state, PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L), "prctl(PR_SET_NO_NEW_PRIVS)");
            int ambient = (int) n.prctl.invokeExact(state, PR_CAP_AMBIENT, (long) PR_CAP_AMBIENT_CLEAR_ALL, 0L, 0L, 0L);
            if (ambient < 0 && n.errno(state) != EINVAL) throw n.failure(state, "prctl(PR_CAP_AMBIENT_CLEAR_ALL)");
            int last = lastCapability();
            for (int cap = 0; cap <= last; cap++) {
                int r = (int) n.prctl.invokeExact(state, PR_CAPBSET_DROP, (long) cap, 0L, 0L, 0L);
                if (r < 0 && n.errno(state) == EPERM) break;
                if (r < 0 && n.errno(state) != EINVAL) throw n.failure(state, "prctl(PR_CAPBSET_DROP, " + cap + ")");
            }
            MemorySegment header = a.allocate(8, 4);
            header.set(ValueLayout.JAVA_INT, 0, LINUX_CAPABILITY_VERSION_3);
            MemorySegment data = a.allocate(24, 4); // two of {effective, permitted, inheritable}, all zero
            n.check(state, (int) n.capset.invokeExact(state, header, data), "capset");
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * The threads of this process that can still use a capability or gain privileges on {@code exec}
     * (a capability effective, permitted or ambient, or "no new privileges" unset), as "name (tid)".
     */
    static List<String> privilegedThreads() {
        List<String> privileged = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                List<String> status;
                try {
                    status = Files.readAllLines(task.resolve("status"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                String name = field(status, "Name");
                boolean holds = Stream.of("CapEff", "CapPrm", "CapAmb").anyMatch(f -> Long.parseUnsignedLong(field(status, f), 16) != 0);
                if (holds || !field(status, "NoNewPrivs").equals("1")) privileged.add(name + " (" + task.getFileName() + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read this process's threads: " + e, e);
        }
        return privileged;
    }

    private static String field(List<String> status, String name) {
        for (String line : status) if (line.startsWith(name + ":")) return line.substring(name.length() + 1).trim();
        throw new IllegalStateException("no " + name + " in /proc/self/task/*/status");
    }

    private static int lastCapability() throws IOException {
        return Integer.parseInt(Files.readString(Path.of("/proc/sys/kernel/cap_last_cap")).trim());
    }

    /** prctl and capset, capturing errno. */
    private record Natives(MethodHandle prctl, MethodHandle capset) {

        static Natives load() {
            var i = ValueLayout.JAVA_INT;
            var j = ValueLayout.JAVA_LONG;
            var a = ValueLayout.ADDRESS;
            return new Natives(
                    Libc.capturing("prctl", FunctionDescriptor.of(i, i, j, j, j, j), Linker.Option.firstVariadicArg(1)),
                    Libc.capturing("capset", FunctionDescriptor.of(i, a, a)));
        }

        int errno(MemorySegment state) { return Libc.errno(state); }

        void check(MemorySegment state, int result, String what) {
            if (result < 0) throw failure(state, what);
        }

        IllegalStateException failure(MemorySegment state, String what) {
            return new IllegalStateException(what + " failed: errno " + errno(state));
        }
    }
}
