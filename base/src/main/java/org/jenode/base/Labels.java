package org.jenode.base;

/** Session labels: element chains such as {@code launcher -> testnit -> main}, composed by the parents. */
public final class Labels {

    public static final String SEPARATOR = " -> ";
    /** The longest label element, in characters. */
    public static final int MAX_ELEMENT = 160;
    /** The most elements a component may put into the label it chooses. */
    public static final int MAX_ELEMENTS = 16;

    private Labels() { }

    /** The label a parent forwards for its child {@code child} that asked with {@code label}. */
    public static String prefixed(String child, String label) {
        return label.isEmpty() ? child : child + SEPARATOR + label;
    }

    /** The last element, e.g. the module name of a ROM label. */
    public static String last(String label) {
        int at = label.lastIndexOf(SEPARATOR);
        return at < 0 ? label : label.substring(at + SEPARATOR.length());
    }

    /**
     * Refuses a label that a component chose if an element is longer than {@link #MAX_ELEMENT} characters
     * or it has more than {@link #MAX_ELEMENTS} elements, before any parent or server sees it: a label
     * ends up in reports, logs and on screen, where a megabyte of it does harm.
     *
     * @param who the component that asked, for the message
     */
    public static void requireBounded(String label, String who) {
        int elements = 0;
        for (int from = 0; ; ) {
            int at = label.indexOf(SEPARATOR, from);
            int end = at < 0 ? label.length() : at;
            if (end - from > MAX_ELEMENT)
                throw new InvalidRequestException(who + ": session label element of " + (end - from)
                        + " characters, at most " + MAX_ELEMENT + " are allowed ('" + label.substring(from, from + 32) + "...')");
            if (++elements > MAX_ELEMENTS)
                throw new InvalidRequestException(who + ": session label of more than " + MAX_ELEMENTS + " elements");
            if (at < 0) return;
            from = at + SEPARATOR.length();
        }
    }

    /** True when {@code label} is {@code prefix} or starts with {@code prefix + " -> "}. */
    public static boolean within(String label, String prefix) {
        // no concatenation: nitpicker asks this of every session on a session-control call
        return label.startsWith(prefix) && (label.length() == prefix.length() || label.startsWith(SEPARATOR, prefix.length()));
    }
}
