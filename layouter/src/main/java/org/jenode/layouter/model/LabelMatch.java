package org.jenode.layouter.model;

import java.util.Optional;

/**
 * Which windows a rule or policy is for, by session label: Genode's {@code label}, {@code label_prefix}
 * and {@code label_suffix} attributes. An exact label wins over the others; prefix and suffix must both
 * hold when both are given; without any, every label matches.
 */
public record LabelMatch(Optional<String> exact, Optional<String> prefix, Optional<String> suffix) {

    public static LabelMatch exactly(String label) { return new LabelMatch(Optional.of(label), Optional.empty(), Optional.empty()); }

    public boolean matches(String label) {
        if (exact.isPresent()) return exact.get().equals(label);
        return prefix.map(label::startsWith).orElse(true) && suffix.map(label::endsWith).orElse(true);
    }

    /** True unless this names one label: the rule is a policy for windows yet to come. */
    public boolean wildcard() { return exact.isEmpty(); }
}
