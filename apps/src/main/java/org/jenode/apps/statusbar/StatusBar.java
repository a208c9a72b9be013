package org.jenode.apps.statusbar;

import org.jenode.apps.common.GuiBuffer;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Rect;
import org.jenode.base.rom.AttachedRom;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;

/** {@code status_bar}: a screen-wide bar, redrawn on every focus report and rebuilt on mode change. */
public final class StatusBar implements Component {

    private final GuiBuffer gui;
    private final AttachedRom focus;
    private final ViewHandle view;
    private final StatusBarPainter painter = new StatusBarPainter();

    public StatusBar(Env env) {
        this.gui = new GuiBuffer(env, "", new Mode(1920, StatusBarPainter.HEIGHT), false);
        this.focus = new AttachedRom(env, "focus");
        this.view = gui.createView(ViewHandle.NONE);
        gui.commands().enqueue(new Command.Title(view, "status_bar"));
        focus.sigh(env.ep().handler(this::onFocus));
        gui.session().modeSigh(env.ep().handler(this::onMode));
        onMode();
    }

    private void onMode() {
        Mode screen = gui.screen();
        if (screen.width() == 0) return;
        Mode bar = new Mode(screen.width(), StatusBarPainter.HEIGHT);
        gui.resize(bar, false);
        gui.commands().enqueue(new Command.Geometry(view, Rect.of(bar.area())))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE))
                .execute();
        draw();
    }

    private void onFocus() {
        focus.update();
        draw();
    }

    private void draw() {
        if (gui.canvas() == null) return;
        painter.paint(gui.canvas(), FocusInfo.of(focus.xml()));
        gui.refresh();
    }
}
