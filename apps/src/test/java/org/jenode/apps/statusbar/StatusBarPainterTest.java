package org.jenode.apps.statusbar;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.gfx.Canvas;
import org.jenode.base.testing.Pngs;
import org.jenode.base.xml.XmlParser;
import org.junit.jupiter.api.Test;

class StatusBarPainterTest {

    private final StatusBarPainter painter = new StatusBarPainter();

    private Canvas paint(String focusXml) {
        Canvas c = Canvas.of(new int[480 * StatusBarPainter.HEIGHT], 480, StatusBarPainter.HEIGHT);
        painter.paint(c, FocusInfo.of(XmlParser.parse(focusXml, "test")));
        return c;
    }

    @Test
    void gradientFollowsGenodesFormula() {
        Canvas c = paint("<focus label=\"x\" domain=\"d\" color=\"#648cb4\"/>");
        // base = (colour + 100) / 2 = (100, 120, 140); first line c + c/2, last line c/4
        assertThat(c.get(0, 0)).isEqualTo(0xff96b4d2);
        assertThat(c.get(0, 1)).isEqualTo(0xff64788c);
        assertThat(c.get(0, 2)).isEqualTo(0xff607488);
        assertThat(c.get(0, StatusBarPainter.HEIGHT - 1)).as("(base - 16*4) / 4").isEqualTo(0xff090e13);
    }

    @Test
    void domainInWhiteThenLabelInLightenedColourCentred() {
        FocusInfo focus = new FocusInfo("init -> testnit", "default", 0xffff0000);
        Canvas c = paint("<focus label=\"init -> testnit\" domain=\"default\" color=\"#ff0000\"/>");
        Pngs.write(c, "status_bar");
        int labelX = painter.labelX(c.width(), focus);
        int labelEnd = labelX + painter.font().width(focus.label());
        int labelColor = StatusBarPainter.labelColor(0xffff0000);
        assertThat(labelColor).isEqualTo(0xffff7f7f);

        int whiteLeft = 0, labelInside = 0, labelOutside = 0;
        for (int y = 0; y < c.height(); y++) {
            for (int x = 0; x < c.width(); x++) {
                int p = c.get(x, y);
                if (p == 0xffffffff && x < labelX) whiteLeft++;
                if (p == labelColor) {
                    if (x >= labelX && x < labelEnd) labelInside++;
                    else labelOutside++;
                }
            }
        }
        assertThat(whiteLeft).as("fully covered white pixels of the domain name").isGreaterThan(10);
        assertThat(labelInside).as("fully covered label pixels").isGreaterThan(10);
        assertThat(labelOutside).isZero();
        // centred: text starts as far from the left as it ends from the right (±1)
        int start = labelX - painter.font().width("default") - StatusBarPainter.GAP;
        assertThat(Math.abs(start - (c.width() - labelEnd))).isLessThanOrEqualTo(1);
    }

    @Test
    void emptyFocusDrawsOnlyTheGradient() {
        Canvas c = paint("<focus/>");
        for (int x = 0; x < c.width(); x++) assertThat(c.get(x, 9)).isEqualTo(c.get(0, 9));
    }
}
