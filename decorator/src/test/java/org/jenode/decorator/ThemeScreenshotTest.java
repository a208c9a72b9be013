package org.jenode.decorator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The motif look and each shipped theme with two overlapping windows, the front one focused, written to
 * {@code target/screens/look-<name>.png} for a person to look at (the READMEs show them); the reported
 * margins are the theme's frame.
 */
class ThemeScreenshotTest {

    private static final int BACKDROP = 0x5d7285;

    @ParameterizedTest
    @ValueSource(strings = {"motif", "flat", "shadow", "glass"})
    void twoOverlappingWindows(String look) {
        try (DecoratorDesk desk = new DecoratorDesk("#5d7285")) {
            boolean motif = look.equals("motif");
            if (!motif) desk.shippedTheme(look);
            desk.start(motif ? "decorator" : "themed_decorator", motif ? "<config/>" : "<config theme=\"" + look + "\"/>");
            desk.layout("""
                <window id="1" title="Front window (focused)" xpos="230" ypos="190" width="340" height="220" focused="yes"
                        closer="yes" maximizer="yes" topped="2"><highlight><closer/></highlight></window>
                <window id="2" title="Back window" xpos="60" ypos="60" width="320" height="200" closer="yes" maximizer="yes"/>
                """);
            int placeholder = Window.PLACEHOLDER & 0xffffff;
            desk.awaitPixels(DecoratorDesk.pixel("front placeholder", 400, 300, placeholder),
                    DecoratorDesk.pixel("back placeholder", 100, 100, placeholder));
            desk.screen.awaitScreen("front title bar drawn", () -> desk.rgb(400, 180) != BACKDROP);
            desk.screen.writePng(Path.of("target", "screens", "look-" + look + ".png"));
            if (!motif) {
                XmlNode decor = XmlParser.parse(Path.of("..", "themes", look, "metadata")).child("decor").orElseThrow();
                XmlNode floating = desk.margins().child("floating").orElseThrow();
                for (String side : new String[] {"top", "bottom", "left", "right"})
                    assertThat(floating.attribute(side, "")).as(look + " " + side).isEqualTo(decor.attribute(side, "0"));
            }
        }
    }
}
