package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jenode.base.xml.XmlNode;

/**
 * Nitpicker's config as values: domains, label policies (longest match wins), global keys, the
 * background colour, which reports to write, whether nitpicker draws a pointer, and where focus comes from.
 */
public record Policy(Map<String, Domain> domains, List<Rule> rules, GlobalKeys globalKeys, int background,
                     Reports reports, boolean drawPointer, boolean focusFromRom) {

    public static final int DEFAULT_BACKGROUND = 0xff192532;

    /** The one domain of a config without domains and policies, Genode 14.05's form: every client, the whole screen. */
    static final Domain GENODE_1405 = new Domain("", 2, Domain.Origin.TOP_LEFT, 0, 0, 0, 0, Domain.Xray.FRAME,
            0xffffffff, true, true, Domain.Hover.XRAY_FILTERED);

    /** A {@code <policy>}: one of label (prefix match, as in Genode 14.11), label_prefix, label_suffix. */
    record Rule(String label, String prefix, String suffix, String domain) {
        /** The match length, or -1 if the rule does not match {@code sessionLabel}. */
        int match(String sessionLabel) {
            if (label != null) {
                if (sessionLabel.equals(label)) return label.length() + 1; // exact beats an equal prefix
                return sessionLabel.startsWith(label) ? label.length() : -1;
            }
            if (prefix != null) return sessionLabel.startsWith(prefix) ? prefix.length() : -1;
            if (suffix != null) return sessionLabel.endsWith(suffix) ? suffix.length() : -1;
            return 0;
        }
    }

    public record Reports(boolean focus, boolean hover, boolean pointer, boolean xray, boolean displays) { }

    static Policy parse(XmlNode config, Consumer<String> warn) {
        Map<String, Domain> domains = new LinkedHashMap<>();
        for (XmlNode d : config.children("domain")) {
            try {
                Domain domain = Domain.parse(d);
                domains.put(domain.name(), domain);
            } catch (RuntimeException e) {
                warn.accept("invalid domain: " + e.getMessage());
            }
        }
        List<Rule> rules = new ArrayList<>();
        if (domains.isEmpty() && config.children("policy").isEmpty()) {
            // Genode 14.05's nitpicker knew no domains: it showed every client, all in one stack
            domains.put(GENODE_1405.name(), GENODE_1405);
            rules.add(new Rule("", null, null, GENODE_1405.name()));
        }
        for (XmlNode p : config.children("policy")) {
            if (!p.has("domain")) {
                warn.accept("policy without domain: " + p.toXml());
                continue;
            }
            rules.add(new Rule(p.attribute("label", null), p.attribute("label_prefix", null),
                    p.attribute("label_suffix", null), p.attribute("domain", "")));
        }
        int bg = config.child("background").map(b -> b.colorAttribute("color", DEFAULT_BACKGROUND)).orElse(DEFAULT_BACKGROUND);
        XmlNode r = config.child("report").orElse(XmlNode.builder("report").build());
        Reports reports = new Reports(r.boolAttribute("focus", false), r.boolAttribute("hover", false),
                r.boolAttribute("pointer", false), r.boolAttribute("xray", false), r.boolAttribute("displays", false));
        boolean pointer = config.child("pointer").map(p -> p.boolAttribute("draw", true)).orElse(true);
        return new Policy(domains, rules, GlobalKeys.parse(config, warn), bg | 0xff000000, reports, pointer,
                config.attribute("focus", "").equals("rom"));
    }

    /** The domain of the longest matching policy, or {@link Domain#NONE}. */
    public Domain domainFor(String label) {
        Rule best = null;
        int bestLen = -1;
        for (Rule rule : rules) {
            int len = rule.match(label);
            if (len > bestLen) {
                best = rule;
                bestLen = len;
            }
        }
        return best == null ? Domain.NONE : domains.getOrDefault(best.domain(), Domain.NONE);
    }
}
