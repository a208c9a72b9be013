package org.jenode.decorator;

import java.util.OptionalInt;

/**
 * What the config's policies say about a window: a colour for its frame (the motif look's base
 * colour, the themed look's tint) and whether it gets a frame at all.
 */
public record WindowStyle(OptionalInt color, boolean decorated) {

    public static final WindowStyle DEFAULT = new WindowStyle(OptionalInt.empty(), true);
}
