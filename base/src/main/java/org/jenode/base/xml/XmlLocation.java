package org.jenode.base.xml;

/** Where a node starts in its source: file (or ROM) name, line and column, both counted from 1. */
public record XmlLocation(String source, int line, int column) {

    public static final XmlLocation UNKNOWN = new XmlLocation("<generated>", 0, 0);

    @Override public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
