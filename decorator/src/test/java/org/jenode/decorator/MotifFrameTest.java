package org.jenode.decorator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The motif look on the real driver: the frame around each window's content, where the layouter puts it. */
class MotifFrameTest {

    private static final int UNFOCUSED = Colors.rgb(45, 49, 65), FOCUSED = Colors.rgb(115, 119, 135);
    private final DecoratorDesk desk = new DecoratorDesk();

    @AfterEach void stop() { desk.close(); }

    /** Content at (100,80) 200x150: the frame spans 96..303 x 60..233, the title bar 100..299 x 64..79. */
    private static String window(int id, int x, int y, String extra) {
        return "<window id=\"" + id + "\" title=\"win " + id + "\" xpos=\"" + x + "\" ypos=\"" + y
                + "\" width=\"200\" height=\"150\" " + extra + "/>";
    }

    @Test
    void theFrameSurroundsTheContentRect() {
        desk.start("decorator", "<config/>");
        desk.layout(window(1, 100, 80, "focused=\"yes\""));
        desk.awaitRgb("left border of the focused window", 97, 150, FOCUSED);
        assertThat(desk.rgb(96, 150)).as("bright edge").isEqualTo(Colors.blend(0x40ffffff, FOCUSED));
        assertThat(desk.rgb(99, 150)).as("dark edge").isEqualTo(Colors.blend(0x7f000000, FOCUSED));
        assertThat(desk.rgb(302, 150)).as("right border").isEqualTo(FOCUSED);
        assertThat(desk.rgb(200, 231)).as("bottom border").isEqualTo(FOCUSED);
        assertThat(desk.rgb(200, 61)).as("top border").isEqualTo(FOCUSED);
        for (int i = 1; i < 15; i++)
            assertThat(desk.rgb(110, 64 + i)).as("title bar line " + i).isEqualTo(Colors.blend((30 + (16 - i) * 4) << 24 | 0xffffff, FOCUSED));
        assertThat(desk.rgb(200, 150)).as("placeholder content").isEqualTo(Window.PLACEHOLDER & 0xffffff);
        assertThat(desk.rgb(95, 150)).as("outside").isZero();
        assertThat(desk.rgb(304, 150)).as("outside").isZero();
        assertThat(desk.rgb(200, 59)).as("outside").isZero();
        assertThat(desk.rgb(200, 234)).as("outside").isZero();
    }
}
