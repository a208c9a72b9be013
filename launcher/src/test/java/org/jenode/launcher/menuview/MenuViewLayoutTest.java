package org.jenode.launcher.menuview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.junit.jupiter.api.Test;

/** menu_view's layout, painting and hover report, as pure functions of the dialog. */
class MenuViewLayoutTest {

    private static final String DIALOG = """
            <dialog>
              <frame>
                <vbox>
                  <button name="short"> <label text="A"/> </button>
                  <button name="long" hovered="yes"> <label text="A much longer title"/> <label text="detail" style="detail"/> </button>
                  <button name="on" selected="yes"> <label text="Running"/> <bar percent="50" width="40"/> </button>
                  <button name="both" hovered="yes" selected="yes"> <label text="Both"/> </button>
                  <label text="broken" style="fault"/>
                </vbox>
              </frame>
            </dialog>""";

    private final List<String> warnings = new ArrayList<>();
    private final DialogParser parser = new DialogParser(_ -> Optional.empty(), warnings::add);

    @Test
    void buttonsOfAVboxAreEquallyWideAndStackedInOrder() {
        Placed dialog = place(DIALOG);
        List<Placed> buttons = buttons(dialog);
        assertThat(buttons).extracting(p -> p.widget().name()).containsExactly("short", "long", "on", "both");
        assertThat(buttons).extracting(p -> p.rect().width()).containsOnly(buttons.getFirst().rect().width());
        for (int i = 1; i < buttons.size(); i++) assertThat(buttons.get(i).rect().y()).isGreaterThan(buttons.get(i - 1).rect().bottom() - 1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void theHoverReportNamesTheButtonUnderThePointerWithPositionsRelativeToEachParent() {
        Placed dialog = place(DIALOG);
        Placed on = buttons(dialog).get(2);
        Point inside = new Point(on.rect().x() + 3, on.rect().y() + 3);
        XmlNode hover = HoverReport.of(dialog.path(inside));
        XmlNode d = hover.child("dialog").orElseThrow();
        XmlNode frame = d.child("frame").orElseThrow();
        XmlNode button = frame.child("vbox").orElseThrow().child("button").orElseThrow();
        assertThat(button.attribute("name", "")).isEqualTo("on");
        int x = d.intAttribute("xpos", -1) + frame.intAttribute("xpos", -1) + frame.child("vbox").orElseThrow().intAttribute("xpos", -1)
                + button.intAttribute("xpos", -1);
        assertThat(x).as("the positions add up to the button's").isEqualTo(on.rect().x());
        assertThat(button.intAttribute("width", 0)).isEqualTo(on.rect().width());
        assertThat(HoverReport.of(dialog.path(new Point(-1, -1))).children()).as("outside: <hover/>").isEmpty();
    }

    @Test
    void aButtonIsDrawnByItsStateAndTextShows() throws IOException {
        Placed dialog = place(DIALOG);
        Canvas c = WidgetPainter.render(dialog);
        List<Placed> b = buttons(dialog);
        assertThat(c.get(b.get(0).rect().x() + 2, b.get(0).rect().y() + 2)).isEqualTo(Style.BUTTON);
        assertThat(c.get(b.get(1).rect().x() + 2, b.get(1).rect().y() + 2)).isEqualTo(Style.BUTTON_HOVERED);
        assertThat(c.get(b.get(2).rect().x() + 2, b.get(2).rect().y() + 2)).isEqualTo(Style.BUTTON_SELECTED);
        assertThat(c.get(b.get(3).rect().x() + 2, b.get(3).rect().y() + 2)).isEqualTo(Style.BUTTON_BOTH);
        assertThat(c.get(1, 1)).isEqualTo(Style.FRAME);
        long bright = 0;
        for (int y = b.get(1).rect().y(); y < b.get(1).rect().bottom(); y++)
            for (int x = b.get(1).rect().x(); x < b.get(1).rect().right(); x++) if ((c.get(x, y) & 0xff) > 0xc0) bright++;
        assertThat(bright).as("the title's pixels").isGreaterThan(40);
        write(c, Path.of("target", "screens", "menu_view-widgets.png"));
    }

    @Test
    void whatItDoesNotKnowIsLeftOutWithItsPositionAndTheRestShows() {
        Placed dialog = place("<dialog><vbox><float/><label text=\"x\" style=\"shiny\"/><icon/><button name=\"b\"/></vbox></dialog>");
        assertThat(warnings).hasSize(3).anyMatch(w -> w.contains("<float>")).anyMatch(w -> w.contains("shiny"))
                .anyMatch(w -> w.contains("rom"));
        assertThat(buttons(dialog)).extracting(p -> p.widget().name()).containsExactly("b");
    }

    @Test
    void aHugeDialogIsBounded() {
        StringBuilder many = new StringBuilder("<dialog><vbox>");
        for (int i = 0; i < 5000; i++) many.append("<label text=\"").append("x".repeat(200)).append("\" min_width=\"100000\"/>");
        Placed dialog = place(many.append("</vbox></dialog>").toString());
        assertThat(dialog.rect().width()).isLessThanOrEqualTo(Layout.MAX_SIDE);
        assertThat(dialog.rect().height()).isLessThanOrEqualTo(Layout.MAX_SIDE);
        assertThat(warnings).anyMatch(w -> w.contains("more than " + DialogParser.MAX_WIDGETS));
    }

    private Placed place(String xml) {
        Widget root = parser.parse(XmlParser.parse(xml, "dialog"));
        return Layout.place(root, Rect.of(Layout.size(root)));
    }

    private static List<Placed> buttons(Placed p) {
        List<Placed> out = new ArrayList<>();
        if (p.widget() instanceof Widget.Button) out.add(p);
        for (Placed c : p.children()) out.addAll(buttons(c));
        return out;
    }

    static void write(Canvas c, Path png) throws IOException {
        BufferedImage img = new BufferedImage(c.width(), c.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < c.height(); y++) for (int x = 0; x < c.width(); x++) img.setRGB(x, y, c.get(x, y));
        Files.createDirectories(png.getParent());
        ImageIO.write(img, "png", png.toFile());
    }
}
