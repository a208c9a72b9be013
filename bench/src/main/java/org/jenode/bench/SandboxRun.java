package org.jenode.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jenode.base.core.AotTraining;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;

/**
 * {@code jenode bench sandbox}: what a process of its own costs a component, each figure next to its
 * baseline in the same run. A session call and a signal round trip (the bench's ping server on init's
 * threads, its call_probe once on threads and once sandboxed) next to a bare Unix-domain socket round
 * trip; the refresh of a 1920x1080 nitpicker client (on fb_headless) on threads and sandboxed next to a
 * plain copy of its 8 MB; the start time and memory of a sandboxed component, with each start-up lever
 * of the child JVM (the AOT cache among them), next to a bare {@code java -version}. It runs in a JVM of
 * its own without the bench's Monocle patch, so that its children can have an AOT cache. Percentiles over many samples, not means: on
 * a shared machine the tail is other people's work.
 */
public final class SandboxRun {

    private static final int SOCKET_WARMUP = 3000, SOCKET_SAMPLES = 20_000, STARTS = 5;
    private static final long TIMEOUT_NS = 120_000_000_000L;
    /** ChildProcess's property: java options for the children's JVMs, after the shipped start options. */
    private static final String CHILD_OPTIONS = "jenode.child.java-options";
    /** AotCache's property: the folder of the children's AOT cache. */
    private static final String AOT_PROPERTY = "jenode.child.aot-cache";
    /** {@code all}: a child gets this JVM's whole module path (base's ChildModules). */
    private static final String MODULES_PROPERTY = "jenode.child.modules";

    /** Measures and prints the table; returns the exit code. */
    public int run(PrintStream out) throws Exception {
        // its children need no JavaFX, and with the bench's Monocle patch they could have no AOT cache
        if (Relaunch.patchesModules()) return Relaunch.withoutPatchedModules("sandbox");
        out.println("sandbox: load average before: " + loadAverage());
        long[] socket = socketRoundTrips();
        out.printf("%n%-44s %10s %10s %10s %8s%n", "round trip (us)", "p10", "median", "p90", "x socket");
        row(out, "bare Unix-domain socket (8 bytes each way)", socket, socket[1]);
        Map<String, XmlNode> pings = new LinkedHashMap<>();
        for (String isolation : List.of("thread", "process")) pings.put(isolation, ping(isolation));
        for (var e : pings.entrySet()) row(out, "session call, client " + e.getKey(), figures(e.getValue(), "call"), socket[1]);
        for (var e : pings.entrySet()) row(out, "call + signal back, client " + e.getKey(), figures(e.getValue(), "signal"), socket[1]);

        out.printf("%n%-44s %10s %10s %10s %8s%n", "1920x1080 client, per frame (us)", "p10", "median", "p90", "x copy");
        Map<String, XmlNode> refreshes = new LinkedHashMap<>();
        for (String isolation : List.of("thread", "process")) refreshes.put(isolation, refresh(isolation));
        long[] copy = figures(refreshes.get("process"), "copy");
        row(out, "plain copy of the frame (8 MB, in the child)", copy, copy[1]);
        for (var e : refreshes.entrySet()) row(out, "refresh(whole screen), client " + e.getKey(), figures(e.getValue(), "refresh"), copy[1]);

        starts(out);
        out.println();
        out.println("Round trips: the ping server runs on init's threads; its client calls echo(long), and for the signal,");
        out.println("ping(), whose signal the client's handler receives (the time from the call until the handler runs).");
        out.println("The bare socket: this JVM's thread writes 8 bytes to a Unix-domain socket and reads 8 back from an echo thread.");
        out.println("Refresh: the client's refresh call, which marks the area for nitpicker's next sync; nitpicker then composes from");
        out.println("the very memory the client painted (shared), so what crosses per frame is a rectangle, not 8 MB: the copy row is");
        out.println("what a frame would cost if it were copied once.");
        out.println("sandbox: load average after: " + loadAverage() + " (2 cores shared with other work: ratios, not absolute figures)");
        return 0;
    }

    private static void row(PrintStream out, String what, long[] ns, long base) {
        out.printf("%-44s %10.1f %10.1f %10.1f %8.2f%n", what, ns[0] / 1e3, ns[1] / 1e3, ns[2] / 1e3, (double) ns[1] / base);
    }

    private static long[] figures(XmlNode report, String child) {
        XmlNode n = report.child(child).orElseThrow(() -> new IllegalStateException("no <" + child + "> in " + report));
        return new long[] {n.longAttribute("p10", 0), n.longAttribute("p50", 0), n.longAttribute("p90", 0)};
    }

    /** Round trips of 8 bytes through a Unix-domain socket to an echo thread: p10, median, p90 in ns. */
    private static long[] socketRoundTrips() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("jenode-bench-");
        Path path = folder.resolve("echo");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
            Thread echo = Thread.ofPlatform().daemon().start(() -> {
                try (SocketChannel peer = server.accept()) {
                    ByteBuffer b = ByteBuffer.allocateDirect(8);
                    while (true) {
                        b.clear();
                        while (b.hasRemaining()) if (peer.read(b) < 0) return;
                        b.flip();
                        while (b.hasRemaining()) peer.write(b);
                    }
                } catch (IOException e) {
                    // the client closed: the run is over
                }
            });
            long[] samples = new long[SOCKET_SAMPLES];
            try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
                ByteBuffer b = ByteBuffer.allocateDirect(8);
                for (int i = -SOCKET_WARMUP; i < SOCKET_SAMPLES; i++) {
                    long t0 = System.nanoTime();
                    b.clear().putLong(0, t0);
                    while (b.hasRemaining()) client.write(b);
                    b.clear();
                    while (b.hasRemaining()) client.read(b);
                    if (i >= 0) samples[i] = System.nanoTime() - t0;
                }
            }
            echo.join();
            Arrays.sort(samples);
            return new long[] {samples[SOCKET_SAMPLES / 10], samples[SOCKET_SAMPLES / 2], samples[SOCKET_SAMPLES * 9 / 10]};
        } finally {
            Files.deleteIfExists(path);
            Files.delete(folder);
        }
    }

    private static XmlNode ping(String isolation) {
        try (Core core = start(config("""
                <start name="ping_server"> <resource name="RAM" quantum="1M"/> <provides> <service name="Ping"/> </provides> </start>
                <start name="probe" isolation="%s"> <binary name="call_probe"/> <resource name="RAM" quantum="4M"/> </start>
                """.formatted(isolation)), "")) {
            return awaitReport(core, "init -> probe -> ping");
        }
    }

    private static XmlNode refresh(String isolation) {
        try (Core core = start(config("""
                <start name="fb"> <binary name="fb_headless"/> <resource name="RAM" quantum="48M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> <service name="Event"/> <service name="Capture"/> </provides>
                  <route> <service name="ROM" label="config"> <parent label="fb.config"/> </service> <any-service> <parent/> </any-service> </route> </start>
                <start name="nitpicker"> <resource name="RAM" quantum="48M"/> <provides> <service name="Nitpicker"/> </provides>
                  <config> <domain name="default" layer="2"/> <policy label="" domain="default"/> </config> </start>
                <start name="probe" isolation="%s"> <binary name="refresh_probe"/> <resource name="RAM" quantum="24M"/> </start>
                """.formatted(isolation)), "<rom name=\"fb.config\"><config width=\"1920\" height=\"1080\"/></rom>")) {
            return awaitReport(core, "init -> probe -> refresh");
        }
    }

    /**
     * A start lever of the child JVM: its options, after the shipped ones, whether it has the AOT cache, and
     * whether it gets this JVM's whole module path instead of its program's modules.
     */
    private record Lever(String name, String options, boolean aot, boolean wholePath) { }

    /**
     * Makes the children's AOT cache for this JVM's children (a start_probe that records), then starts a
     * sandboxed start_probe {@link #STARTS} times with each lever, alternating, each time from the config
     * change that adds it until its report is there, and reads its memory from /proc meanwhile.
     */
    private static void starts(PrintStream out) throws Exception {
        Path aot = Files.createTempDirectory("jenode-bench-aot-");
        List<Lever> levers = List.of(
                new Lever("as shipped (C1 only, SerialGC), no AOT cache", "", false, false),
                new Lever("as shipped, with the AOT cache", "", true, false),
                new Lever("the parent's whole module path, no AOT cache", "", false, true),
                new Lever("with C2 (-XX:TieredStopAtLevel=4)", "-XX:TieredStopAtLevel=4", false, false),
                new Lever("without CDS (-Xshare:off)", "-Xshare:off", false, false));
        Map<Lever, List<long[]>> figures = new LinkedHashMap<>();
        int started = 0;
        String before = System.getProperty(CHILD_OPTIONS, "");
        long training = System.nanoTime();
        try {
            System.setProperty(AOT_PROPERTY, aot.toString());
            boolean made = AotTraining.train(() -> start(config(probe("train")), ""), List.of("init -> train"),
                    core -> core.report("init -> train -> started").isPresent(), Duration.ofSeconds(120));
            training = System.nanoTime() - training;
            try (Core core = start(config(""), "")) {
                for (int round = 0; round < STARTS; round++) {
                    for (Lever lever : levers) {
                        if (lever.aot() && !made) continue;
                        System.setProperty(CHILD_OPTIONS, lever.options());
                        if (lever.wholePath()) System.setProperty(MODULES_PROPERTY, "all");
                        else System.clearProperty(MODULES_PROPERTY);
                        if (lever.aot()) System.setProperty(AOT_PROPERTY, aot.toString());
                        else System.clearProperty(AOT_PROPERTY);
                        figures.computeIfAbsent(lever, _ -> new ArrayList<>()).add(startOnce(core, "start" + started++));
                    }
                }
            }
        } finally {
            System.setProperty(CHILD_OPTIONS, before);
            System.clearProperty(AOT_PROPERTY);
            System.clearProperty(MODULES_PROPERTY);
            try (var files = Files.list(aot)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(aot);
        }
        List<long[]> bare = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) bare.add(javaVersion());
        out.printf("%n%-66s %8s %8s %8s %9s %9s %9s%n", "start over " + STARTS + " starts", "median", "min", "max", "x java -v",
                "VmRSS MB", "VmHWM MB");
        long[] b = median(bare);
        for (var e : figures.entrySet()) {
            long[] m = median(e.getValue());
            out.printf("%-66s %8.0f %8.0f %8.0f %9.2f %9.1f %9.1f%n", "sandboxed start_probe, " + e.getKey().name(), m[0] / 1e6,
                    min(e.getValue()) / 1e6, max(e.getValue()) / 1e6, (double) m[0] / b[0], m[1] / 1024.0, m[2] / 1024.0);
        }
        out.printf("%-66s %8.0f %8.0f %8.0f %9.2f %9s %9.1f%n", "bare java -version", b[0] / 1e6, min(bare) / 1e6, max(bare) / 1e6, 1.0,
                "-", b[2] / 1024.0);
        out.println("Start: from init's config gaining the child until the child's first report has reached core (JVM start,");
        out.println("connect, start message, component constructed, Report session opened, report submitted). java -version:");
        out.println("from start to exit; its VmHWM is the maximum resident set that /usr/bin/time reports.");
        out.printf("The AOT cache: made for this JVM's children by one recorded start_probe (%s), in %.1f s.%n",
                figures.keySet().stream().anyMatch(Lever::aot) ? "used" : "it could not be made: see the log", training / 1e9);
    }

    private static String probe(String name) {
        return "<start name=\"" + name + "\" isolation=\"process\"> <binary name=\"start_probe\"/> <resource name=\"RAM\" quantum=\"2M\"/> </start>";
    }

    private static long min(List<long[]> runs) { return runs.stream().mapToLong(r -> r[0]).min().orElse(0); }

    private static long max(List<long[]> runs) { return runs.stream().mapToLong(r -> r[0]).max().orElse(0); }

    /** Nanoseconds until the child {@code name} reported, its VmRSS and VmHWM in KiB; then it is removed again. */
    private static long[] startOnce(Core core, String name) throws IOException {
        String label = "init -> " + name;
        long t0 = System.nanoTime();
        core.rom("config").set(config(probe(name)));
        awaitReport(core, label + " -> started");
        long took = System.nanoTime() - t0;
        ProcessHandle child = until("the process of " + label, () -> ProcessHandle.current().descendants()
                .filter(p -> arguments(p.pid()).contains("-Djenode.child=" + label)).findFirst());
        long[] memory = status(child.pid());
        core.rom("config").set(config(""));
        until("the end of " + label, () -> child.isAlive() ? Optional.empty() : Optional.of(true));
        return new long[] {took, memory[0], memory[1]};
    }

    /** A process's command line, from /proc: ProcessHandle.Info leaves out the arguments of one this long. */
    private static List<String> arguments(long pid) {
        try {
            return List.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return List.of(); // it ended meanwhile
        }
    }

    /** VmRSS and VmHWM of a process, in KiB. */
    private static long[] status(long pid) throws IOException {
        long rss = 0, hwm = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) rss = kib(line);
            if (line.startsWith("VmHWM:")) hwm = kib(line);
        }
        return new long[] {rss, hwm};
    }

    private static long kib(String statusLine) { return Long.parseLong(statusLine.replaceAll("\\D+", "")); }

    /** A bare {@code java -version}: nanoseconds from start to exit, and its maximum resident set in KiB. */
    private static long[] javaVersion() throws IOException, InterruptedException {
        Path out = Files.createTempFile("jenode-bench-time", ".txt");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(ChildJvm.java(), "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            long took = System.nanoTime() - t0;
            long hwm = 0;
            Path time = Path.of("/usr/bin/time");
            if (Files.isExecutable(time)) {
                new ProcessBuilder(time.toString(), "-f", "%M", "-o", out.toString(), ChildJvm.java(), "-version")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                hwm = Long.parseLong(Files.readString(out).trim().replaceAll("(?s).*\\n", ""));
            }
            return new long[] {took, 0, hwm};
        } finally {
            Files.delete(out);
        }
    }

    private static long[] median(List<long[]> runs) {
        long[] m = new long[runs.getFirst().length];
        for (int k = 0; k < m.length; k++) {
            int col = k;
            long[] v = runs.stream().mapToLong(r -> r[col]).sorted().toArray();
            m[k] = v[v.length / 2];
        }
        return m;
    }

    private static String config(String starts) {
        return """
                <config>
                  <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                  <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                  %s
                </config>""".formatted(starts);
    }

    private static Core start(String config, String roms) {
        Scenario scenario = Scenario.parse("<scenario ram=\"512M\">" + roms + config + "</scenario>", "bench sandbox", Path.of("."));
        return new Core(scenario, Binaries.discover()).start();
    }

    private static XmlNode awaitReport(Core core, String label) {
        return until("the report " + label, () -> core.report(label).map(text -> XmlParser.parse(text, label)));
    }

    /** Polls {@code value} every millisecond: a benchmark's wait, not a test's (those use Await). */
    private static <T> T until(String what, Supplier<Optional<T>> value) {
        long deadline = System.nanoTime() + TIMEOUT_NS;
        while (System.nanoTime() < deadline) {
            Optional<T> v = value.get();
            if (v.isPresent()) return v.get();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
        throw new IllegalStateException("no " + what + " within " + TIMEOUT_NS / 1_000_000_000 + " s");
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
