package org.jenode.apps.testnit;

import java.util.ArrayList;
import java.util.List;
import org.jenode.apps.common.GuiBuffer;
import org.jenode.apps.common.WindowMode;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Font;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.input.InputReader;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.ViewHandle;

/**
 * {@code testnit}: three top-level views (one translucent with a disc-shaped input mask) plus a child
 * view nested in the first. The client keeps its own idea of the stacking order (front first) to know
 * which view a press hits; nitpicker only sends the press because some view of ours took it.
 *
 * <p>Under a window manager each top-level view is a window. The session's mode is one size for all of
 * them (a wm cannot say which window a resize is for), so a resize gives every tile the new size, and a
 * close request ends testnit.
 */
public final class Testnit implements Component {

    private static final String[] TITLES = {"testnit 1", "testnit 2", "translucent", "child of 1"};

    private final Env env;
    private final GuiBuffer gui;
    private final WindowMode window;
    private final InputReader input;
    private TestnitPainter painter = new TestnitPainter(TestnitPainter.TILE);
    private final List<TestView> views = new ArrayList<>();
    /** Indices of top-level views, front first. */
    private final List<Integer> stacking = new ArrayList<>();
    private Point pointer = Point.ORIGIN;
    private int dragged = -1;
    private Point grab = Point.ORIGIN;

    public Testnit(Env env) {
        this.env = env;
        Mode size = Mode.of(painter.buffer());
        this.gui = new GuiBuffer(env, "", size, true);
        gui.resize(size, true);
        paint();

        int x = env.config().xml().intAttribute("xpos", 60), y = env.config().xml().intAttribute("ypos", 60);
        add(0, new Point(x, y), -1);
        add(1, new Point(x + 260, y + 60), -1);
        add(2, new Point(x + 130, y + 150), -1);
        add(3, new Point(40, 82), 0);
        stacking.addAll(List.of(2, 1, 0));
        for (int i = stacking.size() - 1; i >= 0; i--) raise(stacking.get(i));
        gui.commands().execute();
        this.window = new WindowMode(env, gui.session(), Mode.of(painter.tileSize()), this::requested);

        this.input = new InputReader(gui.session().input());
        gui.session().input().sigh(env.ep().handler(this::onInput));
    }

    private void paint() {
        Mode size = gui.mode();
        painter.paint(gui.canvas(), gui.bytes().position(size.width() * size.height() * 4).slice(), Font.ofSize(13), TITLES);
        gui.refresh();
    }

    private void add(int tile, Point at, int parent) {
        ViewHandle h = gui.createView(parent < 0 ? ViewHandle.NONE : views.get(parent).handle());
        TestView v = shaped(new TestView(h, TITLES[tile], new Rect(at.x(), at.y(), 0, 0), Point.ORIGIN, parent), tile);
        views.add(v);
        gui.commands().enqueue(new Command.Geometry(h, v.rect()))
                .enqueue(new Command.Offset(h, v.offset()))
                .enqueue(new Command.Title(h, v.title()));
    }

    /**
     * {@code v} showing tile {@code tile} of the current painter: a top-level view is the tile's size, a
     * child shows the middle of its tile (where the tile's title is) through a smaller view.
     */
    private TestView shaped(TestView v, int tile) {
        Rect src = painter.tile(tile);
        Rect rect = v.parent() < 0 ? Rect.of(v.rect().position(), src.area()) : new Rect(v.rect().x(), v.rect().y(), 120, 50);
        Point source = v.parent() < 0 ? src.position() : src.position().plus(new Point(src.width() / 2 - 60, src.height() / 2 - 25));
        return new TestView(v.handle(), v.title(), rect, source, v.parent());
    }

    private void requested(WindowMode.Request request) {
        switch (request) {
            case WindowMode.Request.Resize(Mode size) -> resize(size.area());
            case WindowMode.Request.Close() -> env.exit(0);
        }
    }

    /** Every tile, and so every window, takes {@code tile}; the views show the tiles where they now lie. */
    private void resize(Area tile) {
        TestnitPainter next = new TestnitPainter(tile);
        if (next.buffer().equals(painter.buffer()) || gui.resizeIfAffordable(Mode.of(next.buffer()), true)) {
            painter = next;
            paint();
            for (int i = 0; i < views.size(); i++) {
                TestView v = shaped(views.get(i), i);
                views.set(i, v);
                gui.commands().enqueue(new Command.Geometry(v.handle(), v.rect())).enqueue(new Command.Offset(v.handle(), v.offset()));
            }
            gui.commands().execute();
        }
        window.shown(Mode.of(painter.tileSize()));
    }

    private void onInput() {
        for (InputEvent e : input.drain()) {
            switch (e) {
                case InputEvent.AbsoluteMotion(int x, int y) -> {
                    pointer = new Point(x, y);
                    if (dragged >= 0) move(dragged, pointer.minus(grab));
                }
                case InputEvent.Press(int code) when code == Keycodes.BTN_LEFT -> press();
                case InputEvent.Release(int code) when code == Keycodes.BTN_LEFT -> dragged = -1;
                default -> { }
            }
        }
    }

    /** Raises the top-level view under the pointer and starts dragging it. */
    private void press() {
        for (int i : stacking) {
            TestView v = views.get(i);
            if (hits(v)) {
                stacking.remove(Integer.valueOf(i));
                stacking.add(0, i);
                raise(i);
                gui.commands().execute();
                dragged = i;
                grab = pointer.minus(v.rect().position());
                return;
            }
        }
    }

    /**
     * Brings a top-level view to the front, then its children in front of it: nitpicker's stack is flat,
     * so a child stays visible above its parent only because its client keeps it there.
     */
    private void raise(int index) {
        CommandQueue q = gui.commands();
        q.enqueue(new Command.ToFront(views.get(index).handle(), ViewHandle.NONE));
        for (TestView child : views) {
            if (child.parent() == index) q.enqueue(new Command.ToFront(child.handle(), ViewHandle.NONE));
        }
    }

    /** Inside the view's rectangle and, for the translucent one, inside its input mask. */
    private boolean hits(TestView v) {
        if (!v.rect().contains(pointer)) return false;
        Point b = v.bufferPixel(v.rect().position(), pointer);
        Area buffer = painter.buffer();
        if (!buffer.contains(b)) return false;
        return gui.bytes().get(buffer.width() * buffer.height() * 4 + b.y() * buffer.width() + b.x()) != 0;
    }

    private void move(int index, Point to) {
        TestView v = views.get(index).movedTo(to);
        views.set(index, v);
        gui.commands().enqueue(new Command.Geometry(v.handle(), v.rect())).execute();
    }
}
