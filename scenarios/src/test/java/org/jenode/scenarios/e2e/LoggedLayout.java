package org.jenode.scenarios.e2e;

import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;

/**
 * The layouter's {@code window_layout} as the desktop's verbose report_rom logged it last, in the host
 * window's pixels: the windows' domain begins {@code offset} pixels down (below the status bar).
 *
 * @param windows front-most first
 * @param line    the log line it was read from, to find what came after it
 */
record LoggedLayout(List<Window> windows, int line) {

    private static final String MARKER = "report 'layouter -> window_layout': ";

    /** One window: its id, the layouter's caption, where its content is, whether it has the focus, what is highlighted. */
    record Window(int id, String title, Rectangle content, boolean focused, Set<String> highlight) {

        /** The middle of the title bar, {@code top} pixels of frame above the content, just right of the maximizer. */
        Point titleBar(int top) { return new Point(content.x + content.width / 2, content.y - top / 2); }

        Point centre() { return new Point(content.x + content.width / 2, content.y + content.height / 2); }
    }

    /** The last layout in {@code log} (from line {@code from} on), if there is one. */
    static Optional<LoggedLayout> last(List<String> log, int from, int offset) {
        for (int i = log.size() - 1; i >= from; i--) {
            int at = log.get(i).indexOf(MARKER);
            if (at >= 0) return Optional.of(parse(log.get(i).substring(at + MARKER.length()), i, offset));
        }
        return Optional.empty();
    }

    private static LoggedLayout parse(String xml, int line, int offset) {
        List<Window> windows = new ArrayList<>();
        for (XmlNode w : XmlParser.parse(xml, "logged window_layout").children("window")) {
            Rectangle content = new Rectangle(w.intAttribute("xpos", 0), w.intAttribute("ypos", 0) + offset,
                    w.intAttribute("width", 0), w.intAttribute("height", 0));
            Set<String> highlight = w.child("highlight").map(h -> h.children().stream().map(XmlNode::type).collect(Collectors.toSet()))
                    .orElse(Set.of());
            windows.add(new Window(w.intAttribute("id", 0), w.attribute("title", ""), content, w.boolAttribute("focused", false), highlight));
        }
        return new LoggedLayout(List.copyOf(windows), line);
    }

    boolean has(String title) { return windows.stream().anyMatch(w -> w.title().startsWith(title)); }

    /** The window whose caption starts with {@code title}. */
    Window window(String title) {
        return windows.stream().filter(w -> w.title().startsWith(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no window '" + title + "' in " + windows));
    }

    Window front() { return windows.getFirst(); }

    Optional<Window> focused() { return windows.stream().filter(Window::focused).findFirst(); }
}
