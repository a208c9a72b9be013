package org.jenode.layouter.model;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.layouter.format.ConfigFormat;
import org.jenode.layouter.format.Reports;
import org.jenode.layouter.model.LayoutEvent.HoverChanged;
import org.jenode.layouter.model.LayoutEvent.UserInput;
import org.jenode.layouter.model.LayoutEvent.WindowList;

/**
 * A layout driven the way its peers drive it: the wm's window list, the decorator's hover and the
 * input the wm forwards, one event at a time, with the client windows of the list kept here so that a
 * test can change one and send the list again.
 */
final class Desk {

    /** Alt-Tab, Alt-Shift-Tab, Alt-Enter (maximize) and Alt-F4 (close), as the README configures them. */
    static final String KEYS = """
            <config>
              <press key="KEY_LEFTALT">
                <press key="KEY_TAB" action="next_window">
                  <release key="KEY_TAB"> <release key="KEY_LEFTALT" action="raise_window"/> </release>
                </press>
                <press key="KEY_LEFTSHIFT">
                  <press key="KEY_TAB" action="prev_window">
                    <release key="KEY_TAB"> <release key="KEY_LEFTALT" action="raise_window"/> </release>
                  </press>
                </press>
                <press key="KEY_ENTER" action="toggle_fullscreen"/>
                <press key="KEY_F4" action="close"/>
              </press>
            </config>
            """;

    final Layout layout;
    private final List<ClientWindow> clients = new ArrayList<>();

    Desk() { this(KEYS); }

    Desk(String config) { layout = new Layout(ConfigFormat.parse(XmlParser.parse(config, "test config"))); }

    static ClientWindow client(int id, String label, int width, int height) {
        return new ClientWindow(id, label, "", new Area(width, height), false, false, true);
    }

    Desk screen(int width, int height) {
        layout.apply(new LayoutEvent.ScreenChanged(new Rect(0, 0, width, height)));
        return this;
    }

    Desk margins(int top, int bottom, int left, int right) {
        layout.apply(new LayoutEvent.MarginsChanged(new Margins(top, bottom, left, right)));
        return this;
    }

    /** Adds windows to the list and sends it. */
    Desk open(ClientWindow... windows) {
        clients.addAll(List.of(windows));
        return list();
    }

    Desk open(int id, int width, int height) { return open(client(id, "app" + id, width, height)); }

    /** Takes windows off the list, all in one new list (as when their client ends). */
    Desk close(int... ids) {
        for (int id : ids) clients.removeIf(c -> c.id() == id);
        return list();
    }

    /** What the wm says about a window has changed. */
    Desk replace(ClientWindow client) {
        clients.replaceAll(c -> c.id() == client.id() ? client : c);
        return list();
    }

    /** The client of {@code id} has changed its size (as it does when it answers a resize request). */
    Desk resizeClient(int id, int width, int height) {
        ClientWindow c = clients.stream().filter(w -> w.id() == id).findFirst().orElseThrow();
        return replace(new ClientWindow(id, c.label(), c.title(), new Area(width, height), c.hasAlpha(), c.hidden(), c.resizeable()));
    }

    /** The client of {@code id} takes the size the layouter asked for. */
    Desk answer(int id) {
        Area requested = window(id).requested();
        return resizeClient(id, requested.width(), requested.height());
    }

    Desk list() {
        layout.apply(new WindowList(clients));
        return this;
    }

    Desk hover(int id, Element element) {
        layout.apply(new HoverChanged(new Hover(id, element)));
        return this;
    }

    Desk input(InputEvent... events) {
        for (InputEvent e : events) layout.apply(new UserInput(e));
        return this;
    }

    Desk motion(int x, int y) { return input(new InputEvent.AbsoluteMotion(x, y)); }

    Desk press(int code) { return input(new InputEvent.Press(code)); }

    Desk release(int code) { return input(new InputEvent.Release(code)); }

    /** The pointer goes to ({@code x}, {@code y}) over {@code element} of {@code id}, and the button goes down. */
    Desk grab(int id, Element element, int x, int y) { return motion(x, y).hover(id, element).press(Keycodes.BTN_LEFT); }

    Desk drop() { return release(Keycodes.BTN_LEFT); }

    /** A click on {@code element} of window {@code id}, at the window's content origin. */
    Desk click(int id, Element element) {
        Point p = window(id).position();
        return grab(id, element, p.x(), p.y()).drop();
    }

    /** Presses the keys in order and releases them in reverse order. */
    Desk chord(int... codes) {
        for (int c : codes) press(c);
        for (int i = codes.length - 1; i >= 0; i--) release(codes[i]);
        return this;
    }

    Window window(int id) { return layout.window(id).orElseThrow(); }

    Rect geometry(int id) { return window(id).geometry(); }

    /** Window ids front-most first. */
    List<Integer> stacking() { return layout.windows().stream().map(Window::id).toList(); }

    Reports reports() { return Reports.of(layout); }

    XmlNode layoutOf(int id) {
        return reports().windowLayout().children("window").stream()
                .filter(w -> w.intAttribute("id", 0) == id).findFirst().orElseThrow();
    }
}
