package org.jenode.apps.imageviewer;

import java.util.Optional;
import org.jenode.apps.common.GuiBuffer;
import org.jenode.apps.common.Image;
import org.jenode.apps.common.WindowMode;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;

/**
 * {@code image_viewer}: reads the ROM named by {@code rom} (default {@code image}), decodes it and shows
 * it unscaled at {@code xpos}/{@code ypos}. A changed ROM or config shows the new picture. In a window
 * manager's window the picture is scaled to fit the size the wm asks for, and the viewer ends when its
 * window is closed.
 */
public final class ImageViewer implements Component {

    private final Env env;
    private final GuiBuffer gui;
    private final ViewHandle view;
    private AttachedRom rom;
    private Image image;
    /** Set once the first picture is shown: from then on the session's mode may be the window's. */
    private WindowMode window;
    /** The size the wm asked for; empty while the window is the picture's size. */
    private Optional<Mode> resized = Optional.empty();

    public ImageViewer(Env env) {
        this.env = env;
        this.gui = new GuiBuffer(env, "", new Mode(640, 480), false);
        this.view = gui.createView(ViewHandle.NONE);
        env.config().sigh(env.ep().handler(() -> {
            env.config().update();
            open();
        }));
        open();
    }

    private void open() {
        String name = env.config().xml().attribute("rom", "image");
        if (rom == null || !rom.name().equals(name)) {
            if (rom != null) rom.close();
            rom = new AttachedRom(env, name);
            rom.sigh(env.ep().handler(() -> {
                rom.update();
                decode();
            }));
        }
        decode();
    }

    private void decode() {
        Optional<Image> decoded = Image.decode(rom.bytes());
        if (decoded.isEmpty()) {
            env.log().warn("ROM '{}' holds no image", rom.name());
            return;
        }
        image = decoded.get();
        Mode size = resized.orElse(new Mode(image.width(), image.height()));
        if (!size.equals(gui.mode())) gui.resize(size, false);
        show();
        if (window == null) window = new WindowMode(env, gui.session(), gui.mode(), this::requested);
        else window.shown(gui.mode());
    }

    private void requested(WindowMode.Request request) {
        switch (request) {
            case WindowMode.Request.Resize(Mode size) -> {
                if (gui.resizeIfAffordable(size, false)) {
                    resized = Optional.of(size);
                    show();
                }
                window.shown(gui.mode());
            }
            case WindowMode.Request.Close() -> env.exit(0);
        }
    }

    /** Paints the picture fitted into the buffer and gives the view the buffer's size. */
    private void show() {
        Fitted.paint(gui.canvas(), image);
        gui.refresh();
        XmlNode config = env.config().xml();
        gui.commands().enqueue(new Command.Geometry(view,
                        Rect.of(new Point(config.intAttribute("xpos", 100), config.intAttribute("ypos", 100)), gui.mode().area())))
                .enqueue(new Command.Title(view, rom.name()))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE))
                .execute();
    }
}
