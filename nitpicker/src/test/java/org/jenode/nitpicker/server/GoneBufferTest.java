package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.LogCapture;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/**
 * A client whose buffer is gone while nitpicker composes it (here it frees the memory it paid for itself,
 * as a hostile client can) loses its views, logged once; nitpicker does not fault and keeps composing the
 * others.
 */
class GoneBufferTest {

    @Test
    void aClientWhoseBufferIsGoneLosesItsViewsNotNitpicker() {
        try (LogCapture log = new LogCapture(); Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "evil", "bystander")) {
            GuiClient evil = desk.client("evil").open(1 << 20, 50, 50, false, 0xffff0000);
            GuiClient bystander = desk.client("bystander").open(1 << 20, 50, 50, false, 0xff00ff00);
            evil.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            bystander.view(ViewHandle.NONE, new Rect(100, 0, 50, 50));
            desk.awaitScreen("both views", () -> desk.pixel(10, 10) == 0xffff0000 && desk.pixel(110, 10) == 0xff00ff00);

            evil.probe().onEp(_ -> {
                evil.session().framebuffer().dataspace().free();
                return null;
            });
            for (int i = 0; i < 3; i++) { // moves over it make nitpicker compose its pixels, again and again
                desk.inject(new InputEvent.AbsoluteMotion(20 + i, 20));
                evil.refresh(new Rect(0, 0, 50, 50));
            }
            desk.awaitScreen("evil's view dropped", () -> desk.pixel(10, 10) != 0xffff0000 && desk.pixel(10, 10) != 0xff000000);
            evil.refresh(new Rect(0, 0, 50, 50)); // refreshing what no view shows any more is nothing
            bystander.paint(new Rect(0, 0, 50, 50), 0xff0000ff);
            desk.awaitScreen("the bystander repainted", () -> desk.pixel(110, 10) == 0xff0000ff);

            assertThat(log.errors()).as("faults").isEmpty();
            List<String> gone = log.messagesOf("init -> nitpicker").stream().filter(m -> m.contains("buffer is gone")).toList();
            assertThat(gone).singleElement().asString().contains("evil");
        }
    }
}
