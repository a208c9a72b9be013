package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jenode.base.core.Core;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.HostTraces;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Children in processes of their own ({@code isolation="process"}): they serve and are served as children
 * in this JVM are, and whatever ends them (exit, crash, SIGKILL, memory, garbage, silence) is a fault
 * like any other, after which nothing of them is left on the host.
 */
class SandboxTest {

    /** An echo server on init's threads: the sibling that must keep being served. */
    private static final String LOCAL = """
            <start name="local"> <binary name="echo_server"/> <resource name="RAM" quantum="2M"/>
              <provides> <service name="Echo"/> <service name="Keeper"/> </provides> </start>
            <start name="probe"> <resource name="RAM" quantum="1M"/>
              <route> <any-service> <parent/> <child name="local"/> </any-service> </route> </start>
            """;

    @Test
    void aSandboxedServerAnswersAsOneInThisJvm() {
        Probe probe = new Probe("probe");
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="server" isolation="process"> <binary name="echo_server"/> <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Echo"/> <service name="Keeper"/> </provides> </start>
                <start name="local"> <binary name="echo_server"/> <resource name="RAM" quantum="1M"/>
                  <provides> <service name="Echo"/> </provides> </start>
                <start name="probe"> <resource name="RAM" quantum="1M"/>
                  <route> <service name="Echo" label="here"> <child name="local"/> </service>
                          <any-service> <parent/> <child name="server"/> </any-service> </route> </start>
                """), probe.binary())) {
            probe.onEp(env -> {
                EchoSession echo = env.session(EchoSession.class, "x", SessionArgs.ramQuota(64 * 1024));
                assertThat(echo.label()).isEqualTo("server:probe -> x");
                echo.allocate(32 * 1024); // from the donation, in the child's process
                KeeperSession keeper = env.session(KeeperSession.class, "k");
                keeper.remember(List.of("a", "b"));
                assertThat(keeper.remembered()).containsExactly("a", "b");
                assertThat(keeper.twin()).as("a sub-session is one capability").isSameAs(keeper.twin());
                // the child calls back into a session of this JVM while it serves the call
                EchoSession here = env.session(EchoSession.class, "here");
                assertThat(keeper.relay(here)).isEqualTo("local:probe -> here");
                assertThat(echo.relay(echo)).as("its own session, handed back to it").isEqualTo("server:probe -> x");
                return null;
            });
        }
    }

    @Test
    void aSandboxedClientHearsItsSignalsAndConfigAndReports() {
        try (Core core = TestScenario.start(TestScenario.withDefaults(ticker("one")))) {
            Await.report(core, "init -> ticker -> ticks", t -> t.intAttribute("count", 0) >= 3 && t.attribute("word", "").equals("one"));
            core.rom("config").set(config(ticker("two")));
            Await.report(core, "init -> ticker -> ticks", t -> t.attribute("word", "").equals("two"));
            assertThat(HostTraces.processesOf("init -> ticker")).as("the config change reached the same process").hasSize(1);
        }
    }

    @Test
    void aSandboxedRomServerSignalsItsReaders() {
        Probe probe = new Probe("probe");
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="dynamic_rom" isolation="process"> <resource name="RAM" quantum="2M"/>
                  <provides> <service name="ROM"/> </provides>
                  <config> <rom name="weather"> <inline> <weather sky="clear"/> </inline> <sleep milliseconds="50"/>
                                                <inline> <weather sky="rain"/> </inline> <sleep milliseconds="50"/> </rom> </config> </start>
                <start name="probe"> <resource name="RAM" quantum="1M"/>
                  <route> <service name="ROM" label="weather"> <child name="dynamic_rom"/> </service>
                          <any-service> <parent/> </any-service> </route> </start>
                """), probe.binary())) {
            AttachedRom weather = probe.onEp(env -> {
                AttachedRom rom = new AttachedRom(env, "weather");
                rom.sigh(env.ep().handler(rom::update));
                return rom;
            });
            for (String sky : List.of("rain", "clear", "rain"))
                Await.until("the sky " + sky, () -> probe.onEp(_ -> weather.xml().attribute("sky", "").equals(sky)));
        }
    }

    /** More submits than a stopped child's socket takes as frames of their own (278 here), fewer than one frame may merge (1024). */
    private static final int RINGS = 1000;

    /**
     * A server's submit for a sandboxed client's handler leaves from the server's thread, yet never waits
     * there: with the child stopped (SIGSTOP), its socket full, the submits return at once, and they all
     * arrive, merged, once it reads again. Before that, a signal submitted while the server serves the
     * child's own call runs its handler only after that call has returned, as on threads.
     */
    @Test
    void aChildThatStopsReadingCannotStallTheServerThatSignalsIt() throws Exception {
        Probe probe = new Probe("probe");
        try (Core core = TestScenario.start(TestScenario.withDefaults("""
                <report/>
                <start name="bell"> <resource name="RAM" quantum="1M"/> <provides> <service name="Bell"/> </provides> </start>
                <start name="listener" isolation="process"> <binary name="bell_listener"/> <resource name="RAM" quantum="2M"/>
                  <route> <any-service> <parent/> <child name="bell"/> </any-service> </route> </start>
                <start name="probe"> <resource name="RAM" quantum="1M"/>
                  <route> <any-service> <parent/> <child name="bell"/> </any-service> </route> </start>
                """), probe.binary())) {
            XmlNode first = Await.report(core, "init -> listener -> heard", h -> h.intAttribute("total", 0) == 1);
            assertThat(first.intAttribute("early", -1)).as("its handler ran before the call that signalled it returned").isZero();
            ProcessHandle listener = HostTraces.processesOf("init -> listener").getFirst();
            signal(listener, "STOP"); // it reads nothing from now on: its socket fills up
            // should a submit wait for the socket after all, the child goes on after a while, and the ring is too slow
            Thread resume = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(8_000);
                } catch (InterruptedException e) {
                    return;
                }
                signal(listener, "CONT");
            });
            long started = System.nanoTime(), longest;
            try {
                longest = probe.onEp(env -> env.session(BellSession.class, "ring").ring(RINGS));
            } finally {
                resume.interrupt();
                resume.join();
            }
            Duration ring = Duration.ofNanos(System.nanoTime() - started);
            signal(listener, "CONT");
            assertThat(ring).as("the server's " + RINGS + " submits while the child slept (longest " + longest / 1000 + " us)")
                    .isLessThan(Duration.ofSeconds(4));
            XmlNode heard = Await.report(core, "init -> listener -> heard", h -> h.intAttribute("total", 0) >= 1 + RINGS);
            assertThat(heard.intAttribute("total", 0)).as("every submit arrived, counted").isEqualTo(1 + RINGS);
            assertThat(heard.intAttribute("deliveries", 0)).as("merged").isLessThan(RINGS);
            awaitChild(core, "listener", c -> c.attribute("state", "").equals("running"));
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            int code = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            assertThat(code).as("kill -" + signal).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Stream<Arguments> endings() {
        return Stream.of(
                Arguments.of("exiter", "<config how=\"env\" code=\"3\"/>", "exited", "exit code 3"),
                Arguments.of("exiter", "<config how=\"system\" code=\"7\"/>", "faulted", "ended with exit code 7"),
                Arguments.of("hog", "<config/>", "faulted", "ran out of memory"),
                Arguments.of("spender", "<config/>", "faulted", "QuotaExceededException"),
                Arguments.of("raw_writer", "<config hex=\"00000005ffffffffff\"/>", "faulted", "does not allow: a message of unknown kind"),
                Arguments.of("raw_writer", "<config hex=\"7fffffff\"/>", "faulted", "a frame of 2147483647 bytes"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endings")
    void anEndIsReportedWithItsReasonAndLeavesNothing(String binary, String config, String state, String reason) {
        Probe probe = new Probe("probe");
        try (Core core = TestScenario.start(TestScenario.withDefaults(LOCAL + """
                <report/>
                <start name="victim" isolation="process"> <binary name="%s"/> <resource name="RAM" quantum="4M"/> %s </start>
                """.formatted(binary, config)), probe.binary())) {
            XmlNode victim = awaitChild(core, "victim", c -> c.attribute("state", "").equals(state));
            assertThat(victim.child("fault").map(f -> f.attribute("message", "")).orElse("")).contains(reason);
            assertGone(core, "victim");
            assertThat(after(probe)).isEqualTo("local:probe -> after");
        }
    }

    @Test
    void sigkillIsAFault() {
        try (Core core = TestScenario.start(TestScenario.withDefaults(LOCAL + """
                <report/>
                <start name="victim" isolation="process"> <binary name="sleeper"/> <resource name="RAM" quantum="2M"/> </start>
                """), new Probe("probe").binary())) {
            ProcessHandle process = Await.answer("the victim's process", () -> HostTraces.processesOf("init -> victim"),
                    p -> p.size() == 1).getFirst();
            awaitChild(core, "victim", c -> c.attribute("state", "").equals("running"));
            process.destroyForcibly();
            XmlNode victim = awaitChild(core, "victim", c -> c.attribute("state", "").equals("faulted"));
            assertThat(victim.child("fault").orElseThrow().attribute("message", "")).contains("killed (SIGKILL)");
            assertGone(core, "victim");
        }
    }

    @Test
    void aChildThatStopsAnsweringIsKilledAfterTheStallTime() {
        try (Core core = TestScenario.start("""
                <scenario ram="64M">
                  <config stall_timeout_ms="400">
                    <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                    <default-route> <any-service> <parent/> </any-service> </default-route>
                    <report/>
                    <start name="victim" isolation="process"> <binary name="staller"/> <resource name="RAM" quantum="2M"/> </start>
                  </config>
                </scenario>
                """)) {
            XmlNode victim = awaitChild(core, "victim", c -> c.attribute("state", "").equals("faulted"));
            assertThat(victim.child("fault").orElseThrow().attribute("message", "")).contains("stopped answering");
            assertGone(core, "victim");
        }
    }

    /** The keeper's method numbers on the wire: by signature, as the runtime numbers them. */
    private static int methodNumber(String name) {
        List<String> signatures = Stream.of(KeeperSession.class.getMethods())
                .filter(m -> !m.isDefault() && !m.getName().equals("close")).map(java.lang.reflect.Method::toGenericString).sorted().toList();
        for (int i = 0; i < signatures.size(); i++) if (signatures.get(i).contains("." + name + "(")) return i;
        throw new AssertionError(name);
    }

    @Test
    void forgedIdsAndFramesEndTheChildAndNeverReachAServer() {
        // raw_writer opens a Keeper session first, so that it is capability 1 of its table
        int measure = methodNumber("measure");
        List<Forgery> forgeries = List.of(
                new Forgery("a call on a session it was not given", Frame.invoke(1, 4242, 0, new byte[0]), "", "no Session was handed out as 4242"),
                new Forgery("a dataspace it was not handed", Frame.invoke(1, 1, measure, new byte[] {2, 0, 0, 0, 9}), "",
                        "no Dataspace was handed out as 9"),
                new Forgery("a method that does not exist", Frame.invoke(1, 1, 99, new byte[0]), "", "no method 99"),
                new Forgery("a signal for a handler it was not given", Frame.ints(15, 77, 1), "", "no SignalHandler was handed out as 77"),
                new Forgery("freeing memory it was not given", Frame.ints(16, 5), "", "no dataspace 5 to free"),
                new Forgery("an answer to no call", Frame.ints(13, 99, 0), "", "an answer to no call"),
                new Forgery("a class that is no session", Frame.open(2, "java.lang.Runtime"), "", "no session interface 'java.lang.Runtime'"),
                new Forgery("a message only a parent sends", Frame.ints(2, 1), "", "only a parent sends"),
                new Forgery("bytes left over", Frame.ints(16, 5, 6), "", "left over"));
        for (Forgery forgery : forgeries) {
            int measuredBefore = EchoServer.MEASURED.get();
            Probe probe = new Probe("probe");
            try (Core core = TestScenario.start(forger(forgery), probe.binary())) {
                XmlNode forger = awaitChild(core, "forger", c -> c.attribute("state", "").equals("faulted"));
                assertThat(forger.child("fault").orElseThrow().attribute("message", "")).as(forgery.what()).contains(forgery.reason());
                assertGone(core, "forger");
                assertThat(after(probe)).isEqualTo("local:probe -> after");
            }
            assertThat(EchoServer.MEASURED.get()).as(forgery.what() + " reached no server").isEqualTo(measuredBefore);
        }
    }

    /** A dataspace argument as a sandboxed client writes it: a new id, its descriptor's index, size, writable, collected. */
    private static byte[] dataspace(int id, int descriptor, int size) {
        return java.nio.ByteBuffer.allocate(15).put((byte) 1).putInt(id).putInt(descriptor).putInt(size).put((byte) 0).put((byte) 0).array();
    }

    @Test
    void forgedDescriptorsEndTheChildAndNoneStaysOpen() {
        int measure = methodNumber("measure"), remembered = methodNumber("remembered");
        List<Forgery> forgeries = List.of(
                new Forgery("a descriptor that no value names", Frame.invoke(1, 1, remembered, new byte[0]), "memfd:4096:sealed",
                        "1 descriptor more than the arguments of remembered named"),
                new Forgery("a descriptor named but not sent", Frame.invoke(1, 1, measure, dataspace(7, 0, 4096)), "",
                        "descriptor 0 of a frame that carried 0"),
                new Forgery("a descriptor beyond those sent", Frame.invoke(1, 1, measure, dataspace(7, 1, 4096)), "memfd:4096:sealed",
                        "descriptor 1 of a frame that carried 1"),
                new Forgery("a pipe as a dataspace", Frame.invoke(1, 1, measure, dataspace(7, 0, 4096)), "pipe",
                        "is not a memory file that can be sealed"),
                new Forgery("a memory file that can shrink", Frame.invoke(1, 1, measure, dataspace(7, 0, 4096)), "memfd:4096:open",
                        "is not a memory file sealed against shrinking and growing"),
                new Forgery("a memory file of another size", Frame.invoke(1, 1, measure, dataspace(7, 0, 8192)), "memfd:4096:sealed",
                        "has 4096 bytes, not 8192"),
                new Forgery("descriptors with a frame that carries no value", Frame.ints(16, 5), "memfd:4096:sealed memfd:64:sealed",
                        "a Freed frame that carried 2 descriptors"));
        long descriptors = 0;
        for (int i = 0; i < forgeries.size(); i++) {
            Forgery forgery = forgeries.get(i);
            int measuredBefore = EchoServer.MEASURED.get();
            Probe probe = new Probe("probe");
            try (Core core = TestScenario.start(forger(forgery), probe.binary())) {
                XmlNode forger = awaitChild(core, "forger", c -> c.attribute("state", "").equals("faulted"));
                assertThat(forger.child("fault").orElseThrow().attribute("message", "")).as(forgery.what()).contains(forgery.reason());
                assertGone(core, "forger");
                assertThat(HostTraces.memoryOf("forged")).as(forgery.what() + ": the forged memory files, here").isEmpty();
                assertThat(after(probe)).isEqualTo("local:probe -> after");
            }
            assertThat(EchoServer.MEASURED.get()).as(forgery.what() + " reached no server").isEqualTo(measuredBefore);
            if (i == 0) descriptors = HostTraces.descriptors();
        }
        assertThat(HostTraces.descriptors()).as("descriptors after " + (forgeries.size() - 1) + " more forgeries").isLessThanOrEqualTo(descriptors + 2);
    }

    @Test
    void aHostileChildReachesNoDescriptorNorMemoryOfItsParentOrSiblings() {
        String holder = """
                <start name="holder" isolation="process"> <resource name="RAM" quantum="2M"/>
                  <route> <any-service> <parent/> <child name="local"/> </any-service> </route> </start>
                """;
        try (Core core = TestScenario.start(TestScenario.withDefaults(LOCAL + "<report/>" + holder), new Probe("probe").binary())) {
            String held = Await.report(core, "init -> holder -> held", h -> !h.attribute("fds", "").isEmpty()).attribute("fds", "");
            long sibling = HostTraces.processesOf("init -> holder").getFirst().pid();
            List<Integer> mine = HostTraces.memoryFileDescriptors();
            assertThat(mine).as("memory files this JVM holds, the holder's among them").isNotEmpty();
            String parentFds = String.join(" ", mine.stream().map(String::valueOf).toList());
            String parentMaps = String.join(" ", HostTraces.memoryFileMappings().stream().limit(8).toList());
            core.rom("config").set(config(LOCAL + "<report/>" + holder + """
                    <start name="prober" isolation="process"> <resource name="RAM" quantum="2M"/>
                      <config parent_fds="%s" parent_maps="%s" sibling="%d" sibling_fds="%s"/> </start>
                    """.formatted(parentFds, parentMaps, sibling, held)));
            XmlNode probe = Await.report(core, "init -> prober -> probe", p -> !p.children("attempt").isEmpty(), Duration.ofSeconds(30));
            List<XmlNode> attempts = probe.children("attempt");
            List<XmlNode> own = attempts.stream().filter(a -> a.attribute("what", "").startsWith("its own")).toList();
            assertThat(own).as("the probe opens its own memory file so: it works").isNotEmpty()
                    .allMatch(a -> a.attribute("result", "").equals("opened"));
            List<XmlNode> attacks = attempts.stream().filter(a -> !own.contains(a)).toList();
            assertThat(attacks).as("attempts on the parent's and the sibling's memory files")
                    .anyMatch(a -> a.attribute("what", "").startsWith("parent fd"))
                    .anyMatch(a -> a.attribute("what", "").startsWith("parent mapping"))
                    .anyMatch(a -> a.attribute("what", "").startsWith("sibling fd"));
            for (XmlNode attack : attacks)
                assertThat(attack.attribute("result", "")).as(attack.attribute("what", "")).isIn("EACCES", "EPERM");
        }
    }

    @Test
    void twentyStartsAndStopsLeaveNothingBehind() {
        try (Core core = TestScenario.start(TestScenario.withDefaults("<report/>"))) {
            cycle(core, 0); // the first start loads what every later one uses
            long processes = HostTraces.processes(), fds = HostTraces.descriptors();
            int shm = HostTraces.sharedMemoryFiles().size();
            long resident = 0;
            for (int i = 1; i <= 20; i++) {
                cycle(core, i);
                // this JVM's own warm-up (compiled code, a heap growing to its working size) takes a few
                // rounds on a busy machine; a leak of each round shows in the last ten as well
                if (i == 10) resident = residentAfterGc();
            }
            assertThat(HostTraces.processes()).as("processes").isEqualTo(processes);
            assertThat(HostTraces.descriptors()).as("file descriptors").isLessThanOrEqualTo(fds + 2);
            assertThat(HostTraces.sharedMemoryFiles()).as("/dev/shm").hasSize(shm);
            assertThat(HostTraces.socketFolders()).as("socket folders").isEmpty();
            assertThat(residentAfterGc() - resident).as("growth of this JVM's resident memory over the last ten rounds").isLessThan(16L << 20);
        }
    }

    /** This JVM's resident memory once the collector has run (and given back what the heap no longer needs). */
    private static long residentAfterGc() {
        System.gc();
        return HostTraces.residentBytes();
    }

    /** Starts the ticker, waits for its first report, removes it again and waits until nothing of it is left. */
    private static void cycle(Core core, int round) {
        String word = "cycle " + round;
        core.rom("config").set(config("<report/>" + ticker(word)));
        Await.report(core, "init -> ticker -> ticks", t -> t.intAttribute("count", 0) > 0 && t.attribute("word", "").equals(word));
        core.rom("config").set(config("<report/>"));
        awaitStopped(core, "ticker");
        assertGone(core, "ticker");
    }

    private static String ticker(String word) {
        return """
                <start name="ticker" isolation="process"> <resource name="RAM" quantum="2M"/> <config word="%s"/> </start>
                """.formatted(word);
    }

    private static String config(String starts) {
        String scenario = TestScenario.withDefaults(starts);
        return scenario.substring(scenario.indexOf("<config>"), scenario.lastIndexOf("</config>") + "</config>".length());
    }

    private static XmlNode awaitChild(Core core, String name, java.util.function.Predicate<XmlNode> until) {
        XmlNode state = Await.report(core, "init -> state", s -> child(s, name).filter(until).isPresent(), Duration.ofSeconds(30));
        return child(state, name).orElseThrow();
    }

    private static void awaitStopped(Core core, String name) {
        Await.report(core, "init -> state", s -> child(s, name).isEmpty() && s.children("stopped").stream()
                .allMatch(c -> c.attribute("ended", "").equals("yes")), Duration.ofSeconds(30));
    }

    private static Optional<XmlNode> child(XmlNode state, String name) {
        return state.children("child").stream().filter(c -> c.attribute("name", "").equals(name)).findFirst();
    }

    /** The sibling in this JVM still serves. */
    private static String after(Probe probe) {
        return probe.onEp(env -> env.session(EchoSession.class, "after").label());
    }

    /** No process, no memory and no socket of the child is left, once its end has been carried out. */
    private static void assertGone(Core core, String name) {
        String label = "init -> " + name;
        Await.until(label + "'s process gone", () -> HostTraces.processesOf(label).isEmpty());
        Await.until(label + "'s memory unmapped and closed", () -> HostTraces.memoryOf(label).isEmpty());
        assertThat(HostTraces.socketFolders()).isEmpty();
    }

    /** A forged frame, the descriptors sent with it (raw_writer's {@code fds}), what it tries, and the reason its child must be stopped for. */
    private record Forgery(String what, String hex, String fds, String reason) { }

    /** The scenario in which {@code raw_writer}, sandboxed, writes the forgery's frame (and descriptors) to its socket. */
    private static String forger(Forgery forgery) {
        return TestScenario.withDefaults(LOCAL + """
                <report/>
                <start name="forger" isolation="process"> <binary name="raw_writer"/> <resource name="RAM" quantum="2M"/>
                  <route> <any-service> <parent/> <child name="local"/> </any-service> </route>
                  <config hex="%s" fds="%s"/> </start>
                """.formatted(forgery.hex(), forgery.fds()));
    }

    /** Frames written by hand, as the protocol lays them out (big-endian, a length first, then the kind). */
    private static final class Frame {
        static String ints(int kind, int... values) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(5 + 4 * values.length);
            b.putInt(1 + 4 * values.length).put((byte) kind);
            for (int v : values) b.putInt(v);
            return java.util.HexFormat.of().formatHex(b.array());
        }

        static String invoke(int call, int session, int method, byte[] arguments) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + 1 + 16 + arguments.length);
            b.putInt(1 + 16 + arguments.length).put((byte) 10).putInt(call).putInt(session).putInt(method).putInt(arguments.length).put(arguments);
            return java.util.HexFormat.of().formatHex(b.array());
        }

        static String open(int call, String type) {
            byte[] name = type.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + 1 + 4 + 4 + name.length + 4 + 8 + 4 + 4);
            // kind, call, type, label "", quota 0, no arguments, paid from its own RAM
            b.putInt(b.capacity() - 4).put((byte) 5).putInt(call).putInt(name.length).put(name).putInt(0).putLong(0).putInt(0).putInt(0);
            return java.util.HexFormat.of().formatHex(b.array());
        }
    }
}
