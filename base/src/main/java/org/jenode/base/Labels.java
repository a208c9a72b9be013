package org.jenode.base;

/** Session labels: element chains such as {@code launcher -> testnit -> main}, composed by the parents. */
public final class Labels {

    public static final String SEPARATOR = " -> ";

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

    /** True when {@code label} is {@code prefix} or starts with {@code prefix + " -> "}. */
    public static boolean within(String label, String prefix) {
        return label.equals(prefix) || label.startsWith(prefix + SEPARATOR);
    }
}
