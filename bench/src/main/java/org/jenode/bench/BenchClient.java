package org.jenode.bench;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenode.base.Component;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputReader;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * A nitpicker client of the composition benchmarks: one buffer of the view's size showing a
 * {@link ClientImage}, one view placed by its config ({@code x y width height index translucent}). The view is stacked only when the
 * benchmark calls {@link #raise}, because components start concurrently and the scene needs a fixed
 * stacking order. It notes when input arrives (for latency), and with {@code follow="yes"} it is a
 * window manager's resizable client: a new mode re-buffers and redraws the picture at that size, with a
 * {@link #marker} of the size in its bottom-right corner, so that the screen shows when the new pixels are there.
 */
final class BenchClient implements Component {

    static final String BINARY = "bench_client";
    /** Command buffer, event queue and a view, as nitpicker charges them, plus slack. */
    private static final long SESSION_QUOTA = 64 * 1024;
    /** The side of the square the marker fills. */
    static final int MARKER = 4;

    private final Env env;
    private final NitpickerSession gui;
    private final CommandQueue commands;
    private final ViewHandle view;
    private final Point at;
    private final int index;
    private final boolean translucent;
    private long paid;
    private Mode mode;
    /** When input last reached this client (System.nanoTime), and how often it did. */
    private volatile long lastInput;
    private final AtomicInteger inputs = new AtomicInteger();

    BenchClient(Env env) {
        this.env = env;
        XmlNode config = env.config().xml();
        at = new Point(config.intAttribute("x", 0), config.intAttribute("y", 0));
        index = config.intAttribute("index", 0);
        translucent = config.boolAttribute("translucent", false);
        Mode initial = new Mode(config.intAttribute("width", DeskLayout.CLIENT_WIDTH), config.intAttribute("height", DeskLayout.CLIENT_HEIGHT));
        paid = NitpickerSession.ramQuota(initial, translucent);
        gui = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(SESSION_QUOTA + paid));
        commands = new CommandQueue(gui);
        draw(initial, false);
        view = gui.createView(ViewHandle.NONE);
        commands.enqueue(new Command.Geometry(view, Rect.of(at, initial.area()))).execute();
        InputReader reader = new InputReader(gui.input());
        gui.input().sigh(env.ep().handler(() -> {
            reader.drain();
            lastInput = System.nanoTime();
            inputs.incrementAndGet();
        }));
        if (config.boolAttribute("follow", false)) gui.modeSigh(env.ep().handler(this::modeChanged));
    }

    /** The colour of the marker a picture of {@code m} carries in its bottom-right corner. */
    static int marker(Mode m) { return 0xff000000 | ((m.width() * 977 + m.height() * 131) & 0xffffff); }

    /** Puts the view in front of all others, on this component's entrypoint. */
    void raise() {
        env.ep().call(() -> {
            commands.enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
            return null;
        });
    }

    /** The session, for a benchmark that acts as this client. */
    NitpickerSession session() { return gui; }

    /** Runs {@code action} on this entrypoint after every frame nitpicker has drawn. */
    void onFrame(Runnable action) {
        env.ep().call(() -> {
            gui.framebuffer().syncSigh(env.ep().handler(action));
            return null;
        });
    }

    long lastInput() { return lastInput; }

    int inputs() { return inputs.get(); }

    /** The wm asks for another size: the picture at that size, then the view (0x0, a close, is declined). */
    private void modeChanged() {
        Mode m = gui.mode();
        if (m.area().empty() || m.equals(mode)) return;
        draw(m, true);
        commands.enqueue(new Command.Geometry(view, Rect.of(at, m.area()))).execute();
    }

    private void draw(Mode m, boolean marked) {
        long need = NitpickerSession.ramQuota(m, translucent);
        if (need > paid) {
            env.upgrade(gui, need - paid);
            paid = need;
        }
        gui.buffer(m, translucent);
        Dataspace pixels = gui.framebuffer().dataspace();
        ClientImage image = new ClientImage(index, translucent, m.width(), m.height());
        int[] argb = image.argb();
        if (marked) {
            for (int y = m.height() - MARKER; y < m.height(); y++) Arrays.fill(argb, y * m.width() + m.width() - MARKER, (y + 1) * m.width(), marker(m));
        }
        pixels.ints().put(0, argb);
        if (translucent) {
            // The input mask follows the pixels; the picture is translucent but everywhere clickable.
            byte[] mask = new byte[m.width() * m.height()];
            Arrays.fill(mask, (byte) 1);
            ByteBuffer bytes = pixels.bytes();
            bytes.put(m.width() * m.height() * Mode.BYTES_PER_PIXEL, mask);
        }
        gui.framebuffer().refresh(Rect.of(m.area()));
        mode = m;
    }
}
