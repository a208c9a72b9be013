package org.jenode.decorator.themed;

/** A theme that cannot be used: a ROM missing or holding no image; the message names the ROM. */
public final class ThemeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ThemeException(String message) { super(message); }

    public ThemeException(String message, Throwable cause) { super(message, cause); }
}
