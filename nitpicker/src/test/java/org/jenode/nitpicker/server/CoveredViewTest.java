package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.base.testing.Await.until;

import org.jenode.base.geometry.Rect;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/**
 * The composer leaves out views wholly hidden behind one opaque view ({@link VisibleViews}): what such a
 * view would cover shows the view in front, a view hidden only in part or behind a translucent one still
 * shows where it is seen, and a hidden view appears as soon as the one in front moves away.
 */
class CoveredViewTest {

    static final int RED = 0xffff0000, GREEN = 0xff00ff00, BLUE = 0xff0000ff;

    @Test
    void aWhollyCoveredViewIsLeftOutAndComesBackWhenUncovered() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "hidden", "partly", "front", "glass")) {
            GuiClient hidden = desk.client("hidden").open(1 << 20, 100, 100, false, RED);
            GuiClient partly = desk.client("partly").open(1 << 20, 100, 100, false, BLUE);
            GuiClient front = desk.client("front").open(1 << 20, 100, 100, false, GREEN);
            GuiClient glass = desk.client("glass").open(1 << 20, 100, 100, true, 0x80000000);
            hidden.view(ViewHandle.NONE, new Rect(20, 20, 40, 40));
            partly.view(ViewHandle.NONE, new Rect(50, 20, 60, 40));
            ViewHandle cover = front.view(ViewHandle.NONE, new Rect(10, 10, 70, 70));
            glass.view(ViewHandle.NONE, new Rect(100, 0, 100, 100));
            int blueUnderGlass = 0xff000000 | ((0xff * 0x7f + 127) / 255);
            until("the front view over the hidden one, the partly hidden one beside it",
                    () -> desk.pixel(85, 30) == BLUE && desk.pixel(105, 30) == blueUnderGlass);
            assertThat(desk.pixel(30, 30)).isEqualTo(GREEN);
            assertThat(desk.pixel(59, 59)).isEqualTo(GREEN);
            assertThat(desk.pixel(79, 30)).isEqualTo(GREEN);

            front.run(new Command.Geometry(cover, new Rect(0, 70, 10, 10)));
            // The old and the new place are two dirty areas, refreshed one after the other: a look between
            // the two refreshes sees the hidden view uncovered and the front one not yet at its new place.
            until("uncovered, and the front view at its new place",
                    () -> desk.pixel(30, 30) == RED && desk.pixel(5, 75) == GREEN);
            assertThat(desk.pixel(55, 30)).as("partly in front of hidden, raised later").isEqualTo(BLUE);
        }
    }
}
