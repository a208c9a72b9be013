package org.jenode.bench;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jenode.base.Binary;
import org.jenode.base.Component;
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

/**
 * A synchronous session call (a Timer session's {@code elapsedMs}, answered on core's entrypoint) and
 * a signal delivered to a component's entrypoint, each next to the plain-Java equivalent: handing a
 * task to a single-thread executor and waiting for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuntimeBench {

    private Core core;
    private TimerSession timer;
    private SignalHandler signal;
    private final AtomicLong delivered = new AtomicLong();
    private ExecutorService executor;

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
        signal = env.ep().handler(delivered::incrementAndGet);
        executor = Executors.newSingleThreadExecutor();
    }

    @TearDown(Level.Trial)
    public void stop() {
        executor.shutdownNow();
        core.close();
    }

    @Benchmark
    public long sessionCallRoundTrip() { return timer.elapsedMs(); }

    @Benchmark
    public long plainExecutorRoundTrip() throws Exception {
        return executor.submit(System::nanoTime).get();
    }

    @Benchmark
    public long signalDelivery() {
        long target = delivered.get() + 1;
        signal.submit();
        while (delivered.get() < target) Thread.onSpinWait();
        return target;
    }
}
