package org.jenode.base;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
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
                new Binary("raw_writer", SandboxTestBinaries::rawWriter));
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
     * It opens a Keeper session first, so that a forged frame can name it as capability 1.
     */
    private static Component rawWriter(Env env) {
        env.session(KeeperSession.class, "target");
        byte[] bytes = HexFormat.of().parseHex(env.config().xml().attribute("hex", ""));
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd")); Arena arena = Arena.ofConfined()) {
            Linker linker = Linker.nativeLinker();
            MethodHandle write = linker.downcallHandle(linker.defaultLookup().findOrThrow("write"),
                    FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
            MemorySegment buffer = arena.allocateFrom(ValueLayout.JAVA_BYTE, bytes);
            for (Path fd : fds.toList()) {
                if (!Files.readSymbolicLink(fd).toString().startsWith("socket:")) continue;
                long written = (long) write.invokeExact(Integer.parseInt(fd.getFileName().toString()), buffer, (long) bytes.length);
                env.log().info("wrote {} bytes to socket {}", written, fd.getFileName());
            }
        } catch (Throwable t) {
            throw new IllegalStateException("cannot write to the socket", t);
        }
        return new Component() { };
    }
}
