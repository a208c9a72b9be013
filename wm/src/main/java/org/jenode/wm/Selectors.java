package org.jenode.wm;

import org.jenode.base.Labels;

/** Session-control selectors: which sessions a client may hide, show or raise. */
final class Selectors {

    private Selectors() { }

    /**
     * The label a client's {@code selector} names: the client's own label for an empty selector, else
     * a label below it, element-wise as Genode joins them ({@code "<label> -> <selector>"}); a selector
     * that already starts with {@code " -> "} is taken as written. Never a label beside the client's.
     */
    static String below(String label, String selector) {
        if (selector.isEmpty()) return label;
        if (selector.startsWith(Labels.SEPARATOR)) return label + selector;
        return Labels.prefixed(label, selector);
    }

    /** Whether {@code session} is the selected label or below it. */
    static boolean selects(String selector, String session) { return Labels.within(session, selector); }
}
