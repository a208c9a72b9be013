package org.jenode.decorator;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Dataspace;
import org.jenode.base.SessionArgs;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;

/**
 * A stand-in in the wm's place between the decorator and nitpicker: every call goes on to a real
 * nitpicker session (which it pays for), and the view commands of each {@code execute()}, the views
 * destroyed and the areas refreshed are recorded, so that a test sees exactly what the wm would see.
 */
final class CommandRecorder {

    private final List<List<Command>> batches = new CopyOnWriteArrayList<>();
    private final List<ViewHandle> destroyed = new CopyOnWriteArrayList<>();
    private final List<Rect> refreshed = new CopyOnWriteArrayList<>();

    Binary binary(String name) {
        return new Binary(name, env -> {
            env.announce(NitpickerSession.class, _ ->
                    new Recording(env.session(NitpickerSession.class, "", SessionArgs.ramQuota(12 << 20))));
            return new Component() { };
        });
    }

    /** The commands of every {@code execute()} so far, in order. */
    List<List<Command>> batches() { return List.copyOf(batches); }

    /** All recorded commands in one list. */
    List<Command> all() {
        List<Command> out = new ArrayList<>();
        batches.forEach(out::addAll);
        return out;
    }

    /** The areas of the buffer refreshed so far. */
    List<Rect> refreshed() { return List.copyOf(refreshed); }

    /** The views destroyed so far. */
    List<ViewHandle> destroyed() { return List.copyOf(destroyed); }

    void forget() {
        batches.clear();
        destroyed.clear();
        refreshed.clear();
    }

    private final class Recording implements NitpickerSession {
        private final NitpickerSession real;

        Recording(NitpickerSession real) { this.real = real; }

        @Override public void execute() {
            IntBuffer shared = real.commandDataspace().ints();
            int[] copy = new int[shared.capacity()];
            shared.get(0, copy);
            List<Command> batch = CommandCodec.readAndReset(IntBuffer.wrap(copy));
            if (!batch.isEmpty()) batches.add(batch);
            real.execute();
        }

        @Override public FramebufferSession framebuffer() { return new RecordingFramebuffer(real.framebuffer()); }
        @Override public InputSession input() { return real.input(); }
        @Override public ViewHandle createView(ViewHandle parent) { return real.createView(parent); }
        @Override public void destroyView(ViewHandle view) {
            destroyed.add(view);
            real.destroyView(view);
        }
        @Override public ViewHandle viewHandle(ViewCapability view, ViewHandle designated) { return real.viewHandle(view, designated); }
        @Override public ViewCapability viewCapability(ViewHandle view) { return real.viewCapability(view); }
        @Override public void releaseViewHandle(ViewHandle view) { real.releaseViewHandle(view); }
        @Override public Dataspace commandDataspace() { return real.commandDataspace(); }
        @Override public Mode mode() { return real.mode(); }
        @Override public void modeSigh(SignalHandler handler) { real.modeSigh(handler); }
        @Override public void buffer(Mode mode, boolean alpha) { real.buffer(mode, alpha); }
        @Override public void focus(NitpickerSession session) { real.focus(session); }
        @Override public void sessionControl(String selector, SessionControl control) { real.sessionControl(selector, control); }
        @Override public void close() { real.close(); }
    }

    private final class RecordingFramebuffer implements FramebufferSession {
        private final FramebufferSession real;

        RecordingFramebuffer(FramebufferSession real) { this.real = real; }

        @Override public void refresh(Rect area) {
            refreshed.add(area);
            real.refresh(area);
        }

        @Override public Mode mode() { return real.mode(); }
        @Override public Dataspace dataspace() { return real.dataspace(); }
        @Override public void modeSigh(SignalHandler handler) { real.modeSigh(handler); }
        @Override public void syncSigh(SignalHandler handler) { real.syncSigh(handler); }
        @Override public void close() { real.close(); }
    }
}
