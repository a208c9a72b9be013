package org.jenode.scenarios.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.HostTraces;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/**
 * The demo clients a user would not trust, in processes of their own, show exactly the pixels they show
 * on init's threads: the same scenario runs twice, once with every client on threads and once with
 * testnit, hello and one of two clocks sandboxed, and the screens are compared pixel for pixel after
 * start, after a drag (input reaches the sandboxed testnit), after a re-mode of the screen (nitpicker
 * composes their buffers anew; the backdrop on threads paints for the new mode) and after a config change
 * that resizes the clocks (the sandboxed clock's new buffer crosses). The clock shows the time, so each run also waits until
 * its two clocks, one on threads and one as the run says, show the same pixels. Sandboxed, hello's
 * pixels are memory that its process and nitpicker's JVM both map (the same memory file), and nothing
 * appears in {@code /dev/shm}.
 */
class SandboxedAppsTest {

    private static final int W = 800, H = 480;
    /** The two clocks: the left one always on init's threads, the right one as the run says. */
    private static final int CLOCK_Y = 10, LOCAL_CLOCK_X = 600, CLOCK_X = 700;
    private static final int BACKGROUND = 0x203040;
    /** The clock's background, around its face. */
    private static final int CLOCK_CORNER = 0x1d2731;
    /** The frame testnit draws around each of its views. */
    private static final int FRAME = 0x101010;
    /** Three JVMs starting at once on a machine shared with other builds may take a while. */
    private static final Duration START = Duration.ofMinutes(2);

    private static String starts(String isolation, int clockSize) {
        return """
            <start name="nitpicker"> <resource name="RAM" quantum="8M"/>
              <provides> <service name="Nitpicker"/> </provides>
              <config> <domain name="default" layer="2"/> <policy label="" domain="default"/> <background color="#203040"/> </config> </start>
            <start name="backdrop"> <resource name="RAM" quantum="8M"/>
              <config> <gradient top="#1d3557" bottom="#457b9d"/> </config> </start>
            <start name="testnit" isolation="ISO"> <resource name="RAM" quantum="4M"/> <config xpos="20" ypos="20"/> </start>
            <start name="hello" isolation="ISO"> <resource name="RAM" quantum="2M"/> <config xpos="360" ypos="280"/> </start>
            <start name="local_clock"> <binary name="clock"/> <resource name="RAM" quantum="2M"/>
              <config xpos="LX" ypos="Y" size="SIZE"/> </start>
            <start name="clock" isolation="ISO"> <resource name="RAM" quantum="2M"/> <config xpos="X" ypos="Y" size="SIZE"/> </start>
            """.replace("ISO", isolation).replace("SIZE", Integer.toString(clockSize)).replace("LX", Integer.toString(LOCAL_CLOCK_X))
                .replace("X\"", CLOCK_X + "\"").replace("Y\"", CLOCK_Y + "\"");
    }

    /** The screens of one run: after start, after the drag, after the re-mode, after the clocks' resize. */
    private static List<int[]> screens(String isolation) {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        List<int[]> shots = new ArrayList<>();
        int shm = HostTraces.sharedMemoryFiles().size();
        try (Core core = fb.start(starts(isolation, 80))) {
            BooleanSupplier shown = () -> fb.rgb(365, 285) == 0x2a4d69 && fb.rgb(20, 20) == FRAME && fb.rgb(280, 80) == FRAME
                    && painted(fb.rgb(5, H - 5));
            try {
                Await.until("testnit, hello and backdrop (" + isolation + ")", START, shown);
            } catch (AssertionError e) {
                fb.awaitScreen("testnit, hello and backdrop (" + isolation + ")", shown); // only for the screen's PNG
            }
            awaitClocksAgree(fb, 80, isolation);
            shots.add(shot(fb, 80, isolation + "-start"));
            if (isolation.equals("process")) {
                assertThat(sharedBuffers("init -> hello")).as("hello's pixels: memory that its process and nitpicker's both map").isNotEmpty();
                assertThat(HostTraces.sharedMemoryFiles()).as("nothing in /dev/shm").hasSize(shm);
            }

            int grabbed = fb.rgb(25, 25);
            fb.inject(new InputEvent.AbsoluteMotion(30, 30), new InputEvent.Press(Keycodes.BTN_LEFT));
            fb.inject(new InputEvent.AbsoluteMotion(130, 90), new InputEvent.Release(Keycodes.BTN_LEFT));
            fb.awaitScreen("testnit's first view dragged by (100, 60) (" + isolation + ")",
                    () -> fb.rgb(120, 80) == FRAME && fb.rgb(125, 85) == grabbed && fb.rgb(20, 20) != FRAME);
            awaitClocksAgree(fb, 80, isolation);
            shots.add(shot(fb, 80, isolation + "-dragged"));

            fb.changeMode(900, 520);
            fb.awaitScreen("the backdrop re-painted for 900x520 (" + isolation + ")",
                    () -> fb.mode().width() == 900 && painted(fb.rgb(895, 515)) && painted(fb.rgb(5, 5)));
            awaitClocksAgree(fb, 80, isolation);
            shots.add(shot(fb, 80, isolation + "-remoded"));

            core.rom("config").set(fb.initConfig(starts(isolation, 100)));
            awaitClocksAgree(fb, 100, isolation);
            shots.add(shot(fb, 100, isolation + "-resized"));
        }
        return shots;
    }

    /**
     * The memory files (by inode) of at least a hello buffer's size that both the process of {@code label}
     * and this JVM map: memory in common, not copies.
     */
    private static Set<String> sharedBuffers(String label) {
        List<ProcessHandle> child = HostTraces.processesOf(label);
        assertThat(child).as("the process of " + label).hasSize(1);
        Set<String> mine = memoryFiles(Path.of("/proc/self/maps"));
        Set<String> its = memoryFiles(Path.of("/proc", Long.toString(child.getFirst().pid()), "maps"));
        its.retainAll(mine);
        return its;
    }

    /** The inodes of the memory files mapped in a maps file, in mappings of at least 240x80 pixels. */
    private static Set<String> memoryFiles(Path maps) {
        Set<String> inodes = new HashSet<>();
        try {
            for (String line : Files.readAllLines(maps)) {
                if (!line.contains("/memfd:")) continue;
                String[] f = line.trim().split("\\s+");
                String[] range = f[0].split("-");
                if (Long.parseUnsignedLong(range[1], 16) - Long.parseUnsignedLong(range[0], 16) >= 240 * 80 * 4) inodes.add(f[4]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    /** The clock's pixels on the screen. */
    private static Rect clock(int x, int size) { return new Rect(x, CLOCK_Y, size, size + 40); }

    /** Both clocks, of {@code size}, showing the same second: within a second of each other they do. */
    private static void awaitClocksAgree(HeadlessScreen fb, int size, String isolation) {
        fb.awaitScreen("the clocks of size " + size + " agree (" + isolation + ")", () -> {
            int[] local = fb.pixels(clock(LOCAL_CLOCK_X, size)), other = fb.pixels(clock(CLOCK_X, size));
            return (local[size + 1] & 0xffffff) == CLOCK_CORNER && Arrays.equals(local, other);
        });
    }

    /** Neither nitpicker's background nor the black of a screen nobody has drawn on yet. */
    private static boolean painted(int rgb) { return rgb != BACKGROUND && rgb != 0 && rgb != -1; }

    /** The screen with both clocks blanked (they show the time, which differs between runs). */
    private static int[] shot(HeadlessScreen fb, int clockSize, String name) {
        fb.writePng(Path.of("target", "screens", "sandboxed-" + name + ".png"));
        Canvas c = fb.image();
        c.clip(Rect.of(c.area()));
        c.fill(clock(LOCAL_CLOCK_X, clockSize), 0);
        c.fill(clock(CLOCK_X, clockSize), 0);
        int[] px = new int[c.width() * c.height()];
        c.pixels().get(0, px);
        return px;
    }

    @Test
    void sandboxedAppsShowTheSamePixelsReceiveInputAndFollowAReMode() {
        List<int[]> inThread = screens("thread");
        List<int[]> inProcess = screens("process");
        for (int i = 0; i < inThread.size(); i++) assertThat(inProcess.get(i)).as("screen " + i).isEqualTo(inThread.get(i));
    }
}
