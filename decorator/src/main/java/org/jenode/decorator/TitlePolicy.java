package org.jenode.decorator;

import java.util.List;
import java.util.OptionalInt;
import org.jenode.base.xml.XmlNode;

/**
 * The config's {@code <policy>} nodes, matched against a window's title (which the layouter composes
 * from the client's session label): {@code label} must equal it, {@code label_prefix} and
 * {@code label_suffix} must start or end it. An exact label beats any prefix or suffix; otherwise the
 * longest match wins.
 */
public record TitlePolicy(List<Rule> rules) {

    public static final TitlePolicy NONE = new TitlePolicy(List.of());

    public TitlePolicy { rules = List.copyOf(rules); }

    /** One {@code <policy label|label_prefix|label_suffix color decoration/>}. */
    public record Rule(String label, String prefix, String suffix, WindowStyle style) {

        /** How well this rule matches {@code title}: -1 not at all, higher is better. */
        int score(String title) {
            if (label != null) return title.equals(label) ? Integer.MAX_VALUE : -1;
            int score = 0;
            if (prefix != null) {
                if (!title.startsWith(prefix)) return -1;
                score += prefix.length();
            }
            if (suffix != null) {
                if (!title.endsWith(suffix)) return -1;
                score += suffix.length();
            }
            return score;
        }
    }

    static TitlePolicy parse(XmlNode config) {
        return new TitlePolicy(config.children("policy").stream().map(TitlePolicy::rule).toList());
    }

    private static Rule rule(XmlNode p) {
        if (!p.has("label") && !p.has("label_prefix") && !p.has("label_suffix"))
            throw p.error("a policy needs label, label_prefix or label_suffix");
        OptionalInt color = p.has("color") ? OptionalInt.of(p.colorAttribute("color", 0)) : OptionalInt.empty();
        return new Rule(p.attribute("label", null), p.attribute("label_prefix", null), p.attribute("label_suffix", null),
                new WindowStyle(color, p.boolAttribute("decoration", true)));
    }

    public WindowStyle styleFor(String title) {
        Rule best = null;
        int bestScore = -1;
        for (Rule r : rules) {
            int s = r.score(title);
            if (s > bestScore) {
                best = r;
                bestScore = s;
            }
        }
        return best == null ? WindowStyle.DEFAULT : best.style();
    }
}
