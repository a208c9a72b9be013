package org.jenode.scenarios.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;
import org.junit.jupiter.api.Test;

/**
 * A client declares its buffer again with the same size but an input mask, and never asks for the new
 * buffer: nitpicker must go on reading the buffer it allocated (which has no mask), not a mask past its
 * end, when the pointer moves over the client's view.
 */
class AlphaRedeclareTest {

    @Test
    void addingAlphaWithoutANewBufferDoesNotMakeNitpickerReadPastTheOldOne() {
        try (HostileDesk desk = new HostileDesk("16M")) {
            desk.awaitBystander();
            Rect where = new Rect(250, 150, 100, 100);
            desk.evil.onEp(env -> {
                NitpickerSession gui = env.session(NitpickerSession.class, "masked", SessionArgs.ramQuota(1 << 20));
                Mode mode = new Mode(where.width(), where.height());
                gui.buffer(mode, false);
                gui.framebuffer().dataspace();
                ViewHandle view = gui.createView(ViewHandle.NONE);
                new CommandQueue(gui).enqueue(new Command.Geometry(view, where)).enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
                gui.buffer(mode, true);
                return null;
            });
            EventSession events = desk.witness.onEp(env -> env.session(EventSession.class, "mouse"));
            events.submit(List.of(new InputEvent.AbsoluteMotion(300, 200), new InputEvent.AbsoluteMotion(301, 201)));
            // a later picture: the pointer nitpicker draws has moved over the view, so it routed the motion
            CaptureSession screen = desk.witness.onEp(env -> env.session(CaptureSession.class, "screen"));
            long frames = screen.frames();
            events.submit(List.of(new InputEvent.AbsoluteMotion(10, 10)));
            Await.until("a frame after the motion", () -> screen.frames() > frames);
            desk.awaitBystander();
            assertThat(desk.casualties()).isEmpty();
        }
    }
}
