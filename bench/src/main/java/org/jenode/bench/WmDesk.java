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
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.geometry.Rect;
import org.jenode.base.report.Reporter;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;

/**
 * The window manager's stack as the desktop runs it, at 1920x1080 on fb_headless: nitpicker, the wm,
 * the floating layouter and the themed decorator ("shadow"), wired through report_rom, with the
 * windows of {@link DeskLayout}'s scene (10 of 800x600 for {@code bench wm}, cascading over each other,
 * every third translucent) and one client of nitpicker beside the wm. The
 * display clock is a {@link ManualTimer}: a frame happens when the benchmark asks for one. A probe
 * component is the user at the driver (Event, Capture) and reads the layout; the wm's resize requests
 * come from the probe too (the layouter still places and stacks the windows), so that a request's time
 * can be taken.
 */
final class WmDesk implements AutoCloseable {

    /** The shadow theme's frame around the content ({@code decor}) and its shadow beyond it ({@code aura}). */
    static final int DECOR_TOP = 24, DECOR_SIDE = 5, AURA_TOP = 10, AURA_BOTTOM = 16, AURA_SIDE = 13;
    /** Where the client of nitpicker itself is, beside every window. */
    static final Rect PLAIN = new Rect(1810, 970, 100, 100);
    private static final long START_TIMEOUT_S = 120;
    /**
     * How long the wm stack may take to show what a step asks. Frames come back to back and may be cheap:
     * on a busy machine the wm, the layouter and the decorator can lag behind hundreds of them.
     */
    private static final long STEP_TIMEOUT_S = 30;

    private final Core core;
    private final ManualTimer clock;
    private final Env probe;
    private final Map<String, BenchClient> clients;
    private final Mode size;
    private final boolean translucent;
    /** From the scenario's start until the layouter had laid out every window. */
    private long startup;
    private final Semaphore frames = new Semaphore(0);
    private final CpuMeter cpu = new CpuMeter();
    private final EventSession events;
    private final CaptureSession capture;
    private final AttachedRom layout;
    private final Reporter resize;

    private WmDesk(Core core, ManualTimer clock, Env probe, Map<String, BenchClient> clients, Mode size, boolean translucent) {
        this.core = core;
        this.size = size;
        this.translucent = translucent;
        this.clock = clock;
        this.probe = probe;
        this.clients = clients;
        this.events = probe.ep().call(() -> probe.session(EventSession.class, "device"));
        this.capture = probe.ep().call(() -> probe.session(CaptureSession.class, "screen"));
        this.layout = probe.ep().call(() -> new AttachedRom(probe, "window_layout"));
        this.resize = new Reporter(probe, "resize_request");
        client("plain").onFrame(frames::release);
    }

    /**
     * {@code count} windows of {@code size}, placed as {@link #place} says, the last in front; with
     * {@code translucent}, every third has an alpha channel as in {@link DeskLayout}.
     */
    static WmDesk start(int count, Mode size, boolean translucent) throws Exception {
        CompletableFuture<ManualTimer> clock = new CompletableFuture<>();
        CompletableFuture<Env> probe = new CompletableFuture<>();
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
                }),
                new Binary("bench_probe", env -> {
                    probe.complete(env);
                    return new Component() { };
                }));
        long began = System.nanoTime();
        Core core = new Core(Scenario.parse(scenario(count, size, translucent), "wm bench", Path.of(".")), binaries).start();
        try {
            ManualTimer timer = clock.get(START_TIMEOUT_S, TimeUnit.SECONDS);
            Env env = probe.get(START_TIMEOUT_S, TimeUnit.SECONDS);
            await("every client and the display clock", () -> started.size() == count + 1 && timer.listened());
            WmDesk desk = new WmDesk(core, timer, env, started, size, translucent);
            desk.tick(); // the first tick switches nitpicker from its stand-in timer to the display's ticks
            desk.framesUntil(() -> desk.windows().size() == count);
            desk.startup = System.nanoTime() - began;
            // the windows appeared as their clients came up: stack them in the scene's order, the last in front
            for (int i = 0; i < count; i++) desk.raise(window(i));
            desk.client("plain").raise(); // nitpicker's own client, beside the windows, where input finds it
            return desk;
        } catch (Exception | Error e) {
            core.close();
            throw e;
        }
    }

    /** Window {@code i}'s client; of one width, so that no name is the prefix of another (the layouter raises by label prefix). */
    static String window(int i) { return "window%03d".formatted(i); }

    BenchClient client(String name) { return clients.get(name); }

    /** Nanoseconds from the scenario's start until the layouter had laid out every window (before the benchmark stacks them). */
    long startup() { return startup; }

    /**
     * Brings window {@code name} to the front as its client may ask (session control, which the wm passes
     * to the layouter as a focus request), and waits until the layout and the screen show it there.
     */
    void raise(String name) throws InterruptedException, TimeoutException {
        client(name).session().sessionControl("", SessionControl.TO_FRONT);
        framesUntil(() -> windows().getFirst().attribute("title", "").equals(name) && shows(name));
    }

    // ---- frames ----

    /** One display tick, and the wait until nitpicker has composed it; the nanoseconds that took. */
    long frame() throws InterruptedException, TimeoutException {
        long start = System.nanoTime();
        tick();
        if (!frames.tryAcquire(10, TimeUnit.SECONDS)) throw new TimeoutException("nitpicker drew no frame");
        return System.nanoTime() - start;
    }

    /** A frame with the whole screen dirty (nitpicker marks it so on a session control call of a client of its own). */
    long fullRedraw() throws InterruptedException, TimeoutException {
        client("plain").session().sessionControl("", SessionControl.SHOW);
        return frame();
    }

    /**
     * Frames back to back until {@code done}: their number, the time of the last one, the time of all of
     * them together ({@code drawn}: from each tick until nitpicker had composed it, the frames' own cost)
     * the time until done ({@code total}, which adds the waits for the wm stack between frames) and the CPU
     * time all threads used meanwhile ({@code cpu}: the wm stack's work, the frames' and the benchmark's
     * own). The decorator works on nitpicker's sync, so whatever the wm stack does shows only over frames.
     */
    record Frames(int count, long last, long drawn, long total, long cpu) { }

    Frames framesUntil(BooleanSupplier done) throws InterruptedException, TimeoutException {
        long cpu = this.cpu.nanos(), start = System.nanoTime(), deadline = start + TimeUnit.SECONDS.toNanos(STEP_TIMEOUT_S), drawn = 0;
        for (int n = 1; ; n++) {
            long last = frame();
            drawn += last;
            if (done.getAsBoolean()) return new Frames(n, last, drawn, System.nanoTime() - start, this.cpu.nanos() - cpu);
            if (System.nanoTime() > deadline) throw new TimeoutException("not done after " + n + " frames in " + STEP_TIMEOUT_S + " s");
        }
    }

    /**
     * The user drags window {@code name} (opaque) by its title bar: the pointer onto the bar until the
     * decorator highlights it, a press, {@code steps} motions of ({@code dx}, {@code dy}) and the release.
     * Per step, the frames until the screen showed the window's content at its new place.
     */
    List<Frames> drag(String name, int steps, int dx, int dy) throws InterruptedException, TimeoutException {
        int index = Integer.parseInt(name.substring("window".length()));
        if (translucent(index)) throw new IllegalArgumentException(name + " is translucent: its pixels are a blend");
        XmlNode w = window(name).orElseThrow();
        int x = w.intAttribute("xpos", 0), y = w.intAttribute("ypos", 0);
        int grabX = x + Math.min(200, w.intAttribute("width", 0) / 2), grabY = y - DECOR_TOP / 2;
        inject(new InputEvent.AbsoluteMotion(grabX, grabY));
        framesUntil(() -> window(name).flatMap(d -> d.child("highlight")).map(h -> h.hasChild("title")).orElse(false));
        inject(new InputEvent.Press(Keycodes.BTN_LEFT));
        int expected = ClientImage.pixel(index, false, size.width(), size.height(), 1, 1);
        List<Frames> frames = new ArrayList<>();
        try {
            for (int s = 1; s <= steps; s++) {
                int nx = x + s * dx, ny = y + s * dy;
                inject(new InputEvent.AbsoluteMotion(grabX + s * dx, grabY + s * dy));
                frames.add(framesUntil(() -> rgb(nx + 1, ny + 1) == expected));
            }
        } finally {
            inject(new InputEvent.Release(Keycodes.BTN_LEFT));
        }
        return frames;
    }

    private void tick() {
        if (!clock.tick()) throw new IllegalStateException("fb_headless stopped listening to its clock");
    }

    // ---- the user and the screen ----

    void inject(InputEvent... es) { events.submit(List.of(es)); }

    int rgb(int x, int y) {
        int[] p = capture.pixels(new Rect(x, y, 1, 1));
        return p.length == 1 ? p[0] | 0xff000000 : 0;
    }

    /**
     * Whether the screen shows window {@code name}'s picture (of its first size) at its content's top-left
     * corner; a translucent one's pixels are a blend, so for it the layout must do.
     */
    boolean shows(String name) {
        return window(name).map(w -> {
            int index = Integer.parseInt(name.substring("window".length()));
            if (translucent(index)) return true;
            int expected = ClientImage.pixel(index, false, size.width(), size.height(), 1, 1);
            return rgb(w.intAttribute("xpos", 0) + 1, w.intAttribute("ypos", 0) + 1) == expected;
        }).orElse(false);
    }

    /** The layouter's window_layout: the windows, front-most first. */
    List<XmlNode> windows() {
        return probe.ep().call(() -> {
            layout.update();
            return layout.xml().children("window");
        });
    }

    Optional<XmlNode> window(String title) {
        return windows().stream().filter(w -> w.attribute("title", "").equals(title)).findFirst();
    }

    /** Asks window {@code id} for {@code size}, as the layouter would. */
    void requestResize(int id, Mode size) {
        probe.ep().call(() -> {
            resize.report(XmlNode.builder("resize_request").child(XmlNode.builder("window").attribute("id", id)
                    .attribute("width", size.width()).attribute("height", size.height())).build());
            return null;
        });
    }

    @Override public void close() { core.close(); }

    private static void await(String what, BooleanSupplier done) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_S);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new TimeoutException("no " + what);
            Thread.sleep(10);
        }
    }

    /**
     * Where window {@code i} of {@code size} is first placed: {@link DeskLayout#client}'s cascade with
     * prime steps, over the screen less the window.
     */
    static Rect place(int i, Mode size) {
        return new Rect((i * 97) % (DeskLayout.SCREEN_WIDTH - size.width()), (i * 53) % (DeskLayout.SCREEN_HEIGHT - size.height()),
                size.width(), size.height());
    }

    private boolean translucent(int index) { return translucent && DeskLayout.translucent(index); }

    private static String scenario(int count, Mode size, boolean translucent) {
        StringBuilder rules = new StringBuilder(), windows = new StringBuilder();
        // a window's client may be asked for 5 % more each way; its quota pays for that buffer and its own needs
        long clientRam = (NitpickerSession.ramQuota(new Mode(size.width() * 21 / 20, size.height() * 21 / 20), true) + (3L << 20) - 1) >> 20 << 20;
        for (int i = 0; i < count; i++) {
            Rect at = place(i, size);
            rules.append("<assign label=\"").append(window(i)).append("\" xpos=\"").append(Math.max(at.x(), DECOR_SIDE))
                 .append("\" ypos=\"").append(Math.max(at.y(), DECOR_TOP)).append("\"/>\n");
            windows.append(client(window(i), "wm", Rect.of(size.area()), i, translucent && DeskLayout.translucent(i), true, clientRam));
        }
        windows.append(client("plain", "nitpicker", PLAIN, 1, false, false, 2L << 20));
        StringBuilder themes = new StringBuilder();
        for (String file : List.of("metadata", "default.png", "closer.png", "maximizer.png"))
            themes.append("<rom name=\"theme/shadow/").append(file).append("\" file=\"themes/shadow/").append(file).append("\"/>\n");
        return """
            <scenario ram="%d">
            %s
            <config>
              <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
              <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
              <start name="clock"> <binary name="%s"/> <resource name="RAM" quantum="1M"/> <provides> <service name="Timer"/> </provides> </start>
              <start name="report_rom">
                <resource name="RAM" quantum="4M"/>
                <provides> <service name="Report"/> <service name="ROM"/> </provides>
                <config>
                  <policy label="layouter -> window_list"       report="wm -> window_list"/>
                  <policy label="layouter -> focus_request"     report="wm -> focus_request"/>
                  <policy label="layouter -> hover"             report="decorator -> hover"/>
                  <policy label="layouter -> decorator_margins" report="decorator -> decorator_margins"/>
                  <policy label="layouter -> displays"          report="nitpicker -> displays"/>
                  <policy label="decorator -> window_layout"    report="layouter -> window_layout"/>
                  <policy label="decorator -> pointer"          report="wm -> pointer"/>
                  <policy label="wm -> focus"                   report="layouter -> focus"/>
                  <policy label="wm -> resize_request"          report="probe -> resize_request"/>
                  <policy label="probe -> window_layout"        report="layouter -> window_layout"/>
                </config>
              </start>
              <start name="fb">
                <binary name="fb_headless"/>
                <resource name="RAM" quantum="64M"/>
                <provides> <service name="Framebuffer"/> <service name="Input"/> <service name="Capture"/> <service name="Event"/> </provides>
                <route> <service name="Timer"> <child name="clock"/> </service> <any-service> <parent/> </any-service> </route>
                <config width="%d" height="%d"/>
              </start>
              <start name="nitpicker">
                <resource name="RAM" quantum="16M"/>
                <provides> <service name="Nitpicker"/> </provides>
                <route>
                  <service name="Framebuffer"> <child name="fb"/> </service> <service name="Input"> <child name="fb"/> </service>
                  <service name="Report"> <child name="report_rom"/> </service> <any-service> <parent/> </any-service>
                </route>
                <config>
                  <report displays="yes"/>
                  <domain name="decorator" layer="1" xray="opaque" label="no"/>
                  <domain name="default"   layer="1"/>
                  <policy label_prefix="wm -> decorator" domain="decorator"/>
                  <policy label="" domain="default"/>
                  <pointer draw="no"/>
                </config>
              </start>
              <start name="wm">
                <resource name="RAM" quantum="256M"/>
                <provides> <service name="Nitpicker"/> </provides>
                <route>
                  <service name="Nitpicker"> <child name="nitpicker"/> </service>
                  <service name="ROM"> <child name="report_rom"/> </service> <service name="Report"> <child name="report_rom"/> </service>
                  <any-service> <parent/> </any-service>
                </route>
                <config> <policy label_prefix="decorator" role="decorator"/> <policy label_prefix="layouter" role="layouter"/> </config>
              </start>
              <start name="layouter">
                <binary name="floating_window_layouter"/>
                <resource name="RAM" quantum="8M"/>
                <route>
                  <service name="Nitpicker"> <child name="wm"/> </service>
                  <service name="ROM"> <child name="report_rom"/> </service> <service name="Report"> <child name="report_rom"/> </service>
                  <any-service> <parent/> </any-service>
                </route>
                <config> <rules> %s </rules> </config>
              </start>
              <start name="decorator">
                <binary name="themed_decorator"/>
                <resource name="RAM" quantum="64M"/>
                <route>
                  <service name="Nitpicker"> <child name="wm"/> </service>
                  <service name="ROM" label_prefix="theme/"> <parent/> </service>
                  <service name="ROM"> <child name="report_rom"/> </service> <service name="Report"> <child name="report_rom"/> </service>
                  <any-service> <parent/> </any-service>
                </route>
                <config theme="shadow"/>
              </start>
              <start name="probe">
                <binary name="bench_probe"/>
                <resource name="RAM" quantum="2M"/>
                <route>
                  <service name="Event"> <child name="fb"/> </service> <service name="Capture"> <child name="fb"/> </service>
                  <service name="ROM"> <child name="report_rom"/> </service> <service name="Report"> <child name="report_rom"/> </service>
                  <any-service> <parent/> </any-service>
                </route>
              </start>
              %s
            </config>
            </scenario>
            """.formatted((768L << 20) + (count + 1) * clientRam, themes, ManualTimer.BINARY, DeskLayout.SCREEN_WIDTH, DeskLayout.SCREEN_HEIGHT, rules, windows);
    }

    /** A client {@code name} of {@code server}; {@code follow}: it follows the mode, as a window does. */
    private static String client(String name, String server, Rect at, int index, boolean translucent, boolean follow, long ram) {
        return ("<start name=\"%s\"> <binary name=\"%s\"/> <resource name=\"RAM\" quantum=\"%d\"/>"
                + " <route> <service name=\"Nitpicker\"> <child name=\"%s\"/> </service> <any-service> <parent/> </any-service> </route>"
                + " <config x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" index=\"%d\" translucent=\"%s\" follow=\"%s\"/> </start>\n")
                .formatted(name, BenchClient.BINARY, ram, server, at.x(), at.y(), at.width(), at.height(), index, translucent ? "yes" : "no",
                        follow ? "yes" : "no");
    }
}
