package org.jenode.launcher.menuview;

import java.util.List;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;

/**
 * The {@code hover} report (Genode's format): the chain of widgets under the pointer, from the dialog
 * down, each with its position relative to its parent, its size and its name:
 * {@code <hover><dialog xpos ypos width height><vbox ...><button name="x" .../></vbox></dialog></hover>};
 * {@code <hover/>} when the pointer is over none.
 */
final class HoverReport {

    private HoverReport() { }

    static XmlNode of(List<Placed> path) {
        XmlNode.Builder hover = XmlNode.builder("hover");
        if (path.isEmpty()) return hover.build();
        XmlNode inner = null;
        for (int i = path.size() - 1; i >= 0; i--) {
            Placed p = path.get(i);
            Rect parent = i == 0 ? new Rect(0, 0, 0, 0) : path.get(i - 1).rect();
            XmlNode.Builder node = XmlNode.builder(i == 0 ? "dialog" : type(p.widget()));
            if (!p.widget().name().isEmpty()) node.attribute("name", p.widget().name());
            Point at = new Point(p.rect().x() - parent.x(), p.rect().y() - parent.y());
            node.attribute("xpos", at.x()).attribute("ypos", at.y()).attribute("width", p.rect().width()).attribute("height", p.rect().height());
            if (inner != null) node.child(inner);
            inner = node.build();
        }
        return hover.child(inner).build();
    }

    static String type(Widget w) {
        return switch (w) {
            case Widget.Frame _ -> "frame";
            case Widget.VBox _ -> "vbox";
            case Widget.HBox _ -> "hbox";
            case Widget.Button _ -> "button";
            case Widget.Label _ -> "label";
            case Widget.Icon _ -> "icon";
            case Widget.Bar _ -> "bar";
        };
    }
}
