package org.jenode.bench.sandbox;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;
import org.jenode.base.report.Reporter;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * {@code refresh_probe}: a full-screen 1920x1080 nitpicker client that changes a pixel and refreshes the
 * whole buffer, timing each refresh call (which marks the area for nitpicker's next sync, composed from
 * the same shared memory); and, as the baseline, a plain copy of the same 8 MB out of the buffer. Reports
 * {@code <refresh><refresh .../><copy .../></refresh>} (nanoseconds).
 */
final class RefreshProbe implements Component {

    static final Mode MODE = new Mode(1920, 1080);
    static final int WARMUP = 20, FRAMES = 200, BATCH = 10;

    private final FramebufferSession fb;
    private final MemorySegment pixels;
    /** On the heap: a sandboxed JVM's direct memory is a quarter of its quantum, less than a frame. */
    private final MemorySegment target = MemorySegment.ofArray(new int[MODE.width() * MODE.height()]);
    private final Reporter reporter;
    private final SignalHandler nextBatch;
    private final Samples refreshes = new Samples(FRAMES), copies = new Samples(FRAMES);
    private int warmup = WARMUP, frame;

    RefreshProbe(Env env) {
        NitpickerSession gui = env.session(NitpickerSession.class, "",
                SessionArgs.ramQuota(NitpickerSession.ramQuota(MODE, false) + 64 * 1024));
        gui.buffer(MODE, false);
        this.fb = gui.framebuffer();
        this.pixels = fb.dataspace().segment();
        ViewHandle view = gui.createView(ViewHandle.NONE);
        new CommandQueue(gui).enqueue(new Command.Geometry(view, Rect.of(MODE.area())))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
        this.reporter = new Reporter(env, "refresh");
        this.nextBatch = env.ep().handler(this::batch);
        nextBatch.submit();
    }

    private void batch() {
        for (int i = 0; i < BATCH && !refreshes.full(); i++) {
            pixels.setAtIndex(ValueLayout.JAVA_INT, frame % (MODE.width() * MODE.height()), 0xff000000 | frame++);
            long t0 = System.nanoTime();
            fb.refresh(Rect.of(MODE.area()));
            long t1 = System.nanoTime();
            MemorySegment.copy(pixels, 0, target, 0, target.byteSize());
            long t2 = System.nanoTime();
            if (warmup > 0) {
                warmup--;
            } else {
                refreshes.add(t1 - t0);
                copies.add(t2 - t1);
            }
        }
        if (!refreshes.full()) nextBatch.submit();
        else reporter.report(XmlNode.builder("refresh").child(refreshes.node("refresh")).child(copies.node("copy")).build());
    }
}
