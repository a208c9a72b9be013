package org.jenode.terminal.model;

/** A cell colour as the program chose it; the palette turns it into pixels. */
public sealed interface CellColor {

    /** The terminal's default foreground or background. */
    record Default() implements CellColor { }

    /** One of the 256 palette colours (0-15 the configurable ones). */
    record Indexed(int index) implements CellColor {
        public Indexed {
            if (index < 0 || index > 255) throw new IllegalArgumentException("colour index " + index);
        }
    }

    /** A true colour, 0xRRGGBB. */
    record Rgb(int rgb) implements CellColor {
        public Rgb {
            rgb &= 0xffffff;
        }
    }
}
