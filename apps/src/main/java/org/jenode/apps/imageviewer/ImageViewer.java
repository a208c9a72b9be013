package org.jenode.apps.imageviewer;

import java.util.Optional;
import org.jenode.apps.common.GuiBuffer;
import org.jenode.apps.common.Image;
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
 * it unscaled at {@code xpos}/{@code ypos}. A changed ROM or config shows the new picture.
 */
public final class ImageViewer implements Component {

    private final Env env;
    private final GuiBuffer gui;
    private final ViewHandle view;
    private AttachedRom rom;

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
                show();
            }));
        }
        show();
    }

    private void show() {
        Optional<Image> image = Image.decode(rom.bytes());
        if (image.isEmpty()) {
            env.log().warn("ROM '{}' holds no image", rom.name());
            return;
        }
        Image img = image.get();
        Mode size = new Mode(img.width(), img.height());
        if (!size.equals(gui.mode())) gui.resize(size, false);
        gui.canvas().blit(img.canvas(), Point.ORIGIN, true);
        gui.refresh();
        XmlNode config = env.config().xml();
        gui.commands().enqueue(new Command.Geometry(view,
                        Rect.of(new Point(config.intAttribute("xpos", 100), config.intAttribute("ypos", 100)), size.area())))
                .enqueue(new Command.Title(view, rom.name()))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE))
                .execute();
    }
}
