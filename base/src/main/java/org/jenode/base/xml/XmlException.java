package org.jenode.base.xml;

/** Malformed or invalid XML; the message starts with {@code file:line:column}. */
public final class XmlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient XmlLocation location;

    public XmlException(XmlLocation location, String message) {
        this(location, message, null);
    }

    public XmlException(XmlLocation location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    public XmlLocation location() { return location; }
}
