package org.jenode.apps.hello;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.nitpicker.testing.NitpickerStart;
import org.junit.jupiter.api.Test;

/** The README's example component shows its greeting where its config puts it. */
class HelloTest {

    @Test
    void greetingAppearsAtTheConfiguredPlace() {
        HeadlessScreen screen = new HeadlessScreen(400, 300);
        try (Core _ = screen.start(NitpickerStart.plain() + """
                <start name="hello"> <resource name="RAM" quantum="1M"/> <config xpos="60" ypos="40"/> </start>
                """)) {
            screen.awaitScreen("hello's view", () -> screen.rgb(61, 41) == 0x2a4d69);
            assertThat(screen.rgb(59, 41)).as("left of the view").isZero();
            assertThat(screen.rgb(60 + 239, 40 + 79)).as("bottom right corner").isEqualTo(0x2a4d69);
            int[] inside = screen.pixels(new Rect(60, 40, 240, 80));
            long white = java.util.Arrays.stream(inside).filter(p -> (p & 0xffffff) == 0xffffff).count();
            assertThat(white).as("text pixels").isGreaterThan(50);
            screen.writePng(Path.of("target", "screens", "hello.png"));
        }
    }
}
