package org.jenode.bench;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Entrypoint;
import org.jenode.base.Env;
import org.jenode.base.SignalHandler;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.timer.TimerSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A synchronous session call (a Timer session's {@code elapsedMs}, answered on core's entrypoint) and
 * a signal delivered to a component's entrypoint, next to the fastest hand-offs between two threads this
 * JDK allows: park/unpark (with a platform and with a virtual server thread), a brief and a long spin then park,
 * SynchronousQueue, Exchanger, a single-thread executor, and the queue-and-future hand-off the entrypoint
 * used before (the "before" figure of the same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuntimeBench {

    /** A spin as long as the entrypoint's ({@code BriefSpin.SPIN_NANOS}, which it skips while spinning does not pay), and a long one. */
    private static final long BRIEF_SPIN_NANOS = 5_000, LONG_SPIN_NANOS = 20_000;

    private Core core;
    private TimerSession timer;
    private Entrypoint clientEp;
    private SignalHandler signal;
    private final AtomicLong delivered = new AtomicLong();
    private volatile Thread waiter;
    private ExecutorService executor;
    private HandOff park, briefSpin, longSpin, parkVirtual, synchronousQueue, exchanger, queueFuture;

    @Setup(Level.Trial)
    public void start() throws Exception {
        CompletableFuture<Env> client = new CompletableFuture<>();
        Scenario scenario = Scenario.parse("""
                <scenario>
                  <config>
                    <default-route> <any-service> <parent/> </any-service> </default-route>
                    <start name="client"> <resource name="RAM" quantum="1M"/> </start>
                  </config>
                </scenario>""", "bench", Path.of("."));
        core = new Core(scenario, Binaries.discover().with(new Binary("client", env -> {
            client.complete(env);
            return new Component() { };
        }))).start();
        Env env = client.get(10, TimeUnit.SECONDS);
        timer = env.session(TimerSession.class, "bench");
        clientEp = env.ep();
        signal = env.ep().handler(() -> {
            delivered.incrementAndGet();
            LockSupport.unpark(waiter);
        });
        executor = Executors.newSingleThreadExecutor();
        park = new ParkingHandOff(0, Thread.ofPlatform().daemon());
        briefSpin = new ParkingHandOff(BRIEF_SPIN_NANOS, Thread.ofPlatform().daemon());
        longSpin = new ParkingHandOff(LONG_SPIN_NANOS, Thread.ofPlatform().daemon());
        parkVirtual = new ParkingHandOff(0, Thread.ofVirtual());
        synchronousQueue = new SynchronousQueueHandOff();
        exchanger = new ExchangerHandOff();
        queueFuture = new QueueFutureHandOff();
    }

    /**
     * After the session call's trial, the call and the 20 us spin hand-off once more, in alternating blocks
     * in this same JVM (see {@link SideBySide}): the ratio that the forks' modes do not blur.
     */
    @TearDown(Level.Trial)
    public void stop(BenchmarkParams params) throws Exception {
        if (params.getBenchmark().endsWith(".sessionCallRoundTrip"))
            System.out.println(SideBySide.compare("session call", timer::elapsedMs, "20 us spin hand-off",
                    () -> longSpin.roundTrip(1), 21, 50_000));
        for (HandOff h : new HandOff[] {park, briefSpin, longSpin, parkVirtual, synchronousQueue, exchanger, queueFuture}) h.close();
        executor.shutdownNow();
        core.close();
    }

    @Benchmark
    public long sessionCallRoundTrip() { return timer.elapsedMs(); }

    /**
     * The entrypoint's hand-off alone, without the session's proxy, its argument checks and the wait
     * graph: what of a session call is the hand-off, and what the trust boundary.
     */
    @Benchmark
    public long entrypointCall() { return clientEp.call(System::nanoTime); }

    /** One signal, and the handler wakes this thread (waiting parked, not spinning: a spin would take the core the entrypoint needs). */
    @Benchmark
    public long signalDelivery() {
        long target = delivered.get() + 1;
        waiter = Thread.currentThread();
        signal.submit();
        while (delivered.get() < target) LockSupport.park(this);
        return target;
    }

    @Benchmark
    public long parkUnpark() throws InterruptedException { return park.roundTrip(1); }

    @Benchmark
    public long briefSpinThenPark() throws InterruptedException { return briefSpin.roundTrip(1); }

    @Benchmark
    public long longSpinThenPark() throws InterruptedException { return longSpin.roundTrip(1); }

    @Benchmark
    public long parkUnparkVirtualServer() throws InterruptedException { return parkVirtual.roundTrip(1); }

    @Benchmark
    public long synchronousQueue() throws InterruptedException { return synchronousQueue.roundTrip(1); }

    @Benchmark
    public long exchanger() throws InterruptedException { return exchanger.roundTrip(1); }

    @Benchmark
    public long executorSubmitGet() throws Exception { return executor.submit(System::nanoTime).get(); }

    @Benchmark
    public long queueAndFutureBefore() throws InterruptedException { return queueFuture.roundTrip(1); }
}
