package org.jenode.apps.pointer;

import org.jenode.apps.common.GuiBuffer;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;

/** {@code pointer}: an alpha buffer with the arrow, input mask 0, one view at (0,0) in front. */
public final class Pointer implements Component {

    public Pointer(Env env) {
        Mode size = Mode.of(ArrowCursor.SIZE);
        GuiBuffer gui = new GuiBuffer(env, "", size, true);
        gui.resize(size, true);
        ArrowCursor.writeBuffer(gui.bytes());
        gui.refresh();
        ViewHandle view = gui.createView(ViewHandle.NONE);
        gui.commands().enqueue(new Command.Geometry(view, Rect.of(size.area())))
                .enqueue(new Command.Title(view, "pointer"))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE))
                .execute();
    }
}
