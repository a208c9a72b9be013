package org.jenode.nitpicker.server;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputQueue;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;

/**
 * Test double for a framebuffer and input driver: a binary announcing Framebuffer and Input whose
 * pixels, refresh rectangles and event injection the test reaches directly (same JVM).
 */
final class FakeDisplay {

    private volatile Env env;
    private volatile Mode mode;
    private volatile Dataspace screen;
    private volatile Mode pendingMode;
    private volatile SignalHandler modeSigh;
    private volatile InputQueue events;
    private final List<Rect> refreshes = new ArrayList<>();
    private volatile SignalHandler syncSigh;

    FakeDisplay(int width, int height) { this.mode = new Mode(width, height); }

    Binary binary() {
        return new Binary("fake_fb", e -> {
            env = e;
            screen = e.ram().allocate(mode.bytes());
            events = new InputQueue(e.ram(), 1024);
            e.announce(FramebufferSession.class, request -> new Fb());
            e.announce(InputSession.class, request -> events);
            return new Component() { };
        });
    }

    private final class Fb implements FramebufferSession {
        @Override public Mode mode() { return pendingMode != null ? pendingMode : mode; }

        @Override public Dataspace dataspace() {
            if (pendingMode != null) {
                screen.free();
                mode = pendingMode;
                pendingMode = null;
                screen = env.ram().allocate(mode.bytes());
            }
            return screen;
        }

        @Override public void refresh(Rect area) {
            synchronized (refreshes) { refreshes.add(area); }
        }

        @Override public void modeSigh(SignalHandler handler) { modeSigh = handler; }

        @Override public void syncSigh(SignalHandler handler) { syncSigh = handler; }

        @Override public void close() { }
    }

    /** Injects events as if they came from the device. */
    void inject(InputEvent... es) {
        await("driver started", () -> env != null);
        env.ep().call(() -> {
            for (InputEvent e : es) events.add(e);
            return null;
        });
    }

    /** One display refresh: what a real driver signals at its frame rate. */
    void tickSync() {
        await("sync handler", () -> syncSigh != null);
        syncSigh.submit();
    }

    void changeMode(int w, int h) {
        env.ep().call(() -> {
            pendingMode = new Mode(w, h);
            modeSigh.submit();
            return null;
        });
    }

    Mode currentMode() { return mode; }

    int pixel(int x, int y) { return screen.ints().get(y * mode.width() + x) ; }

    List<Rect> takeRefreshes() {
        synchronized (refreshes) {
            List<Rect> out = new ArrayList<>(refreshes);
            refreshes.clear();
            return out;
        }
    }

    /** Collects refresh rectangles until {@code expected} many arrived (or 5 s passed), then a frame longer. */
    List<Rect> awaitRefreshes(int expected) {
        List<Rect> got = new ArrayList<>();
        await(expected + " refreshes", () -> {
            got.addAll(takeRefreshes());
            return got.size() >= expected;
        });
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        got.addAll(takeRefreshes());
        return got;
    }

    void writePng(File file) throws Exception {
        BufferedImage img = new BufferedImage(mode.width(), mode.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < mode.height(); y++)
            for (int x = 0; x < mode.width(); x++) img.setRGB(x, y, pixel(x, y));
        file.getParentFile().mkdirs();
        ImageIO.write(img, "png", file);
    }

    static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
