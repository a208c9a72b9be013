package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jenode.base.Labels;
import org.jenode.base.xml.XmlNode;

/**
 * Nitpicker's config as values: domains, label policies (longest match wins), global keys, the
 * background colour, which reports to write, whether nitpicker draws a pointer, and where focus comes from.
 */
public record Policy(Map<String, Domain> domains, List<Rule> rules, GlobalKeys globalKeys, int background,
                     Reports reports, boolean drawPointer, boolean focusFromRom, boolean backdropByLabel) {

    public static final int DEFAULT_BACKGROUND = 0xff192532;

    /** The one domain of a config without domains and policies, Genode 14.05's form: every client, the whole screen. */
    static final Domain GENODE_1405 = new Domain("", 2, Domain.Origin.TOP_LEFT, 0, 0, 0, 0, Domain.Xray.FRAME,
            0xffffffff, true, true, Domain.Hover.XRAY_FILTERED);

    /**
     * A {@code <policy>}: one of {@code label} (the label or one below it; the exact label wins a tie),
     * {@code label_prefix} (the same, without the tie rule) or {@code label_suffix} (the label's last
     * elements; a leading {@code "-> "} is allowed, as Genode writes it), all matched whole element by whole
     * element, so that "term" never matches "terminal". {@code background}: the session's background view
     * is everybody's default background.
     */
    record Rule(String label, String prefix, String suffix, String domain, boolean background) {
        /** The match length, or -1 if the rule does not match {@code sessionLabel}. */
        int match(String sessionLabel) {
            if (label != null) {
                if (sessionLabel.equals(label)) return label.length() + 1; // exact beats an equal prefix
                return below(sessionLabel, label) ? label.length() : -1;
            }
            if (prefix != null) return below(sessionLabel, prefix) ? prefix.length() : -1;
            if (suffix != null) return endsWith(sessionLabel, suffix) ? suffix.length() : -1;
            return 0;
        }

        /** {@code l} is {@code p} or below it; the empty prefix is everybody's. */
        private static boolean below(String l, String p) { return p.isEmpty() || Labels.within(l, p); }

        private static boolean endsWith(String l, String suffix) {
            String s = suffix.startsWith("-> ") ? suffix.substring(3) : suffix.startsWith(Labels.SEPARATOR) ? suffix.substring(4) : suffix;
            return s.isEmpty() || l.equals(s) || l.endsWith(Labels.SEPARATOR + s);
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
            rules.add(new Rule("", null, null, GENODE_1405.name(), false));
        }
        for (XmlNode p : config.children("policy")) {
            if (!p.has("domain")) {
                warn.accept("policy without domain: " + p.toXml());
                continue;
            }
            rules.add(new Rule(p.attribute("label", null), p.attribute("label_prefix", null),
                    p.attribute("label_suffix", null), p.attribute("domain", ""), p.boolAttribute("background", false)));
        }
        int bg = config.child("background").map(b -> b.colorAttribute("color", DEFAULT_BACKGROUND)).orElse(DEFAULT_BACKGROUND);
        XmlNode r = config.child("report").orElse(XmlNode.builder("report").build());
        Reports reports = new Reports(r.boolAttribute("focus", false), r.boolAttribute("hover", false),
                r.boolAttribute("pointer", false), r.boolAttribute("xray", false), r.boolAttribute("displays", false));
        boolean pointer = config.child("pointer").map(p -> p.boolAttribute("draw", true)).orElse(true);
        // a config that gives no policy the background attribute is Genode's, and keeps Genode's rule
        boolean backdropByLabel = config.children("policy").stream().noneMatch(p -> p.has("background"));
        return new Policy(domains, rules, GlobalKeys.parse(config, warn), bg | 0xff000000, reports, pointer,
                config.attribute("focus", "").equals("rom"), backdropByLabel);
    }

    /** The domain of the longest matching policy, or {@link Domain#NONE}. */
    public Domain domainFor(String label) {
        return best(label).map(r -> domains.getOrDefault(r.domain(), Domain.NONE)).orElse(Domain.NONE);
    }

    /**
     * Whether the session's background view is the default background: as the longest matching policy
     * says, or, in a config whose policies never say (Genode's), for the session labelled {@code backdrop}.
     */
    public boolean backgroundFor(String label) {
        return best(label).map(Rule::background).orElse(false) || backdropByLabel && label.equals("backdrop");
    }

    private Optional<Rule> best(String label) {
        Rule best = null;
        int bestLen = -1;
        for (Rule rule : rules) {
            int len = rule.match(label);
            if (len > bestLen) {
                best = rule;
                bestLen = len;
            }
        }
        return Optional.ofNullable(best);
    }
}
