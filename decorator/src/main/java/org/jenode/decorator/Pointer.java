package org.jenode.decorator;

import java.util.Optional;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;

/** The {@code pointer} ROM: {@code <pointer xpos ypos/>} while the pointer is over the decorator, {@code <pointer/>} after it left. */
public record Pointer(Optional<Point> position) {

    public static final Pointer AWAY = new Pointer(Optional.empty());

    /** Reads the ROM's content; a wrong root or a half or malformed position is an error at its location. */
    public static Pointer parse(XmlNode node) {
        if (!node.is("pointer")) throw node.error("expected <pointer>");
        boolean x = node.has("xpos"), y = node.has("ypos");
        if (x != y) throw node.error("a position needs both xpos and ypos");
        if (!x) return AWAY;
        return new Pointer(Optional.of(new Point(node.intAttribute("xpos", 0), node.intAttribute("ypos", 0))));
    }
}
