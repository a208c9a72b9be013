package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.jenode.base.Dataspace;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.fx.FxThread;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * fb_fx under TestFX/Monocle (headless): what the client paints is what the window shows, and a robot's
 * click and key press on the window reach the client's Input session as Linux codes.
 */
class FxFramebufferTest {

    static final int W = 200, H = 150;

    @BeforeAll
    static void toolkit() throws Exception {
        // TestFX starts the toolkit with Monocle; fb_fx then finds it running.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void windowShowsTheDataspaceAndForwardsInput() throws Exception {
        Probe probe = new Probe("probe");
        try (Core _ = FbScenario.start("fb_fx", "<config width=\"" + W + "\" height=\"" + H + "\" title=\"fx pixels\"/>", probe.binary())) {
            FramebufferSession fb = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            InputSession input = probe.onEp(env -> env.session(InputSession.class, "input"));
            assertThat(fb.mode()).isEqualTo(new Mode(W, H));
            Dataspace ds = fb.dataspace();
            int[] pattern = new int[W * H];
            for (int y = 0; y < H; y++)
                for (int x = 0; x < W; x++)
                    pattern[y * W + x] = 0xff000000 | (x * 255 / W) << 16 | (y * 255 / H) << 8 | ((x / 20 + y / 20) % 2) * 0xc0;
            ds.ints().put(0, pattern);
            fb.refresh(new Rect(0, 0, W, H));

            // the refresh queued its update before this snapshot: FX runs them in order
            WritableImage shot = onFx(() -> screenScene("fx pixels").snapshot(null));
            assertThat((int) shot.getWidth()).isEqualTo(W);
            assertThat((int) shot.getHeight()).isEqualTo(H);
            PixelReader r = shot.getPixelReader();
            int wrong = 0;
            for (int y = 0; y < H; y++)
                for (int x = 0; x < W; x++)
                    if (r.getArgb(x, y) != pattern[y * W + x]) wrong++;
            assertThat(wrong).as("pixels differing from the dataspace").isZero();
            writePng(shot, java.nio.file.Path.of("target", "fb-fx-window.png"));

            // a dirty rect updates only what it covers... and what it covers does change
            FbScenario.fill(ds.ints(), W, new Rect(10, 10, 30, 20), 0xffffffff);
            fb.refresh(new Rect(10, 10, 30, 20));
            WritableImage shot2 = onFx(() -> screenScene("fx pixels").snapshot(null));
            assertThat(shot2.getPixelReader().getArgb(20, 15)).isEqualTo(0xffffffff);

            FxRobot robot = new FxRobot();
            Node screen = onFx(() -> screenScene("fx pixels").lookup("#jenode-screen"));
            robot.clickOn(screen);
            robot.type(KeyCode.A);
            List<InputEvent> events = FbScenario.collect(probe, input, l -> l.contains(new InputEvent.Release(Keycodes.KEY_A)));
            assertThat(events).contains(new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.BTN_LEFT),
                    new InputEvent.Press(Keycodes.KEY_A), new InputEvent.Release(Keycodes.KEY_A));
            // the click was at the centre of the screen node
            assertThat(events).anySatisfy(e -> {
                assertThat(e).isInstanceOf(InputEvent.AbsoluteMotion.class);
                InputEvent.AbsoluteMotion m = (InputEvent.AbsoluteMotion) e;
                assertThat(m.x()).isBetween(W / 2 - 2, W / 2 + 2);
                assertThat(m.y()).isBetween(H / 2 - 2, H / 2 + 2);
            });
        }
    }

    @Test
    void resizingTheWindowReModesTheScreenDividedByTheScale() throws Exception {
        Probe probe = new Probe("probe");
        try (Core core = FbScenario.start("fb_fx", "<config width=\"100\" height=\"80\" scale=\"2\" resizable=\"yes\" title=\"fx resize\"/>", probe.binary())) {
            java.util.concurrent.CountDownLatch changed = new java.util.concurrent.CountDownLatch(1);
            FramebufferSession fb = probe.onEp(env -> {
                FramebufferSession s = env.session(FramebufferSession.class, "fb");
                s.modeSigh(env.ep().handler(changed::countDown));
                return s;
            });
            fb.dataspace();
            Scene before = onFx(() -> screenScene("fx resize"));
            assertThat(onFx(() -> (int) before.getWidth())).as("window is mode times scale").isEqualTo(200);
            onFx(() -> {
                before.getWindow().setWidth(300);
                before.getWindow().setHeight(240);
                return null;
            });
            Await.until("mode signal after the resize", () -> changed.getCount() == 0);
            int sceneW = onFx(() -> (int) before.getWidth()), sceneH = onFx(() -> (int) before.getHeight());
            Await.until("mode = window size / scale", () -> fb.mode().equals(new Mode(sceneW / 2, sceneH / 2)));
            Mode mode = fb.mode();
            assertThat(mode.width()).isGreaterThan(100);
            assertThat(fb.dataspace().size()).isEqualTo(mode.bytes());
            Await.report(core, "init -> fb -> mode", r -> r.intAttribute("width", 0) == mode.width());

            // The user's size now counts as the configured one: a config that names the size from before
            // the resize (the display settings choosing it again) must re-mode, though the config's size
            // attributes are the same as the last config's.
            core.rom("fb.config").set("<config width=\"100\" height=\"80\" scale=\"2\" title=\"fx resize\"/>");
            Await.until("re-mode to the configured size", () -> fb.mode().equals(new Mode(100, 80)));
        }
    }

    @Test
    void closingTheWindowEndsTheComponent() throws Exception {
        Probe probe = new Probe("probe");
        try (Core core = FbScenario.start("fb_fx", "<config width=\"64\" height=\"64\" title=\"fx close\"/>", null,
                "<exit propagate=\"yes\"/>", probe.binary())) {
            probe.onEp(env -> env.session(CaptureSession.class, "capture")); // fb is up once it serves
            Scene scene = onFx(() -> screenScene("fx close"));
            onFx(() -> {
                // what the window manager sends when the user clicks the close button
                scene.getWindow().fireEvent(new javafx.stage.WindowEvent(scene.getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
                return null;
            });
            assertThat(core.exit().get(10, TimeUnit.SECONDS)).isZero();
        }
    }

    @Test
    void aWindowHiddenWithoutACloseRequestEndsTheComponentToo() throws Exception {
        Probe probe = new Probe("probe");
        try (Core core = FbScenario.start("fb_fx", "<config width=\"64\" height=\"64\" title=\"fx hidden\"/>", null,
                "<exit propagate=\"yes\"/>", probe.binary())) {
            probe.onEp(env -> env.session(CaptureSession.class, "capture"));
            Scene scene = onFx(() -> screenScene("fx hidden"));
            onFx(() -> {
                // what JavaFX does when the platform destroyed the window without asking (no close request)
                scene.getWindow().hide();
                return null;
            });
            assertThat(core.exit().get(10, TimeUnit.SECONDS)).isZero();
        }
    }

    @Test
    void fbSdlIsTheWindowWithoutTheHostCursorWhereThereIsADisplay() throws Exception {
        Probe probe = new Probe("probe");
        try (Core _ = FbScenario.start("fb_sdl", "<config width=\"64\" height=\"48\"/>", probe.binary())) {
            FramebufferSession fb = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            assertThat(fb.mode()).isEqualTo(new Mode(64, 48));
            Scene scene = onFx(() -> screenScene("fb_sdl"));
            // nitpicker draws the pointer, as with Genode's fb_sdl, which hid SDL's
            assertThat(onFx(scene::getCursor)).isEqualTo(Cursor.NONE);
        }
    }

    /** The scene of the fb_fx window titled {@code title} (earlier tests' windows may still be closing). */
    private static Scene screenScene(String title) {
        for (Window w : Window.getWindows())
            if (w instanceof javafx.stage.Stage s && title.equals(s.getTitle()) && w.getScene().lookup("#jenode-screen") != null)
                return w.getScene();
        throw new AssertionError("no fb_fx window among " + Window.getWindows());
    }

    /** What a person would look at: the window's snapshot as PNG (no javafx-swing needed). */
    private static void writePng(WritableImage shot, java.nio.file.Path file) throws Exception {
        int w = (int) shot.getWidth(), h = (int) shot.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) out.setRGB(x, y, shot.getPixelReader().getArgb(x, y));
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return FxThread.call(Duration.ofSeconds(10), work);
    }
}
