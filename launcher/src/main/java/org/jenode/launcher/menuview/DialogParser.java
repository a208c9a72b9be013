package org.jenode.launcher.menuview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;

/**
 * Reads a {@code <dialog>} into widgets. What it does not know (a widget type, a style) is left out
 * with a warning naming its position, so a dialog of a newer author still shows what it can.
 */
final class DialogParser {

    /** A dialog is written by another component: it gets no more than this many widgets. */
    static final int MAX_WIDGETS = 2000;

    private final Function<String, Optional<Canvas>> icons;
    private final Consumer<String> warn;
    private int widgets;

    /**
     * @param icons the image of an icon ROM, by name
     * @param warn  told what was left out
     */
    DialogParser(Function<String, Optional<Canvas>> icons, Consumer<String> warn) {
        this.icons = icons;
        this.warn = warn;
    }

    /** The dialog's content: its children in a vertical box. */
    Widget parse(XmlNode dialog) {
        widgets = 0;
        return new Widget.VBox(dialog.attribute("name", ""), children(dialog));
    }

    private List<Widget> children(XmlNode node) {
        List<Widget> out = new ArrayList<>();
        for (XmlNode child : node.children()) widget(child).ifPresent(out::add);
        return out;
    }

    private Optional<Widget> widget(XmlNode node) {
        if (++widgets > MAX_WIDGETS) {
            if (widgets == MAX_WIDGETS + 1) warn.accept(node.location() + ": more than " + MAX_WIDGETS + " widgets; the rest is left out");
            return Optional.empty();
        }
        String name = node.attribute("name", "");
        try {
            return switch (node.type()) {
                case "frame" -> {
                    List<Widget> inside = children(node);
                    yield Optional.of(new Widget.Frame(name, inside.size() == 1 ? inside.getFirst() : new Widget.VBox("", inside)));
                }
                case "vbox" -> Optional.of(new Widget.VBox(name, children(node)));
                case "hbox" -> Optional.of(new Widget.HBox(name, children(node)));
                case "button" -> Optional.of(new Widget.Button(name, node.boolAttribute("hovered", false),
                        node.boolAttribute("selected", false), children(node)));
                case "label" -> Optional.of(new Widget.Label(name, node.attribute("text", ""), style(node),
                        Math.clamp(node.intAttribute("min_width", 0), 0, 4096)));
                case "icon" -> {
                    String rom = node.required("rom");
                    yield Optional.of(new Widget.Icon(name, rom, icons.apply(rom)));
                }
                case "bar" -> Optional.of(new Widget.Bar(name, Math.clamp(node.intAttribute("percent", 0), 0, 100),
                        Math.clamp(node.intAttribute("width", 60), 1, 4096)));
                default -> {
                    warn.accept(node.location() + ": unknown widget <" + node.type() + ">, left out");
                    yield Optional.empty();
                }
            };
        } catch (XmlException e) {
            warn.accept(e.getMessage() + "; widget left out");
            return Optional.empty();
        }
    }

    private Style.Text style(XmlNode node) {
        String style = node.attribute("style", "plain");
        for (Style.Text t : Style.Text.values()) if (t.name().equalsIgnoreCase(style)) return t;
        warn.accept(node.location() + ": unknown label style '" + style + "', drawn plain");
        return Style.Text.PLAIN;
    }
}
