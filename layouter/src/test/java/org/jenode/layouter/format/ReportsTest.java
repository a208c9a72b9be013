package org.jenode.layouter.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.layouter.model.ClientWindow;
import org.jenode.layouter.model.Element;
import org.jenode.layouter.model.Hover;
import org.jenode.layouter.model.Layout;
import org.jenode.layouter.model.LayoutEvent;
import org.jenode.layouter.model.LayouterConfig;
import org.junit.jupiter.api.Test;

/** The reports exactly as the decorator and the wm read them. */
class ReportsTest {

    @Test
    void theReportsOfTwoWindowsOneOfThemBeingResized() {
        Layout layout = new Layout(LayouterConfig.EMPTY);
        layout.apply(new LayoutEvent.ScreenChanged(new Rect(0, 0, 1024, 768)));
        layout.apply(new LayoutEvent.WindowList(List.of(
                new ClientWindow(1, "init -> testnit", "", new Area(300, 200), false, false, true),
                new ClientWindow(2, "init -> clock", "12:00", new Area(100, 100), true, false, false))));
        layout.apply(new LayoutEvent.UserInput(new InputEvent.AbsoluteMotion(299, 199)));
        layout.apply(new LayoutEvent.HoverChanged(new Hover(1, Element.BOTTOM_RIGHT)));
        layout.apply(new LayoutEvent.UserInput(new InputEvent.Press(Keycodes.BTN_LEFT)));
        layout.apply(new LayoutEvent.UserInput(new InputEvent.AbsoluteMotion(309, 219)));

        Reports r = Reports.of(layout);
        assertThat(r.windowLayout().toXml()).isEqualTo("<window_layout>"
                + "<window id=\"1\" title=\"init -&gt; testnit\" xpos=\"0\" ypos=\"0\" width=\"300\" height=\"200\" topped=\"1\""
                + " focused=\"yes\" maximizer=\"yes\" closer=\"yes\"><highlight><bottom_right pressed=\"yes\"/></highlight></window>"
                + "<window id=\"2\" title=\"init -&gt; clock 12:00\" xpos=\"300\" ypos=\"0\" width=\"100\" height=\"100\" topped=\"0\""
                + " has_alpha=\"yes\" closer=\"yes\"/>"
                + "</window_layout>");
        assertThat(r.resizeRequest().toXml())
                .isEqualTo("<resize_request><window id=\"1\" width=\"310\" height=\"220\"/></resize_request>");
        assertThat(r.focus().toXml()).isEqualTo("<focus><window id=\"1\"/></focus>");
        assertThat(r.rules().toXml()).isEqualTo("<rules><screen name=\"screen\"/>"
                + "<assign label=\"init -&gt; testnit\" target=\"screen\" xpos=\"0\" ypos=\"0\" width=\"300\" height=\"200\"/>"
                + "<assign label=\"init -&gt; clock\" target=\"screen\" xpos=\"300\" ypos=\"0\" width=\"100\" height=\"100\"/>"
                + "</rules>");
    }

    @Test
    void nothingToReportIsReportedEmpty() {
        Reports r = Reports.of(new Layout(LayouterConfig.EMPTY));
        assertThat(r.windowLayout().toXml()).isEqualTo("<window_layout/>");
        assertThat(r.resizeRequest().toXml()).isEqualTo("<resize_request/>");
        assertThat(r.focus().toXml()).isEqualTo("<focus><window id=\"0\"/></focus>");
        assertThat(r.rules().toXml()).isEqualTo("<rules><screen name=\"screen\"/></rules>");
    }
}
