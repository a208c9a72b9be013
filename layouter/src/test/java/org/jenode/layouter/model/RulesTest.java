package org.jenode.layouter.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlParser;
import org.jenode.layouter.format.RulesFormat;
import org.jenode.layouter.model.LayoutEvent.RulesChanged;
import org.junit.jupiter.api.Test;

/** The layout as rules, and back: what lets a restarted layouter put every window where it was. */
class RulesTest {

    /** Four windows moved, resized and maximized by the user; app2 in front. */
    private static Desk arranged() {
        return new Desk().screen(1280, 1024).margins(20, 4, 4, 4)
                .open(1, 300, 200).open(2, 200, 100).open(3, 400, 300).open(Desk.client(4, "app4", 150, 150))
                .grab(1, Element.TITLE, 10, 10).motion(610, 410).drop()
                .grab(3, Element.BOTTOM_LEFT, 50, 50).motion(10, 90).drop().answer(3)
                .click(4, Element.MAXIMIZER).answer(4)
                .click(2, Element.TITLE);
    }

    /** The rules as the layouter reports them and reads them back from its ROM. */
    private static List<Rule> roundTrip(Desk desk) {
        String xml = RulesFormat.render(desk.layout.rules()).toXml();
        return RulesFormat.parse(XmlParser.parse(xml, "ROM 'rules'")).orElseThrow();
    }

    @Test
    void theRulesSayWhereEveryWindowIsFrontMostFirst() {
        Desk desk = arranged();
        var xml = RulesFormat.render(desk.layout.rules());
        assertThat(xml.child("screen").orElseThrow().attribute("name", "")).isEqualTo("screen");
        var assigns = xml.children("assign");
        assertThat(assigns).extracting(a -> a.attribute("label", "")).containsExactly("app2", "app4", "app3", "app1");
        assertThat(assigns.get(3).attributes()).containsEntry("target", "screen")
                .containsEntry("xpos", String.valueOf(desk.geometry(1).x())).containsEntry("width", "300");
        assertThat(assigns.get(1).attributes()).as("a maximized window keeps where it is restored to")
                .containsEntry("maximized", "yes").containsEntry("width", "150");
        assertThat(roundTrip(desk)).isEqualTo(desk.layout.rules());
    }

    @Test
    void aRestartedLayouterPutsEveryWindowBackByLabel() {
        Desk before = arranged();
        List<Rule> rules = roundTrip(before);

        Desk after = new Desk().screen(1280, 1024).margins(20, 4, 4, 4);
        after.layout.apply(new RulesChanged(rules));
        // the same windows under new ids, listed in another order
        after.open(Desk.client(14, "app4", 1272, 1000), Desk.client(11, "app1", 300, 200), Desk.client(13, "app3", 440, 340),
                Desk.client(12, "app2", 200, 100));
        for (int id = 1; id <= 4; id++) {
            Window was = before.window(id), is = after.window(10 + id);
            assertThat(is.geometry()).as("app%d", id).isEqualTo(was.geometry());
            assertThat(is.maximized()).isEqualTo(was.maximized());
        }
        assertThat(after.stacking()).containsExactly(12, 14, 13, 11);
        assertThat(after.reports().resizeRequest().children()).as("nobody needs to resize").isEmpty();
        assertThat(roundTrip(after)).isEqualTo(rules);
    }

    @Test
    void aRestartedDesktopAsksTheClientsForTheirSizesAgain() {
        List<Rule> rules = roundTrip(arranged());
        Desk after = new Desk().screen(1280, 1024).margins(20, 4, 4, 4);
        after.layout.apply(new RulesChanged(rules));
        after.open(Desk.client(1, "app3", 400, 300));
        assertThat(after.window(1).requested()).isEqualTo(new Area(440, 340));
        after.answer(1);
        assertThat(after.geometry(1)).isEqualTo(rules.stream().filter(r -> r.match().matches("app3")).findFirst()
                .map(r -> Rect.of(r.position().orElseThrow(), r.size().orElseThrow())).orElseThrow());
    }

    @Test
    void aWindowThatComesBackGoesWhereItWas() {
        Desk desk = arranged();
        Rect where = desk.geometry(1);
        desk.close(1).open(Desk.client(9, "app1", 300, 200));
        assertThat(desk.geometry(9)).isEqualTo(where);
        assertThat(desk.layout.rules()).as("an absent window stays in the rules")
                .anyMatch(r -> r.match().matches("app1") && r.position().orElseThrow().equals(where.position()));
    }

    @Test
    void absentWindowsAreRememberedAfterThePresentOnes() {
        Desk desk = arranged().close(3);
        assertThat(desk.layout.rules()).extracting(r -> r.match().exact().orElseThrow())
                .containsExactly("app2", "app4", "app1", "app3");
    }

    @Test
    void theMemoryOfAbsentWindowsIsBounded() {
        Desk desk = new Desk().screen(1280, 1024);
        for (int i = 1; i <= 300; i++) desk.open(Desk.client(i, "passing " + i, 10, 10)).close(i);
        assertThat(desk.layout.rules()).hasSize(RuleBook.MAX_REMEMBERED);
        assertThat(desk.layout.rules().getFirst().match().exact()).as("the latest are kept").contains("passing 300");
    }

    @Test
    void windowsOfOneLabelGetTheirRulesInOrder() {
        Desk before = new Desk().screen(1280, 1024)
                .open(Desk.client(1, "twin", 100, 100), Desk.client(2, "twin", 100, 100))
                .grab(1, Element.TITLE, 0, 0).motion(500, 500).drop();
        Desk after = new Desk().screen(1280, 1024);
        after.layout.apply(new RulesChanged(roundTrip(before)));
        after.open(Desk.client(7, "twin", 100, 100), Desk.client(8, "twin", 100, 100));
        assertThat(List.of(after.geometry(7), after.geometry(8)))
                .containsExactlyInAnyOrder(before.geometry(1), before.geometry(2));
        assertThat(after.stacking()).hasSize(2);
    }

    /** testnit's three windows share its label: each goes back to its own place, whichever is in front. */
    @Test
    void windowsOfOneLabelGoBackToTheirOwnPlacesWhateverTheirStacking() {
        Desk before = new Desk().screen(1280, 1024)
                .open(Desk.client(1, "testnit", 100, 100), Desk.client(2, "testnit", 100, 100), Desk.client(3, "testnit", 100, 100))
                .grab(1, Element.TITLE, 0, 0).motion(500, 500).drop()
                .grab(3, Element.TITLE, 0, 0).motion(200, 600).drop()
                .click(2, Element.TITLE);
        assertThat(before.stacking()).containsExactly(2, 3, 1);
        List<Rule> rules = roundTrip(before);

        Desk restarted = new Desk().screen(1280, 1024); // a restarted layouter: the wm lists the windows as before
        restarted.layout.apply(new RulesChanged(rules));
        restarted.open(Desk.client(1, "testnit", 100, 100), Desk.client(2, "testnit", 100, 100), Desk.client(3, "testnit", 100, 100));
        for (int id = 1; id <= 3; id++) assertThat(restarted.geometry(id)).as("window %d", id).isEqualTo(before.geometry(id));

        Desk closedAndBack = before.close(1, 2, 3) // testnit ends: its windows leave the list at once
                .open(Desk.client(4, "testnit", 100, 100), Desk.client(5, "testnit", 100, 100), Desk.client(6, "testnit", 100, 100));
        for (int id = 1; id <= 3; id++)
            assertThat(closedAndBack.geometry(id + 3)).as("window %d made again", id).isEqualTo(restarted.geometry(id));
    }

    @Test
    void aDragIsInTheRulesOnlyOnceItIsDropped() {
        Desk desk = new Desk().screen(1280, 1024).open(1, 100, 100);
        List<Rule> before = desk.layout.rules();
        desk.grab(1, Element.TITLE, 0, 0).motion(300, 300);
        assertThat(desk.layout.rules()).isEqualTo(before);
        desk.drop();
        assertThat(desk.layout.rules().getFirst().position()).contains(new Point(300, 300));
    }

    @Test
    void rulesOffTheScreenPlaceTheWindowOnIt() {
        Desk desk = new Desk().screen(800, 600);
        desk.layout.apply(new RulesChanged(List.of(new Rule(LabelMatch.exactly("app1"), Optional.of(new Point(1800, 900)),
                Optional.of(new Area(300, 200)), false))));
        desk.open(1, 300, 200);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(500, 400, 300, 200));
    }

    @Test
    void wildcardRulesPlaceNewWindowsAndAreReportedAsGiven() {
        Desk desk = new Desk("""
                <config>
                  <rules>
                    <assign label_prefix="init -> term" target="screen" xpos="any" ypos="any" maximized="yes"/>
                    <assign label_suffix="clock" target="screen" xpos="700" ypos="10"/>
                  </rules>
                </config>""").screen(1024, 768);
        desk.layout.apply(new RulesChanged(desk.layout.config().rules()));
        desk.open(Desk.client(1, "init -> terminal", 400, 300), Desk.client(2, "init -> clock", 100, 100));
        assertThat(desk.window(1).maximized()).isTrue();
        assertThat(desk.window(2).position()).isEqualTo(new Point(700, 10));
        var assigns = RulesFormat.render(desk.layout.rules()).children("assign");
        assertThat(assigns).hasSize(4);
        assertThat(assigns.get(2).attributes()).containsEntry("label_prefix", "init -> term").containsEntry("xpos", "any")
                .containsEntry("maximized", "yes");
        assertThat(assigns.get(3).attributes()).containsEntry("label_suffix", "clock").containsEntry("xpos", "700");
    }
}
