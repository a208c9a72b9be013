package org.jenode.base.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jenode.base.Binary;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.parent.ChildHandle;
import org.jenode.base.parent.ChildPolicy;
import org.jenode.base.parent.ChildSpec;
import org.jenode.base.runtime.wire.Message;
import org.jenode.base.runtime.wire.Wire;

/**
 * A child in an OS process of its own: the same {@link ChildHandle} and policy calls as a child on
 * threads of this JVM, its component the same class, run by {@link SandboxMain} in a JVM started for it
 * ({@link ChildProcess}). Its session requests and calls cross its socket and are carried out here by a
 * stand-in env ({@link ChildLink}); its RAM account allocates shared memory, so that what servers
 * allocate for it reaches it without a copy.
 *
 * <p>It ends as a fault, with the reason, when its component faults there, when its process ends or is
 * killed on its own (including an exhausted heap), when it breaks the protocol, and when it cannot be
 * started; and {@link #kill} really ends it: asked to stop, then killed, then reaped, its sessions closed.
 */
final class ProcessChild implements ChildHandle, StartedChild {

    /** How long a child's JVM may take to connect. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final ComponentEnv env;
    private final PolicyPort port;
    /** The name its process looks the program up by. */
    private final String binary;
    /** A user's jar that holds the program, on its process's class path. */
    private final List<Path> jars;
    private final long quantum;
    /** The modules its process resolves; empty: all of this JVM's. */
    private final Optional<ChildModules> modules;
    private final Consumer<StartedChild> onKilled;
    private final AtomicBoolean reported = new AtomicBoolean();
    private final CompletableFuture<ChildProcess> started = new CompletableFuture<>();
    private volatile ChildLink link;
    private volatile boolean stopping;
    /** Set once the sessions have ended: a link made after that is closed at once. */
    private volatile boolean released;
    private CompletableFuture<Void> killed;

    ProcessChild(ComponentEnv parent, ChildSpec spec, ChildPolicy policy, Consumer<StartedChild> onKilled) {
        try {
            spec.ram().shareAcrossProcesses();
        } catch (UnsupportedOperationException e) {
            throw new ServiceDeniedException(spec.name() + ": isolation=\"process\" needs shared memory, which " + e.getMessage());
        }
        this.onKilled = onKilled;
        this.binary = switch (spec.binary().program()) {
            case Binary.Jar jar -> jar.name();
            default -> spec.binary().name();
        };
        this.jars = spec.binary().program() instanceof Binary.Jar jar ? List.of(jar.jar()) : List.of();
        this.quantum = spec.ram().quota();
        this.modules = ChildModules.of(spec.binary());
        this.port = new PolicyPort(parent, policy, spec.config(), spec.name());
        this.env = parent.child(spec.name(), port, spec.ram());
        env.ep().onFault(this::fault);
        Thread.ofVirtual().name("start of " + env.label()).start(this::launch);
    }

    @Override public String name() { return env.name(); }

    private void launch() {
        ChildProcess process;
        try {
            process = ChildProcess.start(env.label(), quantum, jars, modules, env.log());
        } catch (IOException | RuntimeException e) {
            started.completeExceptionally(e);
            fault(new ProcessFault("its process could not be started: " + e, e));
            return;
        }
        started.complete(process);
        process.process().onExit().thenRun(() -> ended(process));
        try {
            Wire wire = process.accept(START_TIMEOUT);
            ChildLink l = new ChildLink(env, wire, process.pid(), this::fault);
            l.start(new Message.Start(env.name(), env.label(), binary, quantum));
            link = l; // only now: nothing may reach the child before its start message
            if (stopping) l.refuse();
            if (released) l.close();
        } catch (IOException | RuntimeException e) {
            Process p = process.process();
            // a process that ended before it connected says why itself (killed, out of memory, ...)
            String why = p.isAlive() ? e.getMessage() : exitReason(p.exitValue()) + process.output();
            fault(new ProcessFault("its process did not start: " + why, e));
            p.destroyForcibly();
        }
    }

    /** The process ended: unless it was being stopped, that is a fault, with the reason the process gives. */
    private void ended(ChildProcess process) {
        ChildLink l = link;
        if (l != null) l.disconnect();
        if (stopping) return;
        fault(new ProcessFault(exitReason(process.process().exitValue()) + process.output()));
    }

    private static String exitReason(int code) {
        return switch (code) {
            case 3 -> "its process ran out of memory (exit code 3)";
            case 137 -> "its process was killed (SIGKILL)";
            case 143 -> "its process was terminated (SIGTERM)";
            default -> code > 128 && code < 160 ? "its process was killed by signal " + (code - 128)
                    : "its process ended with exit code " + code;
        };
    }

    /** Reports a fault to the policy once, unless the child is being stopped anyway. */
    private void fault(Throwable fault) {
        if (stopping || !reported.compareAndSet(false, true)) return;
        env.log().error("faulted: {}", fault.toString());
        port.faulted(fault);
    }

    @Override public synchronized CompletionStage<Void> kill(String reason) {
        if (killed == null) {
            stopping = true;
            ChildLink l = link;
            if (l != null) l.refuse();
            killed = new CompletableFuture<>();
            killed.whenComplete((_, _) -> onKilled.accept(this));
            Thread.ofVirtual().name("end of " + env.label()).start(() -> {
                halt();
                release(reason);
                killed.complete(null);
            });
        }
        return killed;
    }

    /**
     * Ends the process: asked to stop (its component closes), then, after the grace time, killed; and
     * waited for, so that no zombie is left. Then the stand-in's entrypoint stops.
     */
    @Override public void halt() {
        stopping = true;
        ChildProcess process = started.exceptionally(_ -> null).join();
        if (process != null) {
            ChildLink l = link;
            if (l != null) l.stop();
            Process p = process.process();
            try {
                if (!p.waitFor(process.grace().toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(ComponentEnv.GRACE_MS, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        env.halt();
    }

    /**
     * Ends the sessions the child served and opened, and only then lets go of its socket and its mapped
     * memory, which a server may have used until its session ended.
     */
    @Override public void release(String reason) {
        env.release(reason);
        released = true;
        ChildLink l = link;
        if (l != null) l.close();
    }

    /** True once the process has ended and been reaped. */
    @Override public boolean ended() {
        if (!started.isDone() || !env.ep().ended()) return false;
        ChildProcess process = started.exceptionally(_ -> null).join();
        return process == null || !process.process().isAlive();
    }

    /** How long the child's own entrypoint, in its process, has been busy (see {@link ChildLink#busy()}). */
    @Override public Duration busy() {
        ChildLink l = link;
        return l == null ? Duration.ZERO : l.busy();
    }

    @Override public String toString() { return "process child " + env.label(); }
}
