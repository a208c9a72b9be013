package org.jenode.apps.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;
import org.jenode.base.testing.Pngs;
import org.junit.jupiter.api.Test;

class ClockPainterTest {

    @Test
    void secondHandPointsWhereTheSecondsSay() {
        ClockPainter painter = new ClockPainter(120, Font.ofSize(14));
        Canvas c = Canvas.of(new int[painter.area().width() * painter.area().height()], painter.area().width(), painter.area().height());
        painter.paint(c, LocalTime.of(10, 10, 15));
        Pngs.write(c, "clock");
        // 15 s: the second hand points right (3 o'clock), not left
        assertThat(c.get(60 + 35, 60)).isEqualTo(ClockPainter.SECOND);
        assertThat(c.get(60 - 35, 60)).isNotEqualTo(ClockPainter.SECOND);
        // the digital time is drawn below the face
        boolean text = false;
        for (int y = 120; y < c.height(); y++) for (int x = 0; x < c.width(); x++) text |= c.get(x, y) == ClockPainter.TEXT;
        assertThat(text).isTrue();
    }
}
