package org.jenode.apps.displaysettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;
import org.jenode.base.testing.Pngs;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.framebuffer.Mode;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

class DisplaySettingsTest {

    private final ResolutionMenu menu = new ResolutionMenu(DisplaySettings.DEFAULT_MODES, Font.ofSize(12));
    private final List<XmlNode> published = new ArrayList<>();
    private final SettingsController controller = new SettingsController(menu,
            XmlParser.parse("<fb title=\"Jenode\" resizable=\"yes\" width=\"1\"/>", "test"), published::add);

    private static Point centre(Rect r) { return new Point(r.x() + r.width() / 2, r.y() + r.height() / 2); }

    @Test
    void clickOnSecondButtonPublishesDriverConfigFor1024x768() {
        assertThat(controller.click(centre(menu.button(1)))).isTrue();
        assertThat(published).hasSize(1);
        XmlNode config = published.get(0);
        assertThat(config.type()).isEqualTo("config");
        assertThat(config.attributes()).containsEntry("width", "1024").containsEntry("height", "768")
                .containsEntry("title", "Jenode").containsEntry("resizable", "yes");
        assertThat(controller.current()).contains(new Mode(1024, 768));
    }

    @Test
    void clickBesideTheButtonsPublishesNothing() {
        Rect last = menu.button(3);
        assertThat(controller.click(new Point(last.x() + 5, last.bottom() + 1))).isFalse();
        assertThat(controller.click(new Point(1, 1))).isFalse();
        assertThat(published).isEmpty();
    }

    @Test
    void digitKeysChooseTheSameModes() {
        assertThat(controller.key(Keycodes.KEY_3)).isTrue();
        assertThat(controller.key(Keycodes.KEY_9)).isFalse();
        assertThat(controller.key(Keycodes.KEY_A)).isFalse();
        assertThat(published).extracting(c -> c.attribute("width", "") + "x" + c.attribute("height", ""))
                .containsExactly("1280x800");
    }

    @Test
    void currentModeIsHighlighted() {
        Canvas c = Canvas.of(new int[menu.size().width() * menu.size().height()], menu.size().width(), menu.size().height());
        menu.paint(c, Optional.of(new Mode(1280, 800)));
        Pngs.write(c, "display_settings");
        for (int i = 0; i < 4; i++) {
            Rect b = menu.button(i);
            int expected = i == 2 ? ResolutionMenu.CURRENT : ResolutionMenu.BUTTON;
            assertThat(c.get(b.x() + 3, b.y() + 3)).as("button %d", i).isEqualTo(expected);
        }
        // the label text is drawn: some white pixels inside the first button
        Rect b = menu.button(0);
        boolean white = false;
        for (int y = b.y(); y < b.bottom(); y++) for (int x = b.x(); x < b.right(); x++) white |= c.get(x, y) == ResolutionMenu.TEXT;
        assertThat(white).isTrue();
    }

    private final SettingsController desktop = new SettingsController(menu,
            XmlParser.parse("<fb title=\"Jenode\" width=\"1280\" height=\"800\"><calibration a=\"1\"/></fb>", "test"), published::add);
    private static final XmlNode CALIBRATED = XmlParser.parse(
            "<config><calibration a=\"2\" b=\"0\" c=\"5\" d=\"0\" e=\"2\" f=\"7\"/></config>", "calibrator");

    private static String size(XmlNode config) { return config.attribute("width", "") + "x" + config.attribute("height", ""); }

    @Test
    void startUpPublishesTheTemplateSizeEvenAfterAStaleReport() {
        desktop.reported(new Mode(1024, 768));  // the driver's default, before it saw our config
        desktop.publishCurrent();
        desktop.calibration(CALIBRATED);
        assertThat(published).extracting(DisplaySettingsTest::size).containsExactly("1280x800", "1280x800");
        XmlNode last = published.get(1);
        assertThat(last.children("calibration")).containsExactly(CALIBRATED.child("calibration").orElseThrow());
        assertThat(last.attribute("title", "")).isEqualTo("Jenode");
    }

    @Test
    void aWindowResizeAfterTheDriverSettledIsKeptWhenTheCalibrationArrives() {
        desktop.publishCurrent();
        desktop.reported(new Mode(1280, 800));
        desktop.reported(new Mode(900, 700));   // the user dragged the window's corner
        desktop.calibration(CALIBRATED);
        desktop.calibration(CALIBRATED);        // the same calibration again changes nothing
        assertThat(published).extracting(DisplaySettingsTest::size).containsExactly("1280x800", "900x700");
        assertThat(desktop.current()).contains(new Mode(900, 700));
    }
}
