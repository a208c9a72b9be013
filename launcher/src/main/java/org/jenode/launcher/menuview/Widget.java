package org.jenode.launcher.menuview;

import java.util.List;
import java.util.Optional;
import org.jenode.base.gfx.Canvas;

/**
 * A widget of a dialog, as Genode's menu_view knows them: {@code frame}, {@code vbox}, {@code hbox},
 * {@code button}, {@code label}, plus {@code icon} (an image ROM) and {@code bar} (a fill gauge).
 * Every widget may carry a {@code name}, which the hover report repeats so the dialog's author knows
 * what the pointer is over.
 */
sealed interface Widget {

    /** The dialog's {@code name} attribute of this widget; empty if it has none. */
    String name();

    /** A framed panel around one child. */
    record Frame(String name, Widget child) implements Widget { }

    /** Children stacked top to bottom, each as wide as the box. */
    record VBox(String name, List<Widget> children) implements Widget { }

    /** Children side by side, each as high as the box. */
    record HBox(String name, List<Widget> children) implements Widget { }

    /** A button around its children (side by side), drawn by state. */
    record Button(String name, boolean hovered, boolean selected, List<Widget> children) implements Widget { }

    /** One line of text, at least {@code minWidth} pixels wide. */
    record Label(String name, String text, Style.Text style, int minWidth) implements Widget { }

    /** An image from a ROM; empty while the ROM holds no image. */
    record Icon(String name, String rom, Optional<Canvas> image) implements Widget { }

    /** A gauge {@code width} pixels wide, filled to {@code percent}. */
    record Bar(String name, int percent, int width) implements Widget { }
}
