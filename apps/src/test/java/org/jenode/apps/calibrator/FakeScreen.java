package org.jenode.apps.calibrator;

import java.util.concurrent.CompletableFuture;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.EventQueue;
import org.jenode.input.InputSession;

/**
 * A stand-in for a framebuffer driver with a touch screen: a fixed-size screen in memory and an input
 * queue into which the test puts the events a user's finger would cause.
 */
final class FakeScreen implements Component {

    static final Mode MODE = new Mode(640, 480);

    final Env env;
    final Dataspace pixels;
    volatile EventQueue input;

    private FakeScreen(Env env) {
        this.env = env;
        // The test pays for the screen itself: the driver's memory, not a client's.
        this.pixels = env.ram().allocate(MODE.bytes());
        env.announce(FramebufferSession.class, request -> new FramebufferSession() {
            @Override public Mode mode() { return MODE; }
            @Override public Dataspace dataspace() { return pixels; }
            @Override public void refresh(Rect area) { }
            @Override public void modeSigh(SignalHandler handler) { }
            @Override public void syncSigh(SignalHandler handler) { }
            @Override public void close() { }
        });
        env.announce(InputSession.class, request -> {
            input = new EventQueue(request.quota(), 64);
            return input;
        });
    }

    static Binary binary(CompletableFuture<FakeScreen> started) {
        return new Binary("fake_screen", env -> {
            FakeScreen screen = new FakeScreen(env);
            started.complete(screen);
            return screen;
        });
    }
}
