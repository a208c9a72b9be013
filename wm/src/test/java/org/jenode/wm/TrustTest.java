package org.jenode.wm;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;
import org.junit.jupiter.api.Test;

/**
 * What a client cannot do under the wm: draw outside its content, raise its window over another, or
 * have its pixels labelled as anybody but itself.
 */
class TrustTest {

    static final int RED = 0xffff0000, YELLOW = 0xffffff00, GREEN = 0xff00ff00, BLUE = 0xff0000ff;

    /**
     * app's window 1 at content (50,40), its buffer red above yellow, with a child view showing the
     * yellow half that asks for far more than the content; other's window 2 in front at (100,60).
     */
    private static ViewHandle[] scene(WmDesk desk) {
        desk.app.open(100, 120, RED);
        desk.app.paint(new Rect(0, 60, 100, 60), YELLOW);
        ViewHandle window = desk.app.window(new Rect(0, 0, 100, 60), "");
        ViewHandle child = desk.app.view(window, new Rect(-30, -30, 100, 100));
        desk.app.run(new Command.Offset(child, new Point(0, -30)));
        desk.other.open(100, 60, GREEN);
        desk.other.window(new Rect(0, 0, 100, 60), "");
        desk.layouter.awaitWindowList("two windows", l -> l.children("window").size() == 2);
        desk.decorator.place(1, new Rect(50, 40, 100, 60));
        desk.decorator.place(2, new Rect(100, 60, 100, 60));
        desk.awaitPixel("window 2 in front", 110, 70, GREEN);
        return new ViewHandle[] {window, child};
    }

    @Test
    void aChildViewIsClippedToItsWindowsContentAndStaysInItsWindowsDepth() {
        try (WmDesk desk = new WmDesk()) {
            ViewHandle[] v = scene(desk);
            desk.awaitPixel("the child inside the content", 60, 50, YELLOW);
            assertThat(desk.pixel(125, 50)).as("content beside the child").isEqualTo(RED);
            assertThat(desk.pixel(47, 37)).as("the frame, though the child asked for it").isEqualTo(WmDesk.FRAME);
            assertThat(desk.pixel(30, 20)).as("outside the window").isEqualTo(WmDesk.BLACK);

            desk.app.run(new Command.ToFront(v[1], ViewHandle.NONE), new Command.ToFront(v[0], ViewHandle.NONE));
            desk.other.paint(new Rect(90, 50, 10, 10), BLUE);
            desk.awaitPixel("a later change of the window in front", 195, 115, BLUE);
            assertThat(desk.pixel(110, 70)).as("neither the child nor the window came to front").isEqualTo(GREEN);
            desk.png("wm-child-behind");

            desk.decorator.place(1, new Rect(50, 40, 100, 60));
            desk.awaitPixel("raised by the decorator, the child in front of its content", 110, 70, YELLOW);
            assertThat(desk.pixel(125, 70)).isEqualTo(RED);
        }
    }

    @Test
    void xrayLabelsAWindowWithTheLabelNitpickerKnows() {
        try (WmDesk desk = new WmDesk()) {
            scene(desk);
            desk.screen.inject(new InputEvent.AbsoluteMotion(60, 50));
            Await.report(desk.core, "init -> nitpicker -> hover", h -> h.attribute("label", "").equals("wm -> app"));
            desk.screen.inject(new InputEvent.AbsoluteMotion(150, 100));
            Await.report(desk.core, "init -> nitpicker -> hover", h -> h.attribute("label", "").equals("wm -> other"));
            desk.screen.inject(new InputEvent.Press(Keycodes.KEY_SCROLLLOCK), new InputEvent.Release(Keycodes.KEY_SCROLLLOCK));
            desk.screen.awaitScreen("x-ray tint", () -> desk.pixel(125, 50) != RED);
            desk.png("wm-xray");
        }
    }
}
