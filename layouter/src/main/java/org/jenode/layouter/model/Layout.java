package org.jenode.layouter.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.layouter.model.Grab.Drag;
import org.jenode.layouter.model.KeyBinding.Stroke;
import org.jenode.layouter.model.LayoutEvent.ConfigChanged;
import org.jenode.layouter.model.LayoutEvent.FocusRequest;
import org.jenode.layouter.model.LayoutEvent.HoverChanged;
import org.jenode.layouter.model.LayoutEvent.MarginsChanged;
import org.jenode.layouter.model.LayoutEvent.RulesChanged;
import org.jenode.layouter.model.LayoutEvent.ScreenChanged;
import org.jenode.layouter.model.LayoutEvent.UserInput;
import org.jenode.layouter.model.LayoutEvent.WindowList;

/**
 * The floating layout: every window's place, the stacking order, the focus, and what the user is doing
 * with pointer and keys. It changes only by {@link #apply}, one {@link LayoutEvent} at a time, and
 * knows nothing of sessions: the component feeds it from ROMs and input and publishes what
 * {@code Reports} make of it. Policy only: it never sees a pixel or a client's input.
 */
public final class Layout {

    /** The screen until the first {@code displays} report arrives. */
    public static final Rect DEFAULT_SCREEN = new Rect(0, 0, 1024, 768);

    private LayouterConfig config;
    private RuleBook rules = RuleBook.EMPTY;
    private Rect screen = DEFAULT_SCREEN;
    private Margins margins = Margins.NONE;
    /** Front-most first. */
    private final List<Window> windows = new ArrayList<>();
    /** Where each window stands in the wm's latest window list. */
    private final Map<Integer, Integer> listPosition = new HashMap<>();
    private int focused;
    private FocusHistory history = FocusHistory.EMPTY;
    private Hover hover = Hover.NONE;
    private Point pointer = Point.ORIGIN;
    private final Set<Integer> held = new HashSet<>();
    private KeySequence keys = KeySequence.EMPTY;
    private Grab grab = Grab.FREE;
    private long handledRequest;
    private Optional<FocusRequest> pendingRequest = Optional.empty();

    public Layout(LayouterConfig config) { this.config = config; }

    public void apply(LayoutEvent event) {
        switch (event) {
            case WindowList(var list) -> arrived(list);
            case HoverChanged(var h) -> hovered(h);
            case FocusRequest r -> requested(r);
            case MarginsChanged(var m) -> {
                margins = m;
                keepOnScreen();
            }
            case ScreenChanged(var s) -> resized(s);
            case ConfigChanged(var c) -> config = c;
            case RulesChanged(var r) -> rules = RuleBook.of(r);
            case UserInput(var e) -> input(e);
        }
    }

    /** Every window, front-most first, hidden ones included. */
    public List<Window> windows() { return List.copyOf(windows); }

    public Optional<Window> window(int id) { return windows.stream().filter(w -> w.id() == id).findFirst(); }

    /** The focused window's id, 0 if none. */
    public int focused() { return focused; }

    public Hover hover() { return hover; }

    public Grab grab() { return grab; }

    public Rect screen() { return screen; }

    public LayouterConfig config() { return config; }

    /** Where a window goes when maximized: the screen less the decorations. */
    public Rect maximized() { return margins.inner(screen); }

    /**
     * The rules that put every window back where it is: one exact rule per window, front-most first,
     * then what is remembered of absent windows, then the wildcards. A window being dragged counts
     * where the drag began, so that a drag does not flood the rules with every step.
     */
    public List<Rule> rules() { return rules.report(rulesOf(windows)); }

    /**
     * The rules of {@code ws} (front-most first), with the rules of windows that share a label handed out
     * among their places in the order the wm lists those windows: the windows of a label take the rules
     * of that label one by one as they are listed, after a restart of the layouter (the wm lists them as
     * before) or of their client (which makes them in the same order). The stacking order among windows
     * of one label is what that costs.
     */
    private List<Rule> rulesOf(List<Window> ws) {
        Map<String, Iterator<Window>> listed = new HashMap<>();
        ws.stream().sorted(Comparator.comparingInt(w -> listPosition.getOrDefault(w.id(), Integer.MAX_VALUE)))
                .collect(Collectors.groupingBy(Window::label, LinkedHashMap::new, Collectors.toList()))
                .forEach((label, same) -> listed.put(label, same.iterator()));
        return ws.stream().map(w -> ruleOf(listed.get(w.label()).next())).toList();
    }

    private Rule ruleOf(Window w) {
        Rect r = grab instanceof Drag d && d.window() == w.id() && !w.maximized() ? d.origin() : w.committed();
        return new Rule(LabelMatch.exactly(w.label()), Optional.of(r.position()), Optional.of(r.area()), w.maximized());
    }

    // ---- the window list --------------------------------------------------------------------------

    private void arrived(List<ClientWindow> list) {
        Map<Integer, ClientWindow> listed = new HashMap<>();
        for (ClientWindow c : list) listed.put(c.id(), c);
        List<Window> gone = windows.stream().filter(w -> !listed.containsKey(w.id())).toList();
        if (!gone.isEmpty()) disappeared(gone);

        List<ClientWindow> fresh = new ArrayList<>();
        for (ClientWindow c : list) {
            Optional<Window> known = window(c.id());
            if (known.isPresent()) set(known.get().updatedBy(c, liveResize(c.id())));
            else fresh.add(c);
        }
        if (!fresh.isEmpty()) appeared(fresh);
        listPosition.clear();
        for (int i = 0; i < list.size(); i++) listPosition.put(list.get(i).id(), i);
        if (focused != 0 && !visible(focused)) focused = history.first(this::visible);
        pendingRequest.ifPresent(this::requested);
    }

    private void disappeared(List<Window> gone) {
        List<Rule> last = rulesOf(gone);
        windows.removeAll(gone);
        rules = rules.remembering(last, Set.copyOf(windows.stream().map(Window::label).toList()));
        for (Window w : gone) {
            history = history.without(w.id());
            if (hover.window() == w.id()) hover = Hover.NONE;
            if (grab instanceof Drag d && d.window() == w.id()) grab = Grab.FREE;
        }
    }

    /**
     * New windows: those the rules know go where the rules say, stacked in the rules' order; the others
     * then find a free spot and go in front, the latest in front of all.
     */
    private void appeared(List<ClientWindow> fresh) {
        Map<String, Integer> counts = new HashMap<>();
        for (Window w : windows) counts.merge(w.label(), 1, Integer::sum);
        record Ruled(Window window, int rank) { }
        List<Ruled> ruled = new ArrayList<>();
        List<ClientWindow> unruled = new ArrayList<>();
        for (ClientWindow c : fresh) {
            int nth = counts.merge(c.label(), 1, Integer::sum) - 1;
            Optional<Rule> rule = rules.exactFor(c.label(), nth);
            if (rule.isPresent()) ruled.add(new Ruled(arrive(c, rule), rules.exact().indexOf(rule.get())));
            else unruled.add(c);
        }
        ruled.sort(Comparator.comparingInt(Ruled::rank));
        windows.addAll(0, ruled.stream().map(r -> normalized(r.window())).toList());
        for (ClientWindow c : unruled) {
            Optional<Rule> policy = rules.wildcardFor(c.label())
                    .or(() -> config.policies().stream().filter(p -> p.match().matches(c.label())).findFirst());
            windows.addFirst(normalized(arrive(c, policy)));
        }
        for (ClientWindow c : fresh) history = history.with(c.id());
    }

    private Window arrive(ClientWindow c, Optional<Rule> rule) {
        Area size = rule.flatMap(Rule::size).orElse(c.size());
        Point at = rule.flatMap(Rule::position).map(p -> fitted(Rect.of(p, size)).position())
                .orElseGet(() -> freeSpot(c.id(), size));
        Window w = Window.placed(c, at).requesting(size);
        return rule.filter(Rule::maximized).isPresent() ? w.maximizedTo(maximized(), Rect.of(at, size)) : w;
    }

    private Point freeSpot(int id, Area size) {
        List<Rect> occupied = windows.stream().filter(w -> !w.client().hidden())
                .map(w -> margins.outer(Rect.of(w.position(), w.expectedSize()))).toList();
        return Placement.free(margins.outer(size), occupied, screen).map(margins::content)
                .orElseGet(() -> fitted(Rect.of(Placement.cascade(id, screen), size)).position());
    }

    /** {@code content} moved so that its frame is on the screen. */
    private Rect fitted(Rect content) {
        Rect outer = Placement.fit(margins.outer(content), screen);
        return Rect.of(margins.content(outer.position()), content.area());
    }

    // ---- screen and decorations -----------------------------------------------------------------

    /**
     * A new screen: maximized windows fill it, the others move onto it, and those too big for it are
     * asked to shrink, so that every window stays reachable.
     */
    private void resized(Rect s) {
        if (s.equals(screen)) return;
        screen = s;
        keepOnScreen();
    }

    /**
     * After a new screen or new margins: maximized windows fill the screen within the margins, the others
     * move the least that puts their frame on it, and those too big for it are asked to shrink. New margins
     * matter as much as a new screen: a window placed before the decorator told its margins (at the very
     * top) would keep its title bar above the screen.
     */
    private void keepOnScreen() {
        Area room = maximized().area();
        for (Window w : List.copyOf(windows)) {
            if (w.maximized()) {
                set(w.maximizedTo(maximized(), fitted(w.restore())));
                continue;
            }
            Area size = w.expectedSize();
            Area fits = new Area(Math.min(size.width(), room.width()), Math.min(size.height(), room.height()));
            Window shrunk = fits.equals(size) || w.closing() ? w : w.requesting(fits);
            set(shrunk.at(fitted(Rect.of(w.position(), fits)).position()));
        }
    }

    // ---- hover and input --------------------------------------------------------------------------

    private void hovered(Hover h) {
        hover = window(h.window()).isPresent() ? h : Hover.NONE;
        if (grab instanceof Grab.Unresolved(Point at, boolean released)) {
            if (hover.any()) press(hover, at, released);
            else if (released) grab = Grab.FREE;
            if (grab instanceof Drag d) dragged(d);
        }
    }

    private void input(InputEvent e) {
        switch (e) {
            case InputEvent.AbsoluteMotion(int x, int y) -> moved(new Point(Limits.coord(x), Limits.coord(y)));
            case InputEvent.Press(int code) -> pressed(code);
            case InputEvent.Release(int code) -> released(code);
            case InputEvent.RelativeMotion _, InputEvent.Wheel _, InputEvent.Touch _, InputEvent.TouchRelease _,
                 InputEvent.Focus _, InputEvent.Leave _, InputEvent.Character _ -> { }
        }
    }

    private void moved(Point p) {
        pointer = p;
        switch (grab) {
            case Drag d -> dragged(d);
            case Grab.Unresolved(var _, var released) when released -> grab = Grab.FREE;
            case Grab.Unresolved _, Grab.Free _ -> { }
        }
    }

    private void pressed(int code) {
        if (!held.add(code)) return;
        if (code == Keycodes.BTN_LEFT) {
            if (held.size() == 1) {
                if (hover.any()) press(hover, pointer, false);
                else grab = new Grab.Unresolved(pointer, false);
            }
            return;
        }
        if (held.size() == 1) keys = KeySequence.EMPTY;
        stroke(new Stroke(true, code));
    }

    private void released(int code) {
        if (!held.remove(code)) return;
        if (code == Keycodes.BTN_LEFT) {
            switch (grab) {
                case Drag d -> dropped(d);
                case Grab.Unresolved(var at, var _) -> grab = new Grab.Unresolved(at, true);
                case Grab.Free _ -> { }
            }
        } else {
            stroke(new Stroke(false, code));
        }
        if (held.isEmpty()) history = history.focused(focused);
    }

    /** A click on {@code h}: raises and focuses the window, then acts on the element. */
    private void press(Hover h, Point at, boolean released) {
        int id = h.window();
        raise(id);
        focused = id;
        history = history.focused(id);
        Rect origin = window(id).orElseThrow().geometry();
        grab = switch (h.element()) {
            case MAXIMIZER -> {
                toggleMaximized(id);
                yield Grab.FREE;
            }
            case CLOSER -> {
                if (released) close(id);
                yield released ? Grab.FREE : new Drag(id, Element.CLOSER, at, origin);
            }
            case TITLE, LEFT, RIGHT, TOP, BOTTOM, TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT ->
                    released ? Grab.FREE : new Drag(id, h.element(), at, origin);
            case NONE -> Grab.FREE;
        };
    }

    /**
     * The pointer moved while {@code d} holds a window: the title moves it, a sizer asks the client for
     * the size the pointer describes (a window that cannot be resized moves instead). A maximized
     * window stays put.
     */
    private void dragged(Drag d) {
        Window w = window(d.window()).orElseThrow();
        if (w.maximized()) return;
        Point offset = d.offset(pointer);
        Element e = d.element();
        if (e == Element.TITLE || (e.sizer() && !w.client().resizeable())) {
            set(w.at(d.origin().position().plus(offset)));
        } else if (e.sizer()) {
            Area from = d.origin().area();
            int width = from.width() + (e.left() ? -offset.x() : e.right() ? offset.x() : 0);
            int height = from.height() + (e.top() ? -offset.y() : e.bottom() ? offset.y() : 0);
            set(w.requesting(new Area(Math.clamp(width, 1, Limits.MAX_SIZE), Math.clamp(height, 1, Limits.MAX_SIZE)))
                    .anchoredAt(e));
        }
    }

    /** The button went up: a release on the closer it was pressed on closes the window. */
    private void dropped(Drag d) {
        grab = Grab.FREE;
        if (d.element() == Element.CLOSER && hover.equals(new Hover(d.window(), Element.CLOSER))) close(d.window());
        window(d.window()).filter(w -> !w.resizePending()).ifPresent(w -> set(w.anchoredAt(Element.NONE)));
    }

    private boolean liveResize(int id) {
        return grab instanceof Drag d && d.window() == id && d.element().sizer();
    }

    private void stroke(Stroke stroke) {
        KeySequence.Step step = keys.apply(stroke, config.keys());
        keys = step.next();
        step.action().ifPresent(this::perform);
    }

    private void perform(KeyAction action) {
        switch (action) {
            case NEXT_WINDOW -> focused = history.next(focused, this::visible);
            case PREV_WINDOW -> focused = history.prev(focused, this::visible);
            case RAISE_WINDOW -> raise(focused);
            case TOGGLE_FULLSCREEN -> {
                raise(focused);
                toggleMaximized(focused);
            }
            case CLOSE -> close(focused);
        }
    }

    // ---- focus requests -----------------------------------------------------------------------------

    /**
     * Raises the windows whose labels start with the request's label, keeping their order, and
     * focuses the front-most. A request for windows not there yet waits for them.
     */
    private void requested(FocusRequest r) {
        if (r.id() == handledRequest) return;
        pendingRequest = Optional.empty();
        if (!r.fresh()) {
            handledRequest = r.id();
            return;
        }
        List<Window> matching = windows.stream()
                .filter(w -> !r.label().isEmpty() && w.label().startsWith(r.label()) && !w.client().hidden()).toList();
        if (matching.isEmpty()) {
            pendingRequest = Optional.of(r);
            return;
        }
        handledRequest = r.id();
        windows.removeAll(matching);
        windows.addAll(0, matching);
        windows.set(0, windows.getFirst().raised());
        focused = matching.getFirst().id();
        history = history.focused(focused);
    }

    // ---- operations on one window -------------------------------------------------------------------

    private boolean visible(int id) { return window(id).filter(w -> !w.client().hidden()).isPresent(); }

    private void raise(int id) {
        int at = indexOf(id);
        if (at <= 0) return;
        windows.addFirst(windows.remove(at).raised());
    }

    private void toggleMaximized(int id) {
        window(id).ifPresent(w -> set(w.maximized() ? w.restored() : w.maximizedTo(maximized(), w.geometry())));
    }

    private void close(int id) { window(id).ifPresent(w -> set(w.closed())); }

    private void set(Window w) { windows.set(indexOf(w.id()), normalized(w)); }

    /** A client that cannot be resized is never asked to be, except to close. */
    private static Window normalized(Window w) {
        return w.client().resizeable() || w.closing() ? w : w.requesting(w.size());
    }

    private int indexOf(int id) {
        for (int i = 0; i < windows.size(); i++) if (windows.get(i).id() == id) return i;
        return -1;
    }
}
