package org.jenode.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jenode.base.Binary;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;

/**
 * The real GUI stack at 1920x1080, started from a scenario through {@link Core}: init, fb_headless,
 * nitpicker and one {@link BenchClient} component per client. fb_headless's display clock is a
 * {@link ManualTimer}, so a frame happens exactly when {@link #fullRedraw} asks for one.
 */
final class NitpickerDesk implements AutoCloseable {

    /** 1,000 clients start in some 40 s on a busy machine. */
    private static final long START_TIMEOUT_S = 300;

    private final Core core;
    private final ManualTimer clock;
    private final NitpickerSession trigger;
    private final Semaphore frames = new Semaphore(0);
    private final Map<String, BenchClient> clients;
    private final Optional<ThreadMeter> nitpicker = ThreadMeter.ofEntrypoint("nitpicker");
    private long framesDrawn;
    private long markedFrames;
    private long markedBytes;
    private long markedCpu;

    private NitpickerDesk(Core core, ManualTimer clock, NitpickerSession trigger, Map<String, BenchClient> clients) {
        this.core = core;
        this.clock = clock;
        this.trigger = trigger;
        this.clients = clients;
    }

    /**
     * The {@link DeskLayout} scene with {@code front} clients, behind which {@code covered} more clients
     * each sit exactly under an opaque front client, so that none of their pixels is visible. With
     * {@code translucent} false every client is opaque, DeskLayout's translucent ones too.
     */
    static NitpickerDesk start(int front, int covered, boolean translucent) throws Exception {
        List<Placement> clients = new ArrayList<>();
        List<Rect> opaque = new ArrayList<>();
        for (int i = 0; i < front; i++) if (!(translucent && DeskLayout.translucent(i))) opaque.add(DeskLayout.client(i));
        if (covered > 0 && opaque.isEmpty()) throw new IllegalArgumentException("no opaque client to hide others behind");
        for (int i = 0; i < covered; i++) clients.add(new Placement(opaque.get(i % opaque.size()), i, false));
        for (int i = 0; i < front; i++) clients.add(new Placement(DeskLayout.client(i), i, translucent && DeskLayout.translucent(i)));
        return start(clients);
    }

    /** A scene of {@code clients}, stacked in list order: the last in front. */
    static NitpickerDesk start(List<Placement> clients) throws Exception {
        CompletableFuture<ManualTimer> clock = new CompletableFuture<>();
        Map<String, BenchClient> started = new ConcurrentHashMap<>();
        Binaries binaries = Binaries.discover().with(
                new Binary(ManualTimer.BINARY, env -> {
                    ManualTimer t = new ManualTimer(env);
                    clock.complete(t);
                    return t;
                }),
                new Binary(BenchClient.BINARY, env -> {
                    BenchClient c = new BenchClient(env);
                    started.put(env.name(), c);
                    return c;
                }));
        long ram = 256L << 20;
        for (Placement c : clients) ram += clientRam(c);
        String scenario = "<scenario ram=\"" + ram + "\">\n" + config(List.of()) + "</scenario>\n";
        Core core = new Core(Scenario.parse(scenario, "nitpicker bench", Path.of(".")), binaries).start();
        try {
            ManualTimer timer = clock.get(START_TIMEOUT_S, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_S);
            // The clients join once the servers run (init's differential reconfiguration): started together
            // with 200 clients, fb_headless did not announce within init's time limit on a loaded machine.
            await(timer::listened, deadline, () -> "fb_headless did not listen to its clock");
            core.rom("config").set(config(clients));
            await(() -> started.size() == clients.size(), deadline, () -> started.size() + " of " + clients.size() + " clients started");
            // Stacking in list order: the last raised is in front.
            for (int i = 0; i < clients.size(); i++) started.get(name(i)).raise();
            BenchClient first = started.get(name(0));
            NitpickerDesk desk = new NitpickerDesk(core, timer, first.session(), started);
            first.onFrame(desk.frames::release);
            desk.fullRedraw(); // the first tick switches nitpicker from its stand-in timer to the display's ticks
            Thread.sleep(100);
            desk.frames.drainPermits();
            return desk;
        } catch (Exception | Error e) {
            core.close();
            throw e;
        }
    }

    /**
     * One frame with the whole screen dirty: a session-control call (nitpicker then marks the screen
     * dirty, as for a background or mode change), one display tick, and the wait until nitpicker has
     * composed, refreshed fb_headless and signalled its clients that the frame is done.
     */
    void fullRedraw() throws InterruptedException, TimeoutException {
        trigger.sessionControl("", SessionControl.SHOW);
        if (!clock.tick()) throw new IllegalStateException("fb_headless stopped listening to its clock");
        if (!frames.tryAcquire(10, TimeUnit.SECONDS)) throw new TimeoutException("nitpicker drew no frame");
        framesDrawn++;
    }

    /** Starts counting what nitpicker's entrypoint allocates and computes (at the start of a measured iteration). */
    void markCost() {
        markedFrames = framesDrawn;
        markedBytes = nitpicker.map(ThreadMeter::bytes).orElse(0L);
        markedCpu = nitpicker.map(ThreadMeter::cpuNanos).orElse(0L);
    }

    /**
     * Bytes nitpicker's entrypoint allocated and the CPU time it used per frame since {@link #markCost}:
     * the frame and the bench's session-control call that marks the screen dirty, which the entrypoint
     * serves too. The CPU time is composition and nitpicker's side of the calls, without the wake-ups.
     */
    String costPerFrame() {
        long n = framesDrawn - markedFrames;
        if (nitpicker.isEmpty() || n == 0) return "not measured";
        ThreadMeter t = nitpicker.get();
        return "%d bytes and %.3f ms of CPU per frame over %d frames".formatted((t.bytes() - markedBytes) / n,
                (t.cpuNanos() - markedCpu) / 1e6 / n, n);
    }

    /** Puts client {@code i} (of the list the scene was started with) in front of all others. */
    void raise(int i) { clients.get(name(i)).raise(); }

    @Override public void close() { core.close(); }

    private static String name(int i) { return "client" + i; }

    /** The bench's own wait for a start-up condition (JMH code has no test fixtures). */
    private static void await(BooleanSupplier condition, long deadline, Supplier<String> what)
            throws InterruptedException, TimeoutException {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new TimeoutException(what.get());
            Thread.sleep(10);
        }
    }

    /** A client's view (and buffer) on the screen, the picture it shows and whether that has an alpha channel. */
    record Placement(Rect at, int index, boolean translucent) { }

    /** Init's config: the clock, fb_headless, nitpicker and {@code clients}. */
    private static String config(List<Placement> clients) {
        StringBuilder xml = new StringBuilder();
        xml.append("<config>\n")
           .append("<parent-provides> <service name=\"ROM\"/> <service name=\"Timer\"/> <service name=\"Report\"/> </parent-provides>\n")
           .append("<default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>\n")
           .append("<start name=\"clock\"> <binary name=\"").append(ManualTimer.BINARY).append("\"/>")
           .append(" <resource name=\"RAM\" quantum=\"1M\"/> <provides> <service name=\"Timer\"/> </provides> </start>\n")
           .append("<start name=\"fb\"> <binary name=\"fb_headless\"/> <resource name=\"RAM\" quantum=\"64M\"/>\n")
           .append("  <provides> <service name=\"Framebuffer\"/> <service name=\"Input\"/> <service name=\"Capture\"/> <service name=\"Event\"/> </provides>\n")
           .append("  <route> <service name=\"Timer\"> <child name=\"clock\"/> </service> <any-service> <parent/> </any-service> </route>\n")
           .append("  <config width=\"").append(DeskLayout.SCREEN_WIDTH).append("\" height=\"").append(DeskLayout.SCREEN_HEIGHT).append("\"/>\n")
           .append("</start>\n")
           .append("<start name=\"nitpicker\"> <resource name=\"RAM\" quantum=\"8M\"/> <provides> <service name=\"Nitpicker\"/> </provides>\n")
           .append("  <route> <service name=\"Framebuffer\"> <child name=\"fb\"/> </service> <service name=\"Input\"> <child name=\"fb\"/> </service>\n")
           .append("    <any-service> <parent/> </any-service> </route>\n")
           .append("  <config> <domain name=\"default\" layer=\"1\"/> <policy label=\"\" domain=\"default\"/> </config>\n")
           .append("</start>\n");
        for (int i = 0; i < clients.size(); i++) {
            Placement c = clients.get(i);
            xml.append("<start name=\"").append(name(i)).append("\"> <binary name=\"").append(BenchClient.BINARY).append("\"/>")
               .append(" <resource name=\"RAM\" quantum=\"").append(clientRam(c)).append("\"/>")
               .append(" <route> <service name=\"Nitpicker\"> <child name=\"nitpicker\"/> </service> <any-service> <parent/> </any-service> </route>")
               .append(" <config x=\"").append(c.at().x()).append("\" y=\"").append(c.at().y())
               .append("\" width=\"").append(c.at().width()).append("\" height=\"").append(c.at().height())
               .append("\" index=\"").append(c.index()).append("\" translucent=\"").append(c.translucent() ? "yes" : "no").append("\"/>")
               .append(" </start>\n");
        }
        return xml.append("</config>\n").toString();
    }

    /** What a client needs: its buffer as nitpicker charges it, the session and the component, in whole MiB. */
    private static long clientRam(Placement c) {
        long need = NitpickerSession.ramQuota(new Mode(c.at().width(), c.at().height()), c.translucent()) + (1L << 20);
        return (need + (1L << 20) - 1) >> 20 << 20;
    }
}
