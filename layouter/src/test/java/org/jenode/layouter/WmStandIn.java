package org.jenode.layouter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.SessionRequest;
import org.jenode.base.SignalHandler;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputQueue;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;

/**
 * Stands in for the wm in a scenario: a probe through which the test publishes {@code window_list}
 * and reads {@code resize_request} and {@code focus}, and which serves the layouter's GUI session as
 * the wm's layouter role does, with an input that carries what the test submits (the decorator's events
 * and global keys). Anything else the layouter might ask of the session is refused, so a layouter that
 * reached for a buffer or a view would fault.
 */
final class WmStandIn {

    private final List<InputQueue> inputs = new CopyOnWriteArrayList<>();
    final Probe probe = new Probe("wm", env -> env.announce(NitpickerSession.class, this::layouterSession));

    /** How many layouter sessions were opened: a restarted layouter opens another. */
    int sessions() { return inputs.size(); }

    /** Hands events to the layouter of the latest session, as the wm forwards the decorator's input. */
    void submit(InputEvent... events) {
        InputQueue input = inputs.getLast();
        for (InputEvent e : events) input.add(e);
    }

    private NitpickerSession layouterSession(SessionRequest<NitpickerSession> request) {
        InputQueue input = new InputQueue(request.quota(), InputQueue.DEFAULT_CAPACITY);
        inputs.add(input);
        return new InputOnly(input);
    }

    /** The layouter role's session: input, and nothing of pixels or views. */
    private record InputOnly(InputQueue queue) implements NitpickerSession {
        @Override public InputSession input() { return queue; }
        @Override public FramebufferSession framebuffer() { throw refused("framebuffer"); }
        @Override public ViewHandle createView(ViewHandle parent) { throw refused("createView"); }
        @Override public void destroyView(ViewHandle view) { throw refused("destroyView"); }
        @Override public ViewHandle viewHandle(ViewCapability view, ViewHandle designated) { throw refused("viewHandle"); }
        @Override public ViewCapability viewCapability(ViewHandle view) { throw refused("viewCapability"); }
        @Override public void releaseViewHandle(ViewHandle view) { throw refused("releaseViewHandle"); }
        @Override public Dataspace commandDataspace() { throw refused("commandDataspace"); }
        @Override public void execute() { throw refused("execute"); }
        @Override public Mode mode() { throw refused("mode"); }
        @Override public void modeSigh(SignalHandler handler) { throw refused("modeSigh"); }
        @Override public void buffer(Mode mode, boolean alpha) { throw refused("buffer"); }
        @Override public void focus(NitpickerSession session) { throw refused("focus"); }
        @Override public void sessionControl(String selector, SessionControl control) { throw refused("sessionControl"); }
        @Override public void close() { queue.close(); }

        private static InvalidRequestException refused(String call) {
            return new InvalidRequestException("the layouter's session has no " + call);
        }
    }
}
