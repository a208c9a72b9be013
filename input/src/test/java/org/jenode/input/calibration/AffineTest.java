package org.jenode.input.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlParser;
import org.jenode.input.InputEvent;
import org.junit.jupiter.api.Test;

class AffineTest {

    @Test
    void configWithoutCalibrationIsIdentity() {
        assertThat(Affine.fromConfig(XmlParser.parse("<config width=\"800\"/>", "t"))).isEqualTo(Affine.IDENTITY);
    }

    @Test
    void readsAppliesAndWritesTheCalibrationNode() {
        Affine affine = Affine.fromConfig(XmlParser.parse(
                "<config><calibration a=\"0.5\" b=\"0\" c=\"10\" d=\"0\" e=\"-2\" f=\"600.25\"/></config>", "t"));
        assertThat(affine).isEqualTo(new Affine(0.5, 0, 10, 0, -2, 600.25));
        assertThat(affine.apply(100, 100)).isEqualTo(new Point(60, 400));
        assertThat(affine.apply(new InputEvent.Touch(3, 100, 100))).isEqualTo(new InputEvent.Touch(3, 60, 400, 100, 100));
        assertThat(affine.apply(new InputEvent.AbsoluteMotion(100, 100))).isEqualTo(new InputEvent.AbsoluteMotion(100, 100));

        String xml = affine.toXml().toXml();
        assertThat(Affine.fromXml(XmlParser.parse(xml, "t"))).isEqualTo(affine);
        assertThat(xml).contains("c=\"10\"").contains("f=\"600.25\"");
    }

    @Test
    void aTouchIsPlacedWhereItsRawPositionMapsAndKeepsThatPosition() {
        // however far off a touch was placed before (clamped, translated), the panel's position decides
        InputEvent placed = new InputEvent.Touch(3, 9999, -9999, 100, 100);
        assertThat(new Affine(0.5, 0, 10, 0, -2, 600).apply(placed)).isEqualTo(new InputEvent.Touch(3, 60, 400, 100, 100));
    }

    @Test
    void roundsToNearestPixel() {
        assertThat(new Affine(1, 0, 0.6, 0, 1, -0.6).apply(0, 0)).isEqualTo(new Point(1, -1));
    }

    @Test
    void badCoefficientNamesItsLocation() {
        assertThatThrownBy(() -> Affine.fromConfig(XmlParser.parse("<config>\n<calibration a=\"x\"/></config>", "cfg")))
                .isInstanceOf(XmlException.class).hasMessageContaining("cfg").hasMessageContaining("a=\"x\"");
        assertThatThrownBy(() -> Affine.fromConfig(XmlParser.parse("<config><calibration e=\"NaN\"/></config>", "cfg")))
                .isInstanceOf(XmlException.class).hasMessageContaining("not finite");
    }
}
