package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.junit.jupiter.api.Test;

/** Where the X-ray label goes inside the visible part of a view. */
class LabelPainterTest {

    private static final Area LABEL = new Area(40, 12);

    @Test
    void aLabelIsCentredAtTheTopOfTheFirstPartItFitsIn() {
        assertThat(LabelPainter.place(LABEL, List.of(new Rect(0, 0, 30, 100), new Rect(100, 50, 60, 20))))
                .contains(new Rect(110, 50, 40, 12));
    }

    @Test
    void withoutRoomItStartsAtTheTopLeftOfTheWidestPartCutToIt() {
        assertThat(LabelPainter.place(LABEL, List.of(new Rect(0, 0, 10, 100), new Rect(200, 7, 25, 5), new Rect(50, 0, 20, 3))))
                .contains(new Rect(200, 7, 25, 5));
    }

    @Test
    void aViewThatIsCoveredEverywhereGetsNoLabel() {
        assertThat(LabelPainter.place(LABEL, List.of())).isEmpty();
    }
}
