package org.jenode.base;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The one thread on which all of a component's code runs: its start-up, the session calls it serves,
 * and its signal handlers. A component therefore never needs a lock for its own state.
 *
 * <p>{@link #call} runs work here and waits for it (a synchronous call from another component; a call
 * from this very entrypoint runs inline). {@link #post} queues work without waiting. An exception that
 * escapes posted work, or an unexpected exception in a served call, is a fault: the entrypoint stops
 * and reports it to its fault handler, and pending callers get a {@link SessionClosedException}.
 *
 * <p>Both hand-offs of a call, the work to this thread and the answer back, go through {@link BriefSpin}:
 * a lock-free queue (or, for a call that finds it empty, a single slot beside it, which touches fewer
 * cache lines between the two cores) and an adaptive brief spin before parking, so that a call whose
 * server is awake costs little more than the fastest hand-off between two threads (see {@code ./jenode
 * bench runtime}). The entrypoint is a platform thread, not a virtual one: components call native code
 * on it (pty4j through JNA, the window toolkits), which would pin a virtual thread's carrier for as long
 * as the native call blocks.
 */
public final class Entrypoint {

    /** The entrypoint of the current thread, if it is one: a thread property, not a global. */
    private static final ThreadLocal<Entrypoint> CURRENT = new ThreadLocal<>();
    /** Each calling thread's wait flag, kept across its calls so that its spin can adapt (see {@link BriefSpin}). */
    private static final ThreadLocal<BriefSpin.Parked> WAITING = ThreadLocal.withInitial(BriefSpin.Parked::new);

    private final String name;
    private final WaitGraph waits;
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    /**
     * One call that found the queue empty, taken before the queue: a hand-off of one field instead of the
     * queue's nodes. Only a call that saw the queue empty goes here, and a thread waits in its call, so
     * no thread's work overtakes its own earlier work.
     */
    private final AtomicReference<Call<?>> slot = new AtomicReference<>();
    private final BriefSpin.Parked idle = new BriefSpin.Parked();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Consumer<Throwable> faultHandler = t -> { };
    volatile Entrypoint waitingFor;
    /** The work item running now and since when ({@link System#nanoTime()}); null while idle. */
    private volatile Runnable current;
    private volatile long currentSince;
    /** Whether the caller whose call this thread answered last was awake for it; read and written by this thread only. */
    private boolean callerAwake;

    public Entrypoint(String name, WaitGraph waits) {
        this.name = name;
        this.waits = waits;
        this.thread = new Thread(this::loop, "ep " + name);
        thread.setDaemon(true);
        thread.start();
    }

    public String name() { return name; }

    public boolean isCurrent() { return Thread.currentThread() == thread; }

    public boolean running() { return running; }

    /** How long the work item running now has been running, zero while idle: how a parent sees a stall. */
    public Duration busy() {
        long since = currentSince;
        return current == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
    }

    /** True once the thread has really ended (after a stop it may still be finishing, or stuck). */
    public boolean ended() { return !thread.isAlive(); }

    /** Who hears of a fault of this entrypoint; set by the component's parent. */
    public void onFault(Consumer<Throwable> handler) { this.faultHandler = handler; }

    /** Queues work to run here later; an exception from it is a fault. Ignored once stopped. */
    public void post(Runnable work) {
        if (running) enqueue(work);
    }

    /** Queues {@code work} and wakes the thread; returns whether it was awake (see {@link BriefSpin}). */
    private boolean enqueue(Runnable work) {
        queue.add(work);
        return BriefSpin.wake(thread, idle);
    }

    /**
     * Runs {@code work} here and returns its result. A {@link ServiceException} from the work reaches
     * the caller and nothing else happens; any other exception is a fault of this entrypoint and
     * reaches the caller as a {@link SessionClosedException}.
     */
    public <T> T call(Callable<T> work) {
        if (isCurrent()) return invokeInline(work);
        if (!running) throw new SessionClosedException("'" + name + "' is not running");
        Entrypoint caller = CURRENT.get();
        Entrypoint outer = caller != null ? waits.enter(caller, this) : null;
        try {
            Call<T> call = new Call<>(work);
            boolean serverAwake = queue.isEmpty() && slot.compareAndSet(null, call)
                    ? BriefSpin.wake(thread, idle) : enqueue(call);
            if (!running) call.fail();
            return call.await(serverAwake);
        } finally {
            if (caller != null) waits.leave(caller, outer);
        }
    }

    /**
     * Runs {@code wait}, on this entrypoint, as a wait for {@code other} in the wait graph: for work that
     * {@code other} does outside a call of this entrypoint (the runtime waits so for the answer of a
     * component in another process, which only the entrypoint reading its wire can take). A cycle through
     * {@code other} is then refused with a {@link DeadlockException}, as a cycle of calls is.
     */
    public <T> T waitFor(Entrypoint other, Callable<T> wait) {
        if (!isCurrent()) throw new IllegalStateException("a wait of '" + name + "' off its thread");
        Entrypoint outer = waits.enter(this, other);
        try {
            return invokeInline(wait);
        } finally {
            waits.leave(this, outer);
        }
    }

    private <T> T invokeInline(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signal handler that runs {@code handler} here; see {@link SignalHandler}. */
    public SignalHandler handler(Runnable handler) { return new SignalHandler(this, count -> handler.run()); }

    /** A signal handler that is told how many submits it coalesced. */
    public SignalHandler handler(IntConsumer handler) { return new SignalHandler(this, handler); }

    /**
     * Stops after the work queued so far and then {@code finalWork}; callers still waiting after that
     * are told the server is gone.
     */
    public void stop(Runnable finalWork) {
        if (!running) return;
        enqueue(() -> {
            try {
                finalWork.run();
            } finally {
                running = false;
            }
        });
    }

    /**
     * Stops at once: queued work is dropped, waiting callers fail (also the one whose call is running
     * now, in case it never returns), and the thread is interrupted, which is all one can do in-process
     * to a thread that is stuck.
     */
    public void stopNow() {
        running = false;
        for (Runnable r; (r = take()) != null; ) if (r instanceof Call<?> c) c.fail();
        if (!isCurrent()) {
            if (current instanceof Call<?> c) c.fail();
            thread.interrupt();
        }
        enqueue(() -> { });
    }

    /** Waits until the thread has ended, at most {@code millis}. */
    public void join(long millis) throws InterruptedException {
        if (!isCurrent()) thread.join(millis);
    }

    private void loop() {
        CURRENT.set(this);
        while (running) {
            if (!BriefSpin.await(() -> slot.get() != null || !queue.isEmpty(), idle, callerAwake)) break;
            callerAwake = false;
            Runnable work = take();
            if (work == null) continue; // stopNow took it meanwhile
            currentSince = System.nanoTime();
            current = work;
            try {
                work.run();
            } catch (Throwable t) {
                fault(t);
            } finally {
                current = null;
            }
        }
        List<Runnable> left = new ArrayList<>();
        for (Runnable r; (r = take()) != null; ) left.add(r);
        for (Runnable r : left) if (r instanceof Call<?> c) c.fail();
    }

    /** The next work: the call in the slot, else the queue's head; null if there is none. */
    private Runnable take() {
        Call<?> call = slot.get(); // a look before the write: most work comes through the queue or not at all
        return call != null && slot.compareAndSet(call, null) ? call : queue.poll();
    }

    private void fault(Throwable t) {
        if (!running) return;
        running = false;
        faultHandler.accept(t);
    }

    /**
     * A synchronous call waiting in the queue, and its caller waiting for the outcome. The outcome is set
     * once: by the served call, or by a stop that finds the call still queued.
     */
    private final class Call<T> implements Runnable {
        final Callable<T> work;
        final Thread caller = Thread.currentThread();
        final BriefSpin.Parked waiting = WAITING.get();
        final AtomicReference<Outcome<T>> outcome = new AtomicReference<>();

        Call(Callable<T> work) { this.work = work; }

        @Override public void run() {
            try {
                complete(new Outcome<>(work.call(), null));
            } catch (ServiceException e) {
                complete(new Outcome<>(null, e));
            } catch (Throwable t) {
                complete(new Outcome<>(null, new SessionClosedException("'" + name + "' faulted while serving a call: " + t, t)));
                fault(t);
            }
        }

        void fail() {
            complete(new Outcome<>(null, new SessionClosedException("'" + name + "' stopped")));
        }

        private void complete(Outcome<T> o) {
            if (!outcome.compareAndSet(null, o)) return;
            boolean awake = BriefSpin.wake(caller, waiting);
            if (isCurrent()) callerAwake = awake; // a caller that is awake may call again at once
        }

        T await(boolean serverAwake) {
            if (!BriefSpin.await(() -> outcome.get() != null, waiting, serverAwake))
                throw new SessionClosedException("call to '" + name + "' interrupted");
            Outcome<T> o = outcome.get();
            if (o.failure() != null) throw o.failure();
            return o.value();
        }
    }

    /** What a call answered: its value, or the exception its caller gets. */
    private record Outcome<T>(T value, RuntimeException failure) { }

    @Override public String toString() { return "Entrypoint[" + name + "]"; }
}
