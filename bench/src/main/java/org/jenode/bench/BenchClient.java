package org.jenode.bench;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jenode.base.Component;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * A nitpicker client of the composition benchmark: one buffer showing a {@link ClientImage}, one view
 * placed by its config ({@code x y width height index translucent}), shown only when the benchmark
 * calls {@link #show}.
 */
final class BenchClient implements Component {

    static final String BINARY = "bench_client";
    /** Command buffer, event queue and a view, as nitpicker charges them, plus slack. */
    private static final long SESSION_QUOTA = 64 * 1024;

    private final Env env;
    private final Rect at;
    private final ClientImage image;
    private NitpickerSession gui;

    BenchClient(Env env) {
        this.env = env;
        XmlNode config = env.config().xml();
        at = new Rect(config.intAttribute("x", 0), config.intAttribute("y", 0),
                config.intAttribute("width", DeskLayout.CLIENT_WIDTH), config.intAttribute("height", DeskLayout.CLIENT_HEIGHT));
        image = new ClientImage(config.intAttribute("index", 0), config.boolAttribute("translucent", false));
    }

    /**
     * Opens the session, fills the buffer and puts the view in front of all others, on this component's
     * entrypoint. Not in the constructor: 200 clients opening sessions while fb_headless and nitpicker
     * start kept them from announcing in time on a loaded machine, and the bench shows the clients one
     * after the other anyway, since it needs a fixed stacking order.
     */
    void show() {
        env.ep().call(() -> {
            Mode mode = new Mode(DeskLayout.CLIENT_WIDTH, DeskLayout.CLIENT_HEIGHT);
            gui = env.session(NitpickerSession.class, "",
                    SessionArgs.ramQuota(SESSION_QUOTA + NitpickerSession.ramQuota(mode, image.translucent())));
            gui.buffer(mode, image.translucent());
            Dataspace pixels = gui.framebuffer().dataspace();
            pixels.ints().put(0, image.argb());
            if (image.translucent()) {
                // The input mask follows the pixels; the picture is translucent but everywhere clickable.
                byte[] mask = new byte[mode.width() * mode.height()];
                Arrays.fill(mask, (byte) 1);
                ByteBuffer bytes = pixels.bytes();
                bytes.put(mode.width() * mode.height() * Mode.BYTES_PER_PIXEL, mask);
            }
            gui.framebuffer().refresh(Rect.of(mode.area()));
            ViewHandle view = gui.createView(ViewHandle.NONE);
            new CommandQueue(gui).enqueue(new Command.Geometry(view, at)).enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
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
}
