package org.jenode.nitpicker.server;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import org.jenode.base.RamAccount;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.framebuffer.Mode;

/**
 * Composition cost at 1920x1080: a full redraw with 10 overlapping clients, and with 200 clients of
 * which 190 are hidden, each as a ratio to one plain copy of the screen buffer measured in the same run.
 * Run: {@code java -cp <test classpath> org.jenode.nitpicker.server.NitpickerBench}.
 */
public final class NitpickerBench {

    public static void main(String[] args) {
        int w = 1920, h = 1080;
        IntBuffer screen = IntBuffer.allocate(w * h), source = IntBuffer.allocate(w * h);
        double copy = time(() -> screen.put(0, source, 0, w * h));
        System.out.printf("plain copy of the screen: %.2f ms%n", copy);
        for (int[] c : new int[][] {{10, 0}, {200, 190}}) {
            double t = compose(w, h, screen, c[0], c[1]);
            System.out.printf("%d clients (%d hidden): full redraw %.2f ms = %.2f x one copy%n", c[0], c[1], t, t / copy);
        }
    }

    private static double compose(int w, int h, IntBuffer pixels, int clients, int hidden) {
        ScreenState state = new ScreenState(new Area(w, h));
        ViewStack stack = new ViewStack(state);
        Composer composer = new Composer(stack, state);
        RamAccount ram = RamAccount.root("bench", 8L << 30);
        List<GuiSession> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            GuiSession s = new GuiSession(null, "client " + i, ram.split(4L << 20, "client " + i));
            s.domain = new Domain("d", 1, Domain.Origin.TOP_LEFT, 0, 0, 0, 0, Domain.Xray.FRAME, -1, true, true, Domain.Hover.XRAY_FILTERED);
            s.buffer(new Mode(800, 600), i % 3 == 0);
            s.allocateBuffer();
            s.visible = i >= hidden;
            View v = new View(s, null);
            v.geometry = new Rect((i * 97) % (w - 800), (i * 53) % (h - 600), 800, 600);
            stack.toFront(v, null);
            sessions.add(s);
        }
        Canvas canvas = new Canvas(pixels, w, h);
        return time(() -> composer.redraw(canvas, new Rect(0, 0, w, h), XrayMode.FLAT, Policy.DEFAULT_BACKGROUND));
    }

    private static double time(Runnable r) {
        for (int i = 0; i < 5; i++) r.run();
        int n = 20;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) r.run();
        return (System.nanoTime() - start) / 1e6 / n;
    }
}
