package org.jenode.decorator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each shipped theme with two overlapping windows, the front one focused, written to
 * {@code target/screens/theme-<name>.png} for a person to look at ({@code themes/README.md} shows them).
 */
class ThemeScreenshotTest {

    @ParameterizedTest
    @ValueSource(strings = {"flat", "shadow", "glass"})
    void twoOverlappingWindows(String theme) {
        try (DecoratorDesk desk = new DecoratorDesk("#5d7285")) {
            desk.shippedTheme(theme);
            desk.start("themed_decorator", "<config theme=\"" + theme + "\"/>");
            desk.layout("""
                <window id="1" title="Front window (focused)" xpos="230" ypos="190" width="340" height="220" focused="yes"
                        closer="yes" maximizer="yes" topped="2"><highlight><closer/></highlight></window>
                <window id="2" title="Back window" xpos="60" ypos="60" width="320" height="200" closer="yes" maximizer="yes"/>
                """);
            int placeholder = Window.PLACEHOLDER & 0xffffff;
            desk.awaitRgb("front placeholder", 400, 300, placeholder);
            desk.awaitRgb("back placeholder", 100, 100, placeholder);
            assertThat(desk.rgb(400, 180)).as("front title bar").isNotEqualTo(0x5d7285);
            desk.screen.writePng(Path.of("target", "screens", "theme-" + theme + ".png"));
        }
    }
}
