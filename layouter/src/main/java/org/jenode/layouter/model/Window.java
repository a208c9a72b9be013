package org.jenode.layouter.model;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * A window as the layouter sees it: what the client says ({@link #client}), where its content is, the
 * size the layouter asks the client for, and how it got there. The size on screen is always the
 * client's; the layouter only asks ({@code resize_request}) and places.
 *
 * @param position  top-left corner of the content on the screen
 * @param requested the size asked of the client; equal to the client's size while nothing is asked,
 *                  0x0 to ask it to close
 * @param maximized whether the window fills the screen; {@code restore} is where it goes back to
 * @param topped    how often the window was raised, which tells the decorator to raise it globally
 * @param anchor    the sizer of the last resize while the client has not answered it: its opposite
 *                  edges stay where they are when the client's new size arrives
 * @param superseded the sizes asked before {@code requested} in a resize the client has not answered yet
 *                  (the last {@value #SUPERSEDED}): a client that is slower than the drag may still
 *                  answer one of them after the drop, and that is not the answer to the last request
 */
public record Window(ClientWindow client, Point position, Area requested, boolean maximized, Rect restore,
                     int topped, Element anchor, List<Area> superseded) {

    static final int SUPERSEDED = 8;

    public Window {
        superseded = List.copyOf(superseded);
    }

    static Window placed(ClientWindow client, Point position) {
        return new Window(client, position, client.size(), false, Rect.EMPTY, 0, Element.NONE, List.of());
    }

    public int id() { return client.id(); }

    public String label() { return client.label(); }

    public Area size() { return client.size(); }

    /** The content rectangle on the screen. */
    public Rect geometry() { return Rect.of(position, client.size()); }

    public boolean resizePending() { return !requested.equals(client.size()); }

    public boolean closing() { return requested.equals(Area.EMPTY) && !client.size().equals(Area.EMPTY); }

    /** The size the window will have once the client answered what is asked of it (a closing window keeps its size). */
    public Area expectedSize() { return resizePending() && !closing() ? requested : client.size(); }

    /** Where this window is to be remembered: where it goes back to when maximized. */
    public Rect committed() { return maximized ? restore : geometry(); }

    Window at(Point p) { return new Window(client, p, requested, maximized, restore, topped, anchor, superseded); }

    /** Asks for {@code size}; a request still unanswered is remembered as superseded. */
    Window requesting(Area size) {
        List<Area> earlier = new ArrayList<>();
        if (resizePending()) {
            earlier.addAll(superseded);
            if (!requested.equals(size)) earlier.add(requested);
        }
        List<Area> kept = earlier.subList(Math.max(0, earlier.size() - SUPERSEDED), earlier.size());
        return new Window(client, position, size, maximized, restore, topped, anchor, kept);
    }

    Window anchoredAt(Element sizer) { return new Window(client, position, requested, maximized, restore, topped, sizer, superseded); }

    Window raised() { return new Window(client, position, requested, maximized, restore, topped + 1, anchor, superseded); }

    Window closed() { return new Window(client, position, Area.EMPTY, maximized, restore, topped, Element.NONE, List.of()); }

    /** Fills {@code screen} (a content rectangle) until it is restored to {@code restore}. */
    Window maximizedTo(Rect screen, Rect restore) {
        return new Window(client, screen.position(), screen.area(), true, restore, topped, Element.NONE, List.of());
    }

    /** Back where it was before it was maximized. */
    Window restored() {
        return new Window(client, restore.position(), restore.area(), false, Rect.EMPTY, topped, Element.NONE, List.of());
    }

    /**
     * What the client now says about the window. A new size keeps the edges opposite to {@link #anchor}
     * in place; outside a live resize it answers the pending request (whatever size the client chose),
     * except a request to close, which only the window's disappearance answers, and a size the layouter
     * asked for before the last request (the client is still catching up with the drag).
     */
    Window updatedBy(ClientWindow now, boolean liveResize) {
        Area old = client.size(), size = now.size();
        if (size.equals(old)) return new Window(now, position, requested, maximized, restore, topped, anchor, superseded);
        int x = anchor.left() ? position.x() + old.width() - size.width() : position.x();
        int y = anchor.top() ? position.y() + old.height() - size.height() : position.y();
        boolean stale = !size.equals(requested) && superseded.contains(size);
        boolean answered = !liveResize && !closing() && !stale;
        return new Window(now, new Point(x, y), answered ? size : requested, maximized, restore, topped,
                answered ? Element.NONE : anchor, answered ? List.of() : superseded);
    }
}
