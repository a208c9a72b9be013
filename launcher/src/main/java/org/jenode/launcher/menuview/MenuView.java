package org.jenode.launcher.menuview;

import java.util.List;
import java.util.Optional;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.report.Reporter;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.input.InputReader;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * {@code menu_view}: renders the dialog of ROM {@code dialog} at ({@code xpos}, {@code ypos}) of its
 * config and reports the widgets under the pointer as {@code hover}. The view is as large as the
 * dialog and titled by the config's {@code title} (default {@code menu}); an empty dialog shows nothing. A dialog that does not parse is ignored with a warning and the
 * last one stays.
 */
public final class MenuView implements Component {

    /** The session's bookkeeping (command buffer, input queue, a view) and slack; buffers are paid on top. */
    static final long SESSION_QUOTA = 64 * 1024;

    private final Env env;
    private final NitpickerSession gui;
    private final CommandQueue commands;
    private final ViewHandle view;
    private final AttachedRom dialog;
    private final Reporter hover;
    private final InputReader reader;
    private final DialogParser parser;
    private long bufferPaid;
    private Mode mode = new Mode(0, 0);
    private FramebufferSession fb;
    private Placed placed = Layout.place(new Widget.VBox("", List.of()), Rect.EMPTY);
    private Point position = Point.ORIGIN;
    /** Whether the view is on the screen (a dialog of no size hides it). */
    private boolean shown;
    private Optional<Point> pointer = Optional.empty();

    public MenuView(Env env) {
        this.env = env;
        this.gui = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(SESSION_QUOTA));
        this.commands = new CommandQueue(gui);
        this.view = gui.createView(ViewHandle.NONE);
        this.hover = new Reporter(env, "hover");
        Icons icons = new Icons(env);
        this.parser = new DialogParser(icons::image, warning -> env.log().warn("{}", warning));
        this.dialog = new AttachedRom(env, "dialog");
        dialog.sigh(env.ep().handler(this::update));
        env.config().sigh(env.ep().handler(this::update));
        this.reader = new InputReader(gui.input());
        gui.input().sigh(env.ep().handler(this::input));
        update();
    }

    private void update() {
        dialog.update();
        env.config().update();
        XmlNode config = env.config().xml();
        position = new Point(config.intAttribute("xpos", 0), config.intAttribute("ypos", 0));
        String title = config.attribute("title", "menu");
        Widget root;
        try {
            root = parser.parse(dialog.validXml().orElse(XmlNode.builder("dialog").build()));
        } catch (XmlException e) {
            env.log().warn("ignoring dialog: {}", e.getMessage());
            return;
        }
        Area size = Layout.size(root);
        placed = Layout.place(root, Rect.of(size));
        if (size.empty()) {
            commands.enqueue(new Command.Geometry(view, Rect.EMPTY)).execute();
            shown = false;
        } else {
            draw(size);
            commands.enqueue(new Command.Geometry(view, Rect.of(position, size))).enqueue(new Command.Title(view, title));
            // raised when it appears, not on every new dialog: a live status must not lift the menu over
            // the windows the user has put in front of it since
            if (!shown) commands.enqueue(new Command.ToFront(view, ViewHandle.NONE));
            commands.execute();
            shown = true;
        }
        reportHover();
    }

    private void draw(Area size) {
        Mode wanted = Mode.of(size);
        if (!wanted.equals(mode)) {
            long need = NitpickerSession.ramQuota(wanted, false);
            if (need > bufferPaid) {
                env.upgrade(gui, need - bufferPaid);
                bufferPaid = need;
            }
            gui.buffer(wanted, false);
            fb = gui.framebuffer();
            mode = wanted;
        }
        Canvas canvas = new Canvas(fb.dataspace().ints(), mode.width(), mode.height());
        canvas.fill(Rect.of(size), Style.FRAME);
        WidgetPainter.paint(canvas, placed);
        fb.refresh(Rect.of(size));
    }

    private void input() {
        for (InputEvent e : reader.drain()) {
            switch (e) {
                case InputEvent.AbsoluteMotion(int x, int y) -> pointer = Optional.of(new Point(x - position.x(), y - position.y()));
                case InputEvent.Touch t -> pointer = Optional.of(new Point(t.x() - position.x(), t.y() - position.y()));
                case InputEvent.Leave _ -> pointer = Optional.empty();
                default -> { }
            }
        }
        reportHover();
    }

    /** Only with {@code <report hover="yes"/>}, as Genode's: menu_view.run routes no Report session to it. */
    private void reportHover() {
        if (env.config().xml().child("report").map(r -> r.boolAttribute("hover", false)).orElse(false))
            hover.report(HoverReport.of(pointer.map(placed::path).orElse(List.of())));
    }

    @Override public void close() { hover.close(); }
}
