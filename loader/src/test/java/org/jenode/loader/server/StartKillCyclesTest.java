package org.jenode.loader.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.loader.LoaderSession;
import org.junit.jupiter.api.Test;

/**
 * Fifty start/kill cycles of a subsystem, nested and not, each shown on the screen and closed: the
 * loader's and the client's RAM come back to the byte, no thread is left over, and the heap does not
 * grow beyond noise. In-process; the sandboxed cycles (processes, mappings) come with the sandbox.
 */
class StartKillCyclesTest {

    private static final int CYCLES = 50;
    /** What the heap may differ by after collection: noise of logging, JIT and the test's own records. */
    private static final long HEAP_SLACK = 24L << 20;

    @Test
    void fiftyCyclesLeaveNoRamThreadOrHeapGrowth() throws Exception {
        try (LoaderDesk desk = new LoaderDesk()) {
            ClientView mine = desk.client.onEp(env -> new ClientView(env, new Rect(0, 0, 200, 150), 0x2040c0));
            for (int i = 0; i < 5; i++) cycle(desk, mine, i); // warm up: classes, JIT, nitpicker's first views
            // the client's baseline once the last warm-up subsystem has ended, its donation back
            long loaderRam = settledLoaderRam(desk, -1);
            XmlNode baseline = desk.state(s -> LoaderDesk.child(s, "loader").has("ram_used"));
            int threads = settledThreads(Integer.MAX_VALUE);
            long heap = heap();

            for (int i = 0; i < CYCLES; i++) cycle(desk, mine, i);

            assertThat(settledLoaderRam(desk, loaderRam)).as("the loader's RAM").isEqualTo(loaderRam);
            XmlNode after = desk.state(s -> LoaderDesk.used(s, "client") == LoaderDesk.used(baseline, "client"));
            assertThat(LoaderDesk.used(after, "client")).as("the client's RAM").isEqualTo(LoaderDesk.used(baseline, "client"));
            assertThat(settledThreads(threads)).as("live threads").isLessThanOrEqualTo(threads);
            assertThat(heap()).as("heap after collection").isLessThan(heap + HEAP_SLACK);
        }
    }

    /** Starts a painter (every other one nested in the client's view, which nitpicker clips it to), waits for its pixels, closes the session. */
    private static void cycle(LoaderDesk desk, ClientView mine, int i) throws Exception {
        boolean nested = i % 2 == 0;
        int color = 0x100000 * (1 + i % 15) + 0x40;
        LoaderSession loader = desk.open(1 << 20);
        LoaderDesk.commit(loader, "config", "<config color=\"#%06x\" xpos=\"120\" ypos=\"80\"/>".formatted(color));
        CompletableFuture<Void> ready = new CompletableFuture<>();
        if (nested) {
            desk.client.onEp(env -> {
                loader.viewReadySigh(env.ep().handler(() -> ready.complete(null)));
                loader.parentView(mine.capability());
                return null;
            });
        }
        loader.start("painter", "cycle" + i);
        if (nested) {
            ready.get(20, TimeUnit.SECONDS);
            loader.viewGeometry(new Rect(120, 80, 80, 60), Point.ORIGIN);
        }
        desk.screen.awaitScreen("cycle " + i, () -> desk.screen.rgb(130, 90) == color);
        loader.close();
        desk.screen.awaitScreen("cycle " + i + " closed", () -> desk.screen.rgb(130, 90) == 0x2040c0);
    }

    /** The loader's RAM in init's report once its subsystems have ended (equal to {@code expected} if that is known). */
    private static long settledLoaderRam(LoaderDesk desk, long expected) {
        XmlNode s = desk.state(state -> expected < 0 ? LoaderDesk.used(state, "loader") < (1 << 20) : LoaderDesk.used(state, "loader") == expected);
        return LoaderDesk.used(s, "loader");
    }

    /** The number of live threads once the ends of killed subsystems have finished (at most {@code bound} if that is known). */
    private static int settledThreads(int bound) {
        if (bound == Integer.MAX_VALUE) {
            Await.until("no subsystem ending any more", () -> Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().startsWith("end of ") || t.getName().startsWith("ep ") && t.getName().contains("cycle")));
            return liveThreads();
        }
        return Await.answer("threads back to " + bound, StartKillCyclesTest::liveThreads, n -> n <= bound);
    }

    /**
     * The platform threads alive now (every entrypoint is one), but for the JDK's own pools, which grow
     * and shrink as they please: the carriers of virtual threads (a process child's start and end run on
     * them), the process reaper, the delayed-completion scheduler.
     */
    private static int liveThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> !n.startsWith("ForkJoinPool") && !n.equals("process reaper") && !n.startsWith("CompletableFutureDelayScheduler"))
                .count();
    }

    private static long heap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
