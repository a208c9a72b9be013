package org.jenode.decorator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlParser;
import org.junit.jupiter.api.Test;

/** The decorator's values on their own: layout parsing and its bounds, policies, hover XML, the glide, dirty areas. */
class ModelTest {

    private static WindowLayout layout(String xml) { return WindowLayout.parse(XmlParser.parse(xml, "ROM 'window_layout'")); }

    @Test
    void aWindowNodeWithDefaults() {
        WindowState w = layout("<window_layout><window id=\"3\"/></window_layout>").windows().getFirst();
        assertThat(w).isEqualTo(new WindowState(3, WindowState.UNTITLED, new Rect(0, 0, 0, 0), 0, false, false, false, false, java.util.Set.of()));
        WindowState full = layout("""
                <window_layout><window id="1" title="a" xpos="-5" ypos="7" width="30" height="20" topped="9" focused="yes"
                  has_alpha="yes" closer="yes" maximizer="yes"><highlight><top_left/><minimizer/></highlight></window></window_layout>""")
                .windows().getFirst();
        assertThat(full.geometry()).isEqualTo(new Rect(-5, 7, 30, 20));
        assertThat(full.topped()).isEqualTo(9);
        assertThat(full.focused() && full.hasAlpha() && full.closer() && full.maximizer()).isTrue();
        assertThat(full.highlight()).as("unknown highlight names are ignored").containsExactly(Element.TOP_LEFT);
    }

    @Test
    void forgedAndHugeLayoutsAreRejectedWhole() {
        assertThatThrownBy(() -> layout("<window_layout><window/></window_layout>")).isInstanceOf(XmlException.class).hasMessageContaining("needs an id");
        assertThatThrownBy(() -> layout("<window_layout><window id=\"0\"/></window_layout>")).hasMessageContaining("not positive");
        assertThatThrownBy(() -> layout("<window_layout><window id=\"99999999999\"/></window_layout>")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> layout("<window_layout><window id=\"1\" width=\"16777217\"/></window_layout>")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> layout("<window_layout><window id=\"1\" ypos=\"-16777217\"/></window_layout>")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> layout("<window_layout><window id=\"1\" focused=\"maybe\"/></window_layout>")).hasMessageContaining("not yes or no");
        StringBuilder many = new StringBuilder("<window_layout>");
        for (int i = 1; i <= WindowLayout.MAX_WINDOWS + 1; i++) many.append("<window id=\"").append(i).append("\"/>");
        assertThatThrownBy(() -> layout(many.append("</window_layout>").toString())).hasMessageContaining("more than 1024");
        String longTitle = "x".repeat(5000);
        assertThat(layout("<window_layout><window id=\"1\" title=\"" + longTitle + "\"/></window_layout>").windows().getFirst().title())
                .hasSize(WindowState.MAX_TITLE);
    }

    @Test
    void policiesMatchTitlesExactFirstThenLongest() {
        DecoratorConfig c = DecoratorConfig.parse(XmlParser.parse("""
                <config theme="flat">
                  <policy label_prefix="wm" color="#111111"/>
                  <policy label_prefix="wm -> term" color="#222222"/>
                  <policy label_suffix="clock" decoration="no"/>
                  <policy label="wm -> terminal" color="#333333"/>
                </config>""", "config"), RendererKind.MOTIF);
        assertThat(c.renderer()).isEqualTo(RendererKind.MOTIF);
        assertThat(c.themeRom("metadata")).isEqualTo("theme/flat/metadata");
        assertThat(c.policy().styleFor("wm -> testnit").color()).isEqualTo(OptionalInt.of(0xff111111));
        assertThat(c.policy().styleFor("wm -> terminal 2").color()).isEqualTo(OptionalInt.of(0xff222222));
        assertThat(c.policy().styleFor("wm -> terminal").color()).isEqualTo(OptionalInt.of(0xff333333));
        assertThat(c.policy().styleFor("wm -> clock").decorated()).isFalse();
        assertThat(c.policy().styleFor("backdrop")).isEqualTo(WindowStyle.DEFAULT);
        assertThat(DecoratorConfig.parse(XmlParser.parse("<config/>", "c"), RendererKind.THEMED).themeRom("default.png")).isEqualTo("theme/default.png");
        assertThatThrownBy(() -> DecoratorConfig.parse(XmlParser.parse("<config><policy color=\"#fff\"/></config>", "c"), RendererKind.MOTIF))
                .hasMessageContaining("needs label");
        assertThatThrownBy(() -> DecoratorConfig.parse(XmlParser.parse("<config theme=\"a -> b\"/>", "c"), RendererKind.MOTIF))
                .hasMessageContaining("no folder name");
    }

    @Test
    void hoverXmlIsGenodes() {
        assertThat(Hover.NONE.toXml().toXml()).isEqualTo("<hover/>");
        assertThat(Hover.of(4).toXml().toXml()).isEqualTo("<hover><window id=\"4\"/></hover>");
        assertThat(Hover.of(4, HoverElement.BOTTOM_SIZER, HoverElement.LEFT_SIZER).toXml().toXml())
                .isEqualTo("<hover><window id=\"4\"><left_sizer/><bottom_sizer/></window></hover>");
        assertThat(Hover.of(4, HoverElement.TOP_SIZER)).isEqualTo(Hover.of(4, HoverElement.TOP_SIZER));
    }

    @Test
    void aLazyValueArrivesInAboutItsStepsAndNeverOvershoots() {
        LazyValue v = new LazyValue(0);
        v.moveTo(1040, 20);
        List<Integer> path = new ArrayList<>();
        while (!v.settled()) {
            v.animate();
            path.add(v.value());
        }
        assertThat(path).isSorted().allMatch(x -> x <= 1040).last().isEqualTo(1040);
        assertThat(path.size()).isBetween(15, 25);
        v.moveTo(0, 180);
        int steps = 0;
        while (!v.settled()) {
            v.animate();
            steps++;
        }
        assertThat(steps).as("the minimum acceleration of 1 bounds a slow fade").isBetween(50, 180);
        assertThat(v.animate()).as("settled").isFalse();
    }

    @Test
    void dirtyAreasMergeIntoAtMostThree() {
        DirtyRegion d = new DirtyRegion();
        d.add(new Rect(0, 0, 10, 10));
        d.add(new Rect(5, 5, 10, 10));
        d.add(new Rect(100, 100, 10, 10));
        d.add(new Rect(200, 0, 10, 10));
        d.add(new Rect(300, 300, 10, 10));
        d.add(Rect.EMPTY);
        List<Rect> rects = d.take(new Rect(0, 0, 305, 1000));
        assertThat(rects).hasSizeLessThanOrEqualTo(DirtyRegion.MAX).allMatch(r -> r.right() <= 305);
        for (Rect r : List.of(new Rect(0, 0, 10, 10), new Rect(5, 5, 10, 10), new Rect(100, 100, 10, 10), new Rect(200, 0, 10, 10)))
            assertThat(rects).as("covers " + r).anyMatch(c -> c.contains(r));
        assertThat(d.empty()).isTrue();
    }

    @Test
    void marginsAreBounded() {
        assertThat(Margins.of(XmlParser.parse("<decor top=\"20\" left=\"1\"/>", "m"))).isEqualTo(new Margins(20, 0, 1, 0));
        assertThatThrownBy(() -> Margins.of(XmlParser.parse("<decor top=\"2000\"/>", "m"))).hasMessageContaining("0..1024");
        assertThat(new Margins(1, 2, 3, 4).around(new Rect(10, 10, 5, 5))).isEqualTo(new Rect(7, 9, 12, 8));
    }
}
