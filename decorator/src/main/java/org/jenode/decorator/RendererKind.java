package org.jenode.decorator;

import java.util.Arrays;
import java.util.Optional;

/** The two looks a decorator can draw, as the config's {@code renderer} attribute names them. */
public enum RendererKind {
    MOTIF("motif"), THEMED("themed");

    private final String xmlName;

    RendererKind(String xmlName) { this.xmlName = xmlName; }

    static Optional<RendererKind> named(String name) {
        return Arrays.stream(values()).filter(k -> k.xmlName.equals(name)).findFirst();
    }
}
