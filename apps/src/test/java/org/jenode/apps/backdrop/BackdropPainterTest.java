package org.jenode.apps.backdrop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.jenode.apps.common.Image;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.testing.Pngs;
import org.jenode.base.xml.XmlParser;
import org.junit.jupiter.api.Test;

class BackdropPainterTest {

    private static final int RED = 0xffff0000, BLUE = 0xff0000ff;
    /** A 4x2 PNG: red, with one blue pixel at its top-left, decoded as a ROM's bytes would be. */
    private final Image tile = Image.decode(Pngs.encode(4, 2, new int[] {BLUE, RED, RED, RED, RED, RED, RED, RED})).orElseThrow();
    private final BackdropPainter painter = new BackdropPainter(rom -> Optional.ofNullable(Map.of("tile.png", tile).get(rom)));

    private Canvas paint(String config, int w, int h) {
        Canvas c = Canvas.of(new int[w * h], w, h);
        painter.paint(c, XmlParser.parse(config, "test"));
        return c;
    }

    @Test
    void emptyConfigGivesAnOpaqueVerticalGradient() {
        Canvas c = paint("<config/>", 320, 200);
        Pngs.write(c, "backdrop_default");
        assertThat(c.get(3, 0) >>> 24).isEqualTo(255);
        assertThat(c.get(3, 199) >>> 24).isEqualTo(255);
        assertThat(c.get(3, 0) & 0xff).isGreaterThan(c.get(3, 199) & 0xff);
        assertThat(c.get(0, 0)).isNotEqualTo(c.get(1, 0)); // the faint pattern
    }

    @Test
    void layersApplyInOrderWithAnchorAndTiling() {
        Canvas c = paint("<config><fill color=\"#00ff00\"/><image rom=\"tile.png\" anchor=\"bottom_right\"/></config>", 20, 10);
        assertThat(c.get(0, 0)).isEqualTo(0xff00ff00);
        assertThat(c.get(16, 8)).isEqualTo(BLUE);
        assertThat(c.get(19, 9)).isEqualTo(RED);
        assertThat(c.get(15, 9)).isEqualTo(0xff00ff00);

        Canvas tiled = paint("<config><fill color=\"#00ff00\"/><image rom=\"tile.png\" tiled=\"yes\" anchor=\"top_left\"/></config>", 10, 5);
        for (int y = 0; y < 5; y++)
            for (int x = 0; x < 10; x++) assertThat(tiled.get(x, y)).isEqualTo(x % 4 == 0 && y % 2 == 0 ? BLUE : RED);

        Canvas fillLast = paint("<config><image rom=\"tile.png\"/><fill color=\"#123456\"/></config>", 10, 5);
        assertThat(fillLast.get(5, 2)).isEqualTo(0xff123456);
    }

    @Test
    void alphaBlendsAndScaleFitsOrZooms() {
        Canvas c = paint("<config><fill color=\"#000000\"/><image rom=\"tile.png\" alpha=\"128\" anchor=\"top_left\"/></config>", 8, 4);
        assertThat(c.get(1, 0)).isEqualTo(0xff800000);

        Canvas fit = paint("<config><fill color=\"#000000\"/><image rom=\"tile.png\" scale=\"fit\"/></config>", 40, 40);
        assertThat(fit.get(20, 20)).isEqualTo(RED);
        assertThat(fit.get(20, 2)).as("above the fitted 40x20 image").isEqualTo(0xff000000);

        Canvas zoom = paint("<config><fill color=\"#000000\"/><image rom=\"tile.png\" scale=\"zoom\"/></config>", 40, 40);
        assertThat(zoom.get(39, 2)).isEqualTo(RED);
    }

    @Test
    void missingImageLeavesWhatWasBelow() {
        Canvas c = paint("<config><fill color=\"#abcdef\"/><image rom=\"missing.png\"/></config>", 4, 4);
        assertThat(c.get(2, 2)).isEqualTo(0xffabcdef);
    }
}
