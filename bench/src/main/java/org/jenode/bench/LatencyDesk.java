package org.jenode.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.bench.ArrivalSink.Arrival;
import org.jenode.bench.latency.LatencyBinaries;
import org.jenode.framebuffer.Mode;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * The input-latency benchmark's desktop: fb_headless, nitpicker with click-to-focus, the focused latency
 * client over the whole screen (on threads, or with {@code isolation="process"} in a JVM of its own), the
 * sink it reports its arrivals to, and a device component whose Event session to the driver is the
 * injection point: the entry that the window drivers' host events take too.
 */
final class LatencyDesk implements AutoCloseable {

    static final Mode SCREEN = new Mode(640, 480);
    private static final String DEVICE = "latency_device";
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(5);
    /** How long the desktop may take to stack the client's view, on a loaded machine (a process child starts a JVM). */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /** One event's way: submitted at the driver, at the client's handler, read there, heard of by the benchmark. */
    record Sample(long submittedNanos, long handlerNanos, long drainedNanos, long noticedNanos) {
        long latency() { return drainedNanos - submittedNanos; }

        long toHandler() { return handlerNanos - submittedNanos; }

        long read() { return drainedNanos - handlerNanos; }

        /** Whether the client's times lie where causality puts them: after the submission, before the notice. */
        boolean ordered() { return submittedNanos <= handlerNanos && handlerNanos <= drainedNanos && drainedNanos <= noticedNanos; }
    }

    private final Core core;
    private final EventSession device;
    private final LinkedBlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();

    /** @param isolation the client's {@code isolation}: {@code thread} or {@code process} */
    LatencyDesk(String isolation) throws Exception {
        CompletableFuture<Env> deviceEnv = new CompletableFuture<>();
        Binaries binaries = Binaries.discover()
                .with(new Binary(ArrivalSink.BINARY, env -> new ArrivalSink(env, arrivals::add)))
                .with(new Binary(DEVICE, env -> {
                    deviceEnv.complete(env);
                    return new Component() { };
                }));
        core = new Core(Scenario.parse(scenario(isolation), "input latency bench", Path.of(".")), binaries).start();
        try {
            device = deviceEnv.get(20, TimeUnit.SECONDS).session(EventSession.class, "device");
            focusClient();
        } catch (Exception | Error e) {
            core.close();
            throw e;
        }
    }

    /**
     * Injects {@code event} at the driver and returns its way to the client's handler. Events the client
     * gets besides (focus, leave) are passed over.
     */
    Sample sample(InputEvent event) throws InterruptedException, TimeoutException {
        long start = System.nanoTime();
        device.submit(List.of(event));
        Arrival a = awaitArrival(event);
        return new Sample(start, a.handlerNanos(), a.drainedNanos(), a.noticedNanos());
    }

    /** A click on the client gives it the keyboard focus (nitpicker's click-to-focus). */
    private void focusClient() throws InterruptedException, TimeoutException {
        InputEvent.Press click = new InputEvent.Press(Keycodes.BTN_LEFT);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        // The client's view may not be stacked yet when the first click comes: click until it arrives.
        while (true) {
            device.submit(List.of(new InputEvent.AbsoluteMotion(SCREEN.width() / 2, SCREEN.height() / 2), click,
                    new InputEvent.Release(Keycodes.BTN_LEFT)));
            Arrival a = arrivals.poll(100, TimeUnit.MILLISECONDS);
            if (a != null && a.event().equals(click)) break;
            if (System.nanoTime() > deadline) throw new TimeoutException("the latency client got no click within " + START_TIMEOUT);
        }
        awaitArrival(new InputEvent.Release(Keycodes.BTN_LEFT));
    }

    private Arrival awaitArrival(InputEvent event) throws InterruptedException, TimeoutException {
        while (true) {
            Arrival a = arrivals.poll(ARRIVAL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (a == null) throw new TimeoutException(event + " did not reach the client within " + ARRIVAL_TIMEOUT);
            if (a.event().equals(event)) return a;
        }
    }

    @Override public void close() { core.close(); }

    private static String scenario(String isolation) {
        return """
            <scenario ram="256M">
              <config>
                <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                <start name="fb">
                  <binary name="fb_headless"/>
                  <resource name="RAM" quantum="16M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> <service name="Event"/> <service name="Capture"/> </provides>
                  <config width="%d" height="%d"/>
                </start>
                <start name="nitpicker">
                  <resource name="RAM" quantum="8M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config>
                    <domain name="default" layer="1"/>
                    <policy label="" domain="default"/>
                    <background color="#000000"/>
                  </config>
                </start>
                <start name="%s"> <resource name="RAM" quantum="1M"/> <provides> <service name="Arrival"/> </provides> </start>
                <start name="%s" isolation="%s"> <resource name="RAM" quantum="16M"/> </start>
                <start name="%s"> <resource name="RAM" quantum="1M"/> </start>
              </config>
            </scenario>
            """.formatted(SCREEN.width(), SCREEN.height(), ArrivalSink.BINARY, LatencyBinaries.CLIENT, isolation, DEVICE);
    }
}
