package org.jenode.wm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jenode.base.Labels;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;

/**
 * The wm's config: which sessions play a role ({@code <policy label|label_prefix|label_suffix role/>},
 * the longest match wins) and how long a client may ignore a close request.
 *
 * @param closeTimeout how long after a close request (a resize to 0x0) the wm closes a window itself
 */
record WmConfig(List<Rule> rules, Duration closeTimeout) {

    static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(3);

    /**
     * A {@code <policy>}. Labels match element-wise on {@code " -> "}: {@code label} is the whole
     * label or its leading elements (Genode 15.08's prefix match), an exact match winning a tie;
     * {@code label_prefix} the leading elements; {@code label_suffix} the trailing ones.
     */
    record Rule(String label, String prefix, String suffix, Role role) {

        /** How well the rule matches {@code session}: the matched length, or -1. */
        int match(String session) {
            if (label != null) {
                if (session.equals(label)) return label.length() + 1;
                return Labels.within(session, label) ? label.length() : -1;
            }
            if (prefix != null) return Labels.within(session, prefix) ? prefix.length() : -1;
            if (suffix != null) {
                return session.equals(suffix) || session.endsWith(Labels.SEPARATOR + suffix) ? suffix.length() : -1;
            }
            return 0;
        }
    }

    static WmConfig parse(XmlNode config, Consumer<String> warn) {
        List<Rule> rules = new ArrayList<>();
        for (XmlNode p : config.children("policy")) {
            try {
                rules.add(new Rule(p.attribute("label", null), p.attribute("label_prefix", null),
                        p.attribute("label_suffix", null), role(p)));
            } catch (XmlException e) {
                warn.accept("ignoring policy: " + e.getMessage());
            }
        }
        Duration timeout = DEFAULT_CLOSE_TIMEOUT;
        try {
            timeout = Duration.ofMillis(Math.max(0, config.longAttribute("close_timeout_ms", DEFAULT_CLOSE_TIMEOUT.toMillis())));
        } catch (XmlException e) {
            warn.accept(e.getMessage());
        }
        if (rules.stream().noneMatch(r -> r.role() == Role.DECORATOR) || rules.stream().noneMatch(r -> r.role() == Role.LAYOUTER))
            warn.accept((config.location().line() > 0 ? config.location() + ": " : "") + "no policy with role=\"decorator\" and role=\"layouter\": Genode 14.11's wm"
                    + " started its decorator and layouter as children of its own; Jenode's wm serves them as siblings"
                    + " (Genode 15.08's wm.run), and windows stay unplaced until they are there");
        return new WmConfig(List.copyOf(rules), timeout);
    }

    /** {@code role="decorator|layouter|direct"}, or the older {@code direct="yes"} (both in the README's config table). */
    private static Role role(XmlNode policy) {
        if (policy.boolAttribute("direct", false)) return Role.DIRECT;
        String role = policy.attribute("role", "");
        return switch (role) {
            case "" -> Role.WINDOWED;
            case "decorator" -> Role.DECORATOR;
            case "layouter" -> Role.LAYOUTER;
            case "direct" -> Role.DIRECT;
            default -> throw policy.error("unknown role \"" + role + "\" (decorator, layouter or direct)");
        };
    }

    /** The role of the longest matching policy; a session no policy names is windowed. */
    Role roleOf(String label) {
        Role best = Role.WINDOWED;
        int bestLength = -1;
        for (Rule rule : rules) {
            int length = rule.match(label);
            if (length > bestLength) {
                best = rule.role();
                bestLength = length;
            }
        }
        return best;
    }
}
