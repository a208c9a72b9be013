package org.jenode.layouter.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;
import org.jenode.layouter.model.LabelMatch;
import org.jenode.layouter.model.Rule;

/**
 * The {@code <rules>} of Genode's window_layouter, as far as floating windows need them:
 *
 * <pre>{@code
 * <rules>
 *   <screen name="screen"/>
 *   <assign label="init -> testnit" target="screen" xpos="60" ypos="40" width="300" height="200"/>
 *   <assign label_prefix="init -> terminal" target="screen" xpos="any" ypos="any" maximized="yes"/>
 * </rules>
 * }</pre>
 *
 * Each {@code <assign>} matches {@code label}, {@code label_prefix} or {@code label_suffix} and gives
 * the content's position (both {@code xpos} and {@code ypos}; {@code any} leaves it to the layouter), its
 * size, and whether it is maximized. Screens, columns and rows are ignored; every window floats on the
 * one screen, which the generated rules name {@code screen}.
 */
public final class RulesFormat {

    static final String SCREEN = "screen";

    private RulesFormat() { }

    /** The rules in {@code xml}; empty if the ROM has no rules yet. */
    public static Optional<List<Rule>> parse(XmlNode xml) {
        if (xml.is("empty")) return Optional.empty();
        Attributes.expect(xml, "rules");
        List<Rule> rules = new ArrayList<>();
        for (XmlNode assign : xml.children("assign")) rules.add(rule(assign));
        return Optional.of(rules);
    }

    /** An {@code <assign>} or a config {@code <policy>}: both say the same about windows of a label. */
    static Rule rule(XmlNode node) {
        LabelMatch match = new LabelMatch(node.attribute("label"), node.attribute("label_prefix"),
                node.attribute("label_suffix"));
        boolean positioned = node.has("xpos") && node.has("ypos") && !node.attribute("xpos", "").equals("any")
                && !node.attribute("ypos", "").equals("any");
        Optional<Point> position = positioned
                ? Optional.of(new Point(Attributes.coord(node, "xpos"), Attributes.coord(node, "ypos"))) : Optional.empty();
        Optional<Area> size = node.has("width") && node.has("height")
                ? Optional.of(new Area(Math.max(1, Attributes.size(node, "width", 1)), Math.max(1, Attributes.size(node, "height", 1))))
                : Optional.empty();
        return new Rule(match, position, size, node.boolAttribute("maximized", false));
    }

    public static XmlNode render(List<Rule> rules) {
        XmlNode.Builder xml = XmlNode.builder("rules").child(XmlNode.builder("screen").attribute("name", SCREEN));
        for (Rule r : rules) {
            XmlNode.Builder assign = XmlNode.builder("assign");
            r.match().exact().ifPresent(l -> assign.attribute("label", l));
            r.match().prefix().ifPresent(l -> assign.attribute("label_prefix", l));
            r.match().suffix().ifPresent(l -> assign.attribute("label_suffix", l));
            assign.attribute("target", SCREEN);
            assign.attribute("xpos", r.position().map(p -> String.valueOf(p.x())).orElse("any"));
            assign.attribute("ypos", r.position().map(p -> String.valueOf(p.y())).orElse("any"));
            r.size().ifPresent(s -> assign.attribute("width", s.width()).attribute("height", s.height()));
            if (r.maximized()) assign.attribute("maximized", true);
            xml.child(assign);
        }
        return xml.build();
    }
}
