package org.jenode.decorator.themed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlParser;
import org.junit.jupiter.api.Test;

/** The themed renderer's arithmetic: nine slices from the centre, anchoring, compositing, tint, PNG bounds. */
class ThemeMathTest {

    @Test
    void nineSlicesComeFromTheImagesCentre() {
        // a 64-wide image over 200: columns 0..31 as they are, then column 32, then 32..63 at the right end
        assertThat(NineSlice.source(0, 200, 64)).isZero();
        assertThat(NineSlice.source(31, 200, 64)).isEqualTo(31);
        assertThat(NineSlice.source(32, 200, 64)).isEqualTo(32);
        assertThat(NineSlice.source(167, 200, 64)).isEqualTo(32);
        assertThat(NineSlice.source(168, 200, 64)).isEqualTo(32);
        assertThat(NineSlice.source(199, 200, 64)).isEqualTo(63);
        assertThat(NineSlice.source(64, 64, 64)).as("at the image's own size: the image itself").isEqualTo(64);
        for (int u = 0; u < 64; u++) assertThat(NineSlice.source(u, 64, 64)).isEqualTo(u);
        assertThat(NineSlice.source(40, 50, 64)).as("narrower than the image: the right half is cut").isEqualTo(40);
        assertThat(NineSlice.source(2, 5, 5)).as("odd size: the centre column").isEqualTo(2);
        assertThat(NineSlice.source(4, 5, 5)).isEqualTo(4);
    }

    @Test
    void coordinatesPastHalfTheThemeAnchorToTheFarEdge() {
        ThemeImage bg = new ThemeImage(64, 64, new int[64 * 64]);
        ThemeImage icon = new ThemeImage(18, 18, new int[18 * 18]);
        Theme t = Theme.parse(XmlParser.parse("""
                <theme><aura top="8" bottom="8" left="8" right="8"/><decor top="20" bottom="8" left="1" right="1"/>
                  <title xpos="16" ypos="9" width="32" height="20"/><closer xpos="36" ypos="10"/><maximizer xpos="10" ypos="10"/></theme>""",
                "ROM 'theme/metadata'"), Map.of("default.png", bg, "closer.png", icon, "maximizer.png", icon)::get);
        Rect outer = new Rect(100, 50, 300, 200);
        assertThat(t.absolute(new Point(10, 10), outer)).isEqualTo(new Point(110, 60));
        assertThat(t.absolute(new Point(36, 10), outer)).isEqualTo(new Point(100 + 300 - 64 + 36, 60));
        assertThat(t.absolute(t.closer().orElseThrow(), outer)).isEqualTo(new Rect(372, 60, 18, 18));
        assertThat(t.absolute(t.title().orElseThrow(), outer)).as("the title stretches")
                .isEqualTo(Rect.spanning(new Point(116, 59), new Point(100 + 300 - 64 + 47, 78)));
        assertThat(t.outer()).isEqualTo(new org.jenode.decorator.Margins(28, 16, 9, 9));
    }

    @Test
    void aThemeWithoutFrameNeedsNoImage() {
        Theme t = Theme.parse(XmlParser.parse("<theme/>", "m"), name -> { throw new AssertionError("asked for " + name); });
        assertThat(t.background()).isEmpty();
        assertThat(t.outer().none()).isTrue();
    }

    @Test
    void overAndFadeFollowStraightAlpha() {
        assertThat(Pixels.over(0xff123456, 0x80ffffff)).isEqualTo(0xff123456);
        assertThat(Pixels.over(0x00123456, 0x80ffffff)).isEqualTo(0x80ffffff);
        assertThat(Pixels.over(0x80000000, 0x00000000)).isEqualTo(0x80000000);
        assertThat(Pixels.over(0x80ffffff, 0xff000000)).isEqualTo(0xff808080);
        assertThat(Pixels.over(0x80000000, 0x80000000) >>> 24).as("two halves cover three quarters").isEqualTo(192);
        assertThat(Pixels.faded(0xff102030, 150)).isEqualTo(0x96102030);
        assertThat(Pixels.faded(0x80102030, 0)).isEqualTo(0x00102030);
    }

    @Test
    void aTintRunsFromBlackOverTheColourToWhite() {
        Tint red = new Tint(0xff0000);
        assertThat(red.apply(0xff000000)).isEqualTo(0xff000000);
        assertThat(red.apply(0x80ffffff)).isEqualTo(0x80ffffff);
        assertThat(red.apply(0xff555555)).as("as bright as red itself").isEqualTo(0xffff0000);
        assertThat(red.apply(0xff550000)).as("a third of that").isEqualTo(0xff550000);
        assertThat(red.apply(0xff2060a0)).isEqualTo(0xffff1010);
    }

    @Test
    void imagesAreDecodedWithinBounds() {
        assertThatThrownBy(() -> ThemeImage.decode(new byte[] {1, 2, 3}, "theme/x.png")).isInstanceOf(ThemeException.class)
                .hasMessageContaining("ROM 'theme/x.png' holds no PNG image");
        assertThatThrownBy(() -> ThemeImage.decode(new byte[0], "theme/x.png")).isInstanceOf(ThemeException.class);
    }
}
