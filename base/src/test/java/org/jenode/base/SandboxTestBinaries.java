package org.jenode.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jenode.base.report.Reporter;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlNode;

/**
 * The test programs a child in a process of its own runs: found there by name through
 * {@code -Djenode.catalogs} (base's test JVM options), as the parent finds them through the same property.
 * Besides the echo server, each misbehaves in one way a sandboxed component can.
 */
public final class SandboxTestBinaries implements BinaryCatalog {

    /** For the catalog lookup, which makes it by reflection. */
    public SandboxTestBinaries() { }

    @Override public List<Binary> binaries() {
        return List.of(
                new Binary("echo_server", EchoServer::new),
                new Binary("forwarder", Forwarder::new),
                new Binary("sleeper", env -> new Component() { }),
                new Binary("ticker", Ticker::new),
                new Binary("exiter", SandboxTestBinaries::exiter),
                new Binary("hog", SandboxTestBinaries::hog),
                new Binary("spender", SandboxTestBinaries::spender),
                new Binary("staller", SandboxTestBinaries::staller),
                new Binary("raw_writer", SandboxTestBinaries::rawWriter),
                new Binary("holder", SandboxTestBinaries::holder),
                new Binary("prober", SandboxTestBinaries::prober),
                new Binary("bell", Bell::new),
                new Binary("bell_listener", SandboxTestBinaries::bellListener));
    }

    /**
     * Counts the ticks of a periodic Timer session and reports them with its config's {@code word} as
     * {@code <ticks count word/>}: signals in, a config ROM and its updates in, a report dataspace out.
     */
    private static final class Ticker implements Component {
        private final Env env;
        private final Reporter reporter;
        private int ticks;

        Ticker(Env env) {
            this.env = env;
            this.reporter = new Reporter(env, "ticks");
            TimerSession timer = env.session(TimerSession.class, "tick");
            timer.sigh(env.ep().handler(() -> {
                ticks++;
                report();
            }));
            timer.triggerPeriodic(20_000);
            env.config().sigh(env.ep().handler(() -> {
                env.config().update();
                report();
            }));
        }

        private void report() {
            reporter.report(XmlNode.builder("ticks").attribute("count", ticks)
                    .attribute("word", env.config().xml().attribute("word", "")).build());
        }
    }

    /**
     * Listens to a bell and reports what it heard as {@code <heard total deliveries early/>}: how many
     * submits, in how many runs of its handler (fewer where submits merged), and how many runs came before
     * the call that caused them had returned. It rings the bell once itself first, from its entrypoint: the
     * server submits during that call, and its handler must run only once the call has returned, as on threads.
     */
    private static Component bellListener(Env env) {
        Reporter reporter = new Reporter(env, "heard");
        int[] heard = new int[3];
        boolean[] rung = new boolean[1];
        Runnable report = () -> reporter.report(XmlNode.builder("heard").attribute("total", heard[0]).attribute("deliveries", heard[1])
                .attribute("early", heard[2]).build());
        BellSession bell = env.session(BellSession.class, "listen");
        bell.sigh(env.ep().handler(count -> {
            heard[0] += count;
            heard[1]++;
            if (!rung[0]) heard[2]++;
            report.run();
        }));
        bell.ring(1);
        rung[0] = true;
        return new Component() { };
    }

    /** {@code <config how="env|system" code>}: ends itself through its env, or kills its JVM with System.exit. */
    private static Component exiter(Env env) {
        XmlNode config = env.config().xml();
        int code = config.intAttribute("code", 0);
        if (config.attribute("how", "env").equals("system")) System.exit(code);
        env.exit(code);
        return new Component() { };
    }

    /** Keeps allocating heap until there is none. */
    private static Component hog(Env env) {
        env.ep().post(() -> {
            List<long[]> held = new ArrayList<>();
            while (true) held.add(new long[1 << 17]);
        });
        return new Component() { };
    }

    /** Allocates dataspaces from its own account past its quantum; the refusal escapes it as a fault. */
    private static Component spender(Env env) {
        List<Dataspace> held = new ArrayList<>();
        while (true) held.add(env.ram().allocate(1 << 20));
    }

    /** Stops answering: its entrypoint spins. */
    private static Component staller(Env env) {
        env.ep().post(() -> {
            while (true) Thread.onSpinWait();
        });
        return new Component() { };
    }

    /**
     * Writes the bytes of its config's {@code hex} to its own socket, as native code in a sandboxed
     * component could: the frames of a broken or forged protocol, past the runtime that would refuse them.
     * With {@code fds}, in one {@code sendmsg} with those descriptors: {@code memfd:SIZE:sealed} or
     * {@code memfd:SIZE:open} (memory files named "forged"), {@code pipe} (no memory file at all).
     * It opens a Keeper session first, so that a forged frame can name it as capability 1.
     */
    private static Component rawWriter(Env env) {
        env.session(KeeperSession.class, "target");
        XmlNode config = env.config().xml();
        byte[] bytes = HexFormat.of().parseHex(config.attribute("hex", ""));
        HostileCalls calls = new HostileCalls();
        int[] fds = Stream.of(config.attribute("fds", "").split(" ")).filter(f -> !f.isEmpty()).mapToInt(f -> {
            if (f.equals("pipe")) return calls.pipe();
            String[] m = f.split(":");
            return calls.memoryFile("forged", Long.parseLong(m[1]), m[2].equals("sealed"));
        }).toArray();
        try (Stream<Path> entries = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : entries.toList()) {
                if (!Files.readSymbolicLink(fd).toString().startsWith("socket:")) continue;
                long written = calls.send(Integer.parseInt(fd.getFileName().toString()), bytes, fds);
                env.log().info("wrote {} bytes and {} descriptors to socket {}", written, fds.length, fd.getFileName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the socket", e);
        }
        for (int fd : fds) calls.closeFd(fd);
        return new Component() { };
    }

    /**
     * Holds memory that a hostile sibling must not reach: a dataspace of its own (a memory file of its
     * process) and one that a server in the parent allocated for it (a memory file the parent holds); and
     * reports the descriptors of the memory files its process holds, as {@code <held fds="3 17"/>}.
     */
    private static Component holder(Env env) {
        Dataspace own = env.ram().allocate(64 * 1024);
        EchoSession echo = env.session(EchoSession.class, "held", SessionArgs.ramQuota(256 * 1024));
        echo.allocate(64 * 1024);
        new Reporter(env, "held").report(XmlNode.builder("held").attribute("fds", String.join(" ", memoryFiles())).build());
        return new Component() {
            @Override public void close() {
                echo.close();
                own.free();
            }
        };
    }

    /** The descriptors of this process that are memory files. */
    private static List<String> memoryFiles() {
        try (Stream<Path> entries = Files.list(Path.of("/proc/self/fd"))) {
            List<String> fds = new ArrayList<>();
            for (Path fd : entries.toList()) {
                try {
                    if (Files.readSymbolicLink(fd).toString().startsWith("/memfd:")) fds.add(fd.getFileName().toString());
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
            return fds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tries, as native code in a hostile component could, to reach what it was never handed: the memory
     * files its parent holds ({@code parent_fds}) and those of a sibling ({@code sibling}, {@code
     * sibling_fds}), each through {@code /proc/<pid>/fd/<fd>} and {@code pidfd_getfd}; the parent's
     * mappings of memory files ({@code parent_maps}) through {@code /proc/<pid>/map_files}; their
     * {@code mem}, {@code maps} and {@code environ}; and tracing them. To show that the probe itself works, it opens a
     * memory file of its own the same way. Reports {@code <probe> <attempt what result/>... </probe>},
     * each result an errno's name or "opened".
     */
    private static Component prober(Env env) {
        XmlNode config = env.config().xml();
        HostileCalls calls = new HostileCalls();
        long self = ProcessHandle.current().pid();
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        long sibling = config.longAttribute("sibling", 0);
        Dataspace own = env.ram().allocate(4096);
        XmlNode.Builder probe = XmlNode.builder("probe");
        for (String fd : memoryFiles())
            attempt(probe, "its own memory file " + fd + " through /proc/" + self + "/fd", calls.tryOpen("/proc/" + self + "/fd/" + fd, HostileCalls.O_RDWR));
        for (Target target : List.of(new Target("parent", parent, config.attribute("parent_fds", ""), config.attribute("parent_maps", "")),
                new Target("sibling", sibling, config.attribute("sibling_fds", ""), ""))) {
            String who = target.who();
            long pid = target.pid();
            for (String fd : target.fds().split(" ")) {
                if (fd.isEmpty()) continue;
                attempt(probe, who + " fd " + fd + " through /proc", calls.tryOpen("/proc/" + pid + "/fd/" + fd, HostileCalls.O_RDWR));
                attempt(probe, who + " fd " + fd + " through pidfd_getfd", calls.tryTake(pid, Integer.parseInt(fd)));
            }
            for (String range : target.mappings().split(" ")) {
                if (range.isEmpty()) continue;
                attempt(probe, who + " mapping " + range + " through /proc/" + pid + "/map_files",
                        calls.tryOpen("/proc/" + pid + "/map_files/" + range, HostileCalls.O_RDWR));
            }
            for (String entry : List.of("mem", "maps", "environ"))
                attempt(probe, who + "'s /proc/" + pid + "/" + entry, calls.tryOpen("/proc/" + pid + "/" + entry, HostileCalls.O_RDONLY));
            attempt(probe, who + " traced", calls.trySeize(pid));
        }
        own.free();
        new Reporter(env, "probe").report(probe.build());
        return new Component() { };
    }

    /** A process the prober attacks, and the descriptors and mappings ("start-end") of memory files it knows of there. */
    private record Target(String who, long pid, String fds, String mappings) { }

    private static void attempt(XmlNode.Builder probe, String what, int result) {
        probe.child(XmlNode.builder("attempt").attribute("what", what).attribute("result", HostileCalls.outcome(result)).build());
    }
}
