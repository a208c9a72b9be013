package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.base.testing.Await.until;

import java.util.concurrent.atomic.AtomicInteger;

import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/**
 * Frames follow the display: on a screen whose sync the test ticks, nitpicker's stand-in timer draws only
 * until the display has ticked once; from then on a frame comes with each tick and never with a client's
 * call, however many calls there are, and each frame ticks the clients' sync once.
 */
class SyncPacingTest {

    private static final int RED = 0xffff0000;

    @Test
    void framesComeWithTheDisplaysSyncAndTickTheClients() {
        try (Desk desk = new Desk(HeadlessScreen.withManualSync(200, 100), Desk.DEFAULT_CONFIG, "a")) {
            GuiClient a = desk.client("a").open(1 << 20, 50, 50, false, RED);
            AtomicInteger syncs = new AtomicInteger();
            a.probe().onEp(env -> {
                a.session().framebuffer().syncSigh(env.ep().handler(syncs::addAndGet)); // signals coalesce: count them
                return null;
            });
            ViewHandle v = a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            until("a frame before the display ever ticked (the stand-in timer)", () -> desk.pixel(10, 10) == RED);

            a.probe().onEp(env -> null); // the client has counted the ticks of the stand-in frames
            int first = syncs.get();
            desk.screen.tickSync(); // from now on nitpicker knows the display ticks
            until("the client's tick", () -> syncs.get() > first);
            int ticked = syncs.get();
            long frames = desk.frames();

            for (int x = 1; x <= 100; x++) a.run(new Command.Geometry(v, new Rect(x, 0, 50, 50)));
            a.probe().onEp(env -> a.session().mode()); // nitpicker has done what the calls made it do
            assertThat(desk.pixel(10, 10)).as("no frame without the display's sync").isEqualTo(RED);
            assertThat(desk.frames()).as("no refresh without the display's sync").isEqualTo(frames);

            desk.screen.tickSync();
            until("drawn on the sync", () -> desk.pixel(10, 10) == Policy.DEFAULT_BACKGROUND && desk.pixel(149, 49) == RED);
            until("the client ticked once more", () -> syncs.get() > ticked);
            assertThat(syncs.get()).as("one frame for one display tick").isEqualTo(ticked + 1);
            assertThat(desk.frames() - frames).as("a hundred calls, one frame of merged rectangles").isBetween(1L, 3L);
        }
    }
}
