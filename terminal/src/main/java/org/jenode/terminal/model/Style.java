package org.jenode.terminal.model;

import java.util.EnumSet;
import java.util.Set;

/** How a cell's character is drawn: SGR colours and attributes, as the program set them. */
public record Style(CellColor foreground, CellColor background, Set<Attribute> attributes) {

    public static final Style DEFAULT = new Style(new CellColor.Default(), new CellColor.Default(), Set.of());

    public Style {
        attributes = attributes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attributes));
    }

    public boolean has(Attribute a) { return attributes.contains(a); }

    /** SGR attributes other than colours. */
    public enum Attribute { BOLD, DIM, ITALIC, UNDERLINE, BLINK, INVERSE, HIDDEN }
}
