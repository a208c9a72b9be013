package org.jenode.apps.scenario;

import java.util.function.BooleanSupplier;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.EventQueue;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;

/**
 * Test double for a framebuffer and input driver (fb_headless is not available to this module yet): a
 * binary announcing Framebuffer and Input whose pixels the test reads and whose events it injects.
 */
final class FakeScreen {

    private volatile Mode mode;
    private volatile Mode pending;
    private volatile SignalHandler modeSigh;
    private volatile Env env;
    private volatile Dataspace screen;
    private volatile EventQueue events;
    private volatile SignalHandler syncSigh;

    FakeScreen(int width, int height) { this.mode = new Mode(width, height); }

    Binary binary() {
        return new Binary("fake_fb", e -> {
            screen = e.ram().allocate(mode.bytes());
            events = new EventQueue(e.ram(), 256);
            e.announce(FramebufferSession.class, request -> new Fb());
            e.announce(InputSession.class, request -> events);
            env = e;
            return new Component() { };
        });
    }

    private final class Fb implements FramebufferSession {
        @Override public Mode mode() { return pending != null ? pending : mode; }

        /** Acknowledges a pending mode change, as the real drivers do. */
        @Override public Dataspace dataspace() {
            if (pending != null) {
                Dataspace old = screen;
                screen = env.ram().allocate(pending.bytes());
                mode = pending;
                pending = null;
                old.free();
            }
            return screen;
        }

        @Override public void refresh(Rect area) { }

        @Override public void modeSigh(SignalHandler handler) { modeSigh = handler; }

        @Override public void syncSigh(SignalHandler handler) { syncSigh = handler; }

        @Override public void close() { }
    }

    void inject(InputEvent... es) {
        await("driver started", () -> env != null);
        env.ep().call(() -> {
            for (InputEvent e : es) events.add(e);
            return null;
        });
    }

    /** The user resized the screen. */
    void changeMode(int width, int height) {
        env.ep().call(() -> {
            pending = new Mode(width, height);
            if (modeSigh != null) modeSigh.submit();
            return null;
        });
    }

    Mode mode() { return mode; }

    /** RGB of a screen pixel (the screen ignores alpha). */
    int rgb(int x, int y) {
        Mode m = mode;
        Dataspace s = screen;
        if (x >= m.width() || y >= m.height() || s.size() < m.bytes()) return -1;
        return s.ints().get(y * m.width() + x) & 0xffffff;
    }

    /** A copy of the screen as a canvas, e.g. for a PNG. */
    Canvas snapshot() {
        Mode m = mode;
        int[] px = new int[m.width() * m.height()];
        screen.ints().get(px);
        for (int i = 0; i < px.length; i++) px[i] |= 0xff000000;
        return Canvas.of(px, m.width(), m.height());
    }

    /** Ticks the display's sync (nitpicker composes on it) until {@code condition} holds, at most 10 s. */
    void awaitScreen(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (screen == null || !condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                if (screen != null) org.jenode.apps.Pngs.write(snapshot(), "timeout-" + what.replaceAll("\\W+", "_"));
                throw new AssertionError("timed out waiting for " + what + " (screen in target/screens/timeout-*.png)");
            }
            SignalHandler s = syncSigh;
            if (s != null) s.submit();
            sleep();
        }
    }

    static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
