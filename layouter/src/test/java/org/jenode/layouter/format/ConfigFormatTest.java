package org.jenode.layouter.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlParser;
import org.jenode.input.Keycodes;
import org.jenode.layouter.model.KeyAction;
import org.jenode.layouter.model.KeyBinding;
import org.jenode.layouter.model.LabelMatch;
import org.jenode.layouter.model.LayouterConfig;
import org.jenode.layouter.model.Rule;
import org.junit.jupiter.api.Test;

/** The layouter's config: policies, key sequences, rules and report options; mistakes named where they are. */
class ConfigFormatTest {

    private static LayouterConfig parse(String xml) { return ConfigFormat.parse(XmlParser.parse(xml, "config")); }

    @Test
    void everythingTheReadmeShows() {
        LayouterConfig c = parse("""
                <config rules="rom">
                  <report rules="yes"/>
                  <rules> <assign label="init -> clock" target="screen" xpos="10" ypos="20" width="120" height="120"/> </rules>
                  <policy label="init -> viewer" xpos="100" ypos="80"/>
                  <policy label_prefix="init -> term" maximized="yes"/>
                  <press key="KEY_LEFTALT"> <press key="KEY_TAB" action="next_window"/> </press>
                </config>""");
        assertThat(c.rulesFromRom()).isTrue();
        assertThat(c.reportRules()).isTrue();
        assertThat(c.rules()).containsExactly(new Rule(LabelMatch.exactly("init -> clock"), Optional.of(new Point(10, 20)),
                Optional.of(new Area(120, 120)), false));
        assertThat(c.policies()).containsExactly(
                new Rule(LabelMatch.exactly("init -> viewer"), Optional.of(new Point(100, 80)), Optional.empty(), false),
                new Rule(new LabelMatch(Optional.empty(), Optional.of("init -> term"), Optional.empty()), Optional.empty(),
                        Optional.empty(), true));
        assertThat(c.keys()).containsExactly(new KeyBinding(new KeyBinding.Stroke(true, Keycodes.KEY_LEFTALT), Optional.empty(),
                List.of(new KeyBinding(new KeyBinding.Stroke(true, Keycodes.KEY_TAB), Optional.of(KeyAction.NEXT_WINDOW), List.of()))));
    }

    @Test
    void anEmptyConfigIsTheDefault() {
        assertThat(parse("<config/>")).isEqualTo(LayouterConfig.EMPTY);
    }

    @Test
    void mistakesAreNamedWithTheirPlace() {
        assertThatThrownBy(() -> parse("<config>\n <press key=\"KEY_ALTGR\"/>\n</config>")).isInstanceOf(XmlException.class)
                .hasMessageStartingWith("config:2:2").hasMessageContaining("unknown key 'KEY_ALTGR'");
        assertThatThrownBy(() -> parse("<config><press key=\"KEY_A\" action=\"explode\"/></config>"))
                .hasMessageContaining("unknown action 'explode'");
        assertThatThrownBy(() -> parse("<config><press action=\"close\"/></config>")).hasMessageContaining("missing attribute 'key'");
        assertThatThrownBy(() -> parse("<config rules=\"file\"/>")).hasMessageContaining("neither rom nor config");
        assertThatThrownBy(() -> parse("<config><policy label=\"a\" xpos=\"left\" ypos=\"1\"/></config>"))
                .hasMessageContaining("not a number");
    }
}
