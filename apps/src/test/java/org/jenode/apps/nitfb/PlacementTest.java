package org.jenode.apps.nitfb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlParser;
import org.jenode.framebuffer.Mode;
import org.junit.jupiter.api.Test;

/** What nit_fb's config places, over its defaults. */
class PlacementTest {

    @Test
    void theSizeFollowsNitpickersModeWhereTheConfigNamesNone() {
        Placement onlyWidth = Placement.NIT_FB.with(XmlParser.parse("<config xpos=\"-10\" width=\"300\"/>", "t"));
        assertThat(onlyWidth.position()).isEqualTo(new Point(-10, 0));
        assertThat(onlyWidth.mode(new Mode(1024, 768))).isEqualTo(new Mode(300, 768));
        assertThat(onlyWidth.followsScreen()).isTrue();
        Placement fixed = Placement.NIT_FB.with(XmlParser.parse("<config width=\"300\" height=\"200\"/>", "t"));
        assertThat(fixed.mode(new Mode(1024, 768))).isEqualTo(new Mode(300, 200));
        assertThat(fixed.followsScreen()).isFalse();
    }

    @Test
    void anEmptyScreenIsRefusedWhereTheConfigSaysIt() {
        assertThatThrownBy(() -> Placement.NIT_FB.with(XmlParser.parse("<config width=\"0\"/>", "cfg")))
                .isInstanceOf(XmlException.class).hasMessageContaining("cfg").hasMessageContaining("width=\"0\"");
        assertThatThrownBy(() -> Placement.NIT_FB.with(XmlParser.parse("<config height=\"-3\"/>", "cfg")))
                .isInstanceOf(XmlException.class).hasMessageContaining("height=\"-3\"");
    }
}
