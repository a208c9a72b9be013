package org.jenode.input.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlParser;
import org.jenode.input.InputEvent;
import org.junit.jupiter.api.Test;

/** Script errors name the place in the config, so that a broken test script is found at once. */
class ScriptParseTest {

    @Test
    void unknownElementIsAnErrorAtItsLocation() {
        assertThatThrownBy(() -> Script.parse(XmlParser.parse("<config>\n  <press key=\"KEY_A\"/>\n  <jump/>\n</config>", "script.xml")))
                .isInstanceOf(XmlException.class).hasMessageContaining("<jump>").hasMessageContaining("script.xml")
                .hasMessageContaining("3");
    }

    @Test
    void unknownKeyIsAnError() {
        assertThatThrownBy(() -> Script.parse(XmlParser.parse("<config><press key=\"KEY_NOPE\"/></config>", "s")))
                .isInstanceOf(XmlException.class).hasMessageContaining("KEY_NOPE");
    }

    @Test
    void missingCoordinateIsAnError() {
        assertThatThrownBy(() -> Script.parse(XmlParser.parse("<config><motion x=\"1\"/></config>", "s")))
                .isInstanceOf(XmlException.class).hasMessageContaining("'y'");
    }

    @Test
    void parsesStepsAndLoop() {
        Script s = Script.parse(XmlParser.parse("<config loop=\"yes\"><char text=\"ä\"/><sleep ms=\"5\"/></config>", "s"));
        assertThat(s.loop()).isTrue();
        assertThat(s.steps()).containsExactly(new Script.Emit(new InputEvent.Character('ä')), new Script.Sleep(5));
    }
}
