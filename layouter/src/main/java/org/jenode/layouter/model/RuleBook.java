package org.jenode.layouter.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules the layouter was given (its {@code rules} ROM or the config's {@code <rules>}), split into
 * exact rules, which say where a window of one label was, and wildcard rules, which are policies for
 * windows yet to come. Windows that are present are their own truth; the book matters for windows that
 * appear, which is how a restarted layouter puts every window back where it was.
 */
public record RuleBook(List<Rule> exact, List<Rule> wildcards) {

    /** Labels come and go; the book forgets the oldest once it holds this many absent windows. */
    static final int MAX_REMEMBERED = 256;

    public static final RuleBook EMPTY = new RuleBook(List.of(), List.of());

    public RuleBook {
        exact = List.copyOf(exact.subList(0, Math.min(exact.size(), MAX_REMEMBERED)));
        wildcards = List.copyOf(wildcards);
    }

    public static RuleBook of(List<Rule> rules) {
        List<Rule> exact = new ArrayList<>(), wildcards = new ArrayList<>();
        for (Rule r : rules) (r.match().wildcard() ? wildcards : exact).add(r);
        return new RuleBook(exact, wildcards);
    }

    /**
     * The {@code nth} exact rule for {@code label} (counted from 0): several windows of one label get
     * their rules in the order the rules list them.
     */
    public Optional<Rule> exactFor(String label, int nth) {
        return exact.stream().filter(r -> r.match().matches(label)).skip(nth).findFirst();
    }

    public Optional<Rule> wildcardFor(String label) {
        return wildcards.stream().filter(r -> r.match().matches(label)).findFirst();
    }

    /**
     * The book once {@code gone} (as rules of the windows that just disappeared) are remembered: for
     * each label of which no window is left, the rules of its last windows replace the older ones.
     */
    RuleBook remembering(List<Rule> gone, Set<String> presentLabels) {
        List<Rule> fresh = gone.stream().filter(r -> !presentLabels.contains(r.match().exact().orElseThrow())).toList();
        Set<LabelMatch> replaced = Set.copyOf(fresh.stream().map(Rule::match).toList());
        List<Rule> next = new ArrayList<>(fresh);
        exact.stream().filter(r -> !replaced.contains(r.match())).forEach(next::add);
        return new RuleBook(next, wildcards);
    }

    /**
     * What to report: the {@code present} windows' rules (front-most first), then the remembered
     * rules of labels no present window has, then the wildcards as they were given.
     */
    List<Rule> report(List<Rule> present) {
        Set<LabelMatch> labels = Set.copyOf(present.stream().map(Rule::match).toList());
        List<Rule> all = new ArrayList<>(present);
        exact.stream().filter(r -> !labels.contains(r.match())).forEach(all::add);
        all.addAll(wildcards);
        return all;
    }
}
