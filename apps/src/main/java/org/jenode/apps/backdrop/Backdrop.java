package org.jenode.apps.backdrop;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jenode.apps.common.GuiBuffer;
import org.jenode.apps.common.Image;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;

/**
 * {@code backdrop}: one screen-sized view at the very back, declared as the session's background (which
 * nitpicker makes everyone's background because our label is {@code backdrop}). Re-renders when its
 * config or the screen size changes.
 */
public final class Backdrop implements Component {

    private final Env env;
    private final GuiBuffer gui;
    private final ViewHandle view;
    /** Decoded images by ROM name; reset on config change so that new ROM content is picked up. */
    private final Map<String, Optional<Image>> images = new HashMap<>();

    public Backdrop(Env env) {
        this.env = env;
        this.gui = new GuiBuffer(env, "", new Mode(1024, 768), false);
        this.view = gui.createView(ViewHandle.NONE);
        gui.commands().enqueue(new Command.Background(view)).enqueue(new Command.Title(view, "backdrop"));
        env.config().sigh(env.ep().handler(this::onConfig));
        gui.session().modeSigh(env.ep().handler(this::render));
        render();
    }

    private void onConfig() {
        env.config().update();
        images.clear();
        render();
    }

    private void render() {
        Mode screen = gui.screen();
        if (screen.area().empty()) return;
        if (!screen.equals(gui.mode())) gui.resize(screen, false);
        new BackdropPainter(rom -> images.computeIfAbsent(rom, r -> Image.fromRom(env, r)))
                .paint(gui.canvas(), env.config().xml());
        gui.refresh();
        gui.commands().enqueue(new Command.Geometry(view, Rect.of(screen.area())))
                .enqueue(new Command.ToBack(view, ViewHandle.NONE))
                .execute();
    }
}
