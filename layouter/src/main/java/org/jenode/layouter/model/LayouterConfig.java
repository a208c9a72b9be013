package org.jenode.layouter.model;

import java.util.List;

/**
 * The layouter's config as the model uses it.
 *
 * @param policies    {@code <policy label.. xpos ypos maximized/>}: where new windows of a label go
 * @param keys        the top-level {@code <press>} nodes: key sequences and their actions
 * @param reportRules {@code <report rules="yes"/>}: publish the {@code rules} report
 * @param rulesFromRom {@code rules="rom"}: read the rules from the {@code rules} ROM, falling back to {@link #rules}
 * @param rules       the config's own {@code <rules>}
 */
public record LayouterConfig(List<Rule> policies, List<KeyBinding> keys, boolean reportRules, boolean rulesFromRom,
                             List<Rule> rules) {

    public static final LayouterConfig EMPTY = new LayouterConfig(List.of(), List.of(), false, false, List.of());

    public LayouterConfig {
        policies = List.copyOf(policies);
        keys = List.copyOf(keys);
        rules = List.copyOf(rules);
    }
}
