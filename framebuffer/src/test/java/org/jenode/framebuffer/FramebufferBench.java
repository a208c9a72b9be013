package org.jenode.framebuffer;

import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Probe;

/**
 * Refresh throughput of fb_headless (a synchronous call to the driver's entrypoint plus the copy into the
 * visible image) for full frames and small dirty rects, next to a plain {@code System.arraycopy} of one
 * frame. Not a test: run its {@code main} with the module's test class path.
 */
public final class FramebufferBench {

    private FramebufferBench() { }

    public static void main(String[] args) {
        int w = 1920, h = 1080;
        Probe probe = new Probe("probe");
        try (Core core = FbScenario.start("fb_headless", "<config width=\"" + w + "\" height=\"" + h + "\"/>", probe.binary())) {
            FramebufferSession fb = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            fb.dataspace();
            Rect full = new Rect(0, 0, w, h), dirty = new Rect(100, 100, 64, 64);
            for (int round = 0; round < 3; round++) {
                double fullMs = time(200, () -> fb.refresh(full));
                double dirtyMs = time(20_000, () -> fb.refresh(dirty));
                int[] src = new int[w * h], dst = new int[w * h];
                double copyMs = time(200, () -> System.arraycopy(src, 0, dst, 0, src.length));
                System.out.printf("round %d: full-frame refresh %.3f ms (%.0f fps), 64x64 refresh %.4f ms (%.0f/s), "
                                + "arraycopy of a frame %.3f ms (%.0f/s)%n", round, fullMs, 1000 / fullMs, dirtyMs,
                        1000 / dirtyMs, copyMs, 1000 / copyMs);
            }
        }
    }

    private static double time(int n, Runnable work) {
        for (int i = 0; i < n / 10; i++) work.run();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) work.run();
        return (System.nanoTime() - start) / 1e6 / n;
    }
}
