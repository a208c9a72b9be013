package org.jenode.apps.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.jenode.base.geometry.Area;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;
import org.jenode.base.testing.Pngs;
import org.junit.jupiter.api.Test;

class ClockPainterTest {

    private final ClockPainter painter = new ClockPainter(Font.ofSize(14));

    private Canvas painted(Area area, LocalTime time) {
        Canvas c = Canvas.of(new int[area.width() * area.height()], area.width(), area.height());
        painter.paint(c, time);
        return c;
    }

    @Test
    void secondHandPointsWhereTheSecondsSay() {
        Canvas c = painted(painter.area(120), LocalTime.of(10, 10, 15));
        Pngs.write(c, "clock");
        // 15 s: the second hand points right (3 o'clock), not left
        assertThat(c.get(60 + 35, 60)).isEqualTo(ClockPainter.SECOND);
        assertThat(c.get(60 - 35, 60)).isNotEqualTo(ClockPainter.SECOND);
        // the digital time is drawn below the face
        boolean text = false;
        for (int y = 120; y < c.height(); y++) for (int x = 0; x < c.width(); x++) text |= c.get(x, y) == ClockPainter.TEXT;
        assertThat(text).isTrue();
    }

    @Test
    void aWiderWindowCentresTheLargestFaceThatFits() {
        Area area = new Area(400, 200); // room for a face of 200 - the strip below it
        Canvas c = painted(area, LocalTime.of(10, 10, 15));
        Pngs.write(c, "clock-wide");
        int face = area.height() - (painter.area(120).height() - 120);
        assertThat(c.get(200, face / 2 - face / 2 + 6)).as("the face's top, centred").isEqualTo(ClockPainter.FACE);
        assertThat(c.get(200 - face / 2 - 2, face / 2)).as("ground left of the face").isEqualTo(ClockPainter.BG);
        assertThat(c.get(200 + 35, face / 2)).as("the second hand from the centre").isEqualTo(ClockPainter.SECOND);
    }

    @Test
    void aWindowSmallerThanTheSmallestFaceShowsPartOfIt() {
        Canvas c = painted(new Area(10, 10), LocalTime.NOON);
        assertThat(c.get(5, 5)).isIn(ClockPainter.BG, ClockPainter.FACE, ClockPainter.TICK, ClockPainter.HOUR, ClockPainter.SECOND);
        assertThat(painter.minimum().width()).isEqualTo(ClockPainter.MIN_FACE);
    }
}
