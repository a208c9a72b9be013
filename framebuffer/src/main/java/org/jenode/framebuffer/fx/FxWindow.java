package org.jenode.framebuffer.fx;

import java.nio.IntBuffer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.framebuffer.driver.Backend;
import org.jenode.framebuffer.driver.DriverConfig;
import org.jenode.framebuffer.driver.FramebufferDriver;
import org.jenode.framebuffer.driver.WindowInput;
import org.jenode.input.InputEvent;

/**
 * The JavaFX window of {@code fb_fx}. The driver's entrypoint calls the {@link Backend} methods, which
 * hand work to the FX thread with {@code Platform.runLater} and never wait (except once, while the
 * window is built during construction). FX event handlers never touch driver state: they post to the
 * driver's entrypoint. Fields marked "FX" are used on the FX thread only. fb_sdl's window is this one
 * without the host's mouse cursor, as Genode's fb_sdl hid it: nitpicker draws the pointer.
 */
public final class FxWindow implements Backend {

    /** The id of the node showing the screen, for tests that look it up. */
    static final String SCREEN_ID = "jenode-screen";

    private static final String NO_DISPLAY = "no display for fb_fx: run with --headless or set DISPLAY";

    private final FramebufferDriver driver;
    private final Env env;
    /** Read by FX input handlers to map window coordinates to screen pixels. */
    private volatile int scale = 1;
    private volatile boolean resizable;

    private final Object dirtyLock = new Object();
    private Rect dirty = Rect.EMPTY;

    // FX
    private Stage stage;
    private Pane root;
    private ImageView view;
    private PixelBuffer<IntBuffer> buffer;
    private Mode shown;
    private AnimationTimer pulse;
    private boolean resizeQueued;
    private boolean firstFrameLogged;
    /** Set when the component closes the window itself: hiding it then is no request to exit. */
    private boolean closing;
    private final WindowInput input = new WindowInput(this::post, () -> scale);

    /** @param hostCursor whether the host's mouse cursor shows over the window */
    public FxWindow(FramebufferDriver driver, boolean hostCursor) {
        this.driver = driver;
        this.env = driver.env();
        startPlatform();
        DriverConfig config = driver.config();
        scale = config.scale();
        resizable = config.resizable();
        try {
            // Construction is the one time the entrypoint waits for the FX thread: without a window there is no driver.
            FxThread.call(Duration.ofSeconds(30), () -> {
                build(config, hostCursor);
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the fb_fx window", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot open the fb_fx window: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the fb_fx window did not open within 30 s", e);
        }
    }

    private static void startPlatform() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit runs once per JVM; another fb_fx (or a test harness) started it.
        } catch (RuntimeException | Error e) {
            throw new IllegalStateException(NO_DISPLAY + " (" + e + ")", e);
        }
        // Closing a window ends the component, never the JVM with other components in it.
        Platform.setImplicitExit(false);
    }

    private void build(DriverConfig config, boolean hostCursor) {
        view = new ImageView();
        view.setId(SCREEN_ID);
        view.setSmooth(false);
        view.setPreserveRatio(false);
        root = new Pane(view);
        // The window opens at its final size: a window shown empty gets no position on some platforms.
        Mode m = config.mode();
        int s = config.scale();
        view.setFitWidth(m.width() * s);
        view.setFitHeight(m.height() * s);
        root.setPrefSize(m.width() * s, m.height() * s);
        Scene scene = new Scene(root);
        if (!hostCursor) scene.setCursor(Cursor.NONE);
        stage = new Stage();
        stage.setTitle(config.title());
        stage.setResizable(config.resizable());
        stage.setScene(scene);

        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> input.key(FxKeys.linux(e.getCode()), true));
        scene.addEventHandler(KeyEvent.KEY_RELEASED, e -> input.key(FxKeys.linux(e.getCode()), false));
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (!c.isEmpty() && !c.equals(KeyEvent.CHAR_UNDEFINED)) input.character(c.codePointAt(0));
        });
        scene.addEventHandler(MouseEvent.MOUSE_MOVED, this::motion);
        scene.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::motion);
        scene.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            motion(e);
            button(e, true);
        });
        scene.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> button(e, false));
        scene.addEventHandler(MouseEvent.MOUSE_EXITED, e -> input.leave());
        scene.addEventHandler(ScrollEvent.SCROLL, e -> input.wheel(e.getDeltaX(), e.getDeltaY()));
        scene.addEventHandler(TouchEvent.TOUCH_PRESSED, this::touch);
        scene.addEventHandler(TouchEvent.TOUCH_MOVED, this::touch);
        scene.addEventHandler(TouchEvent.TOUCH_RELEASED, e -> input.touchRelease(e.getTouchPoint().getId()));
        stage.focusedProperty().addListener((o, was, now) -> input.focus(now));
        scene.widthProperty().addListener((o, was, now) -> resizeLater(scene));
        scene.heightProperty().addListener((o, was, now) -> resizeLater(scene));
        // On hidden, not on close request: the window manager's close request (WM_DELETE_WINDOW) ends in a
        // hide, since nobody consumes it, and where the platform reports a window destroyed without asking,
        // JavaFX hides the stage without a request. (GTK's glass does not report that: a window another X
        // client destroys, as xdotool windowclose does, goes unnoticed.)
        stage.setOnHidden(e -> {
            if (closing) return;
            env.ep().post(() -> {
                env.log().info("window closed: exiting");
                env.exit(0);
            });
        });

        pulse = new AnimationTimer() {
            @Override public void handle(long now) { env.ep().post(driver::sync); }
        };
        stage.show();
    }

    private void post(InputEvent event) { env.ep().post(() -> driver.input(event)); }

    private void motion(MouseEvent e) {
        if (!e.isSynthesized()) input.motion(e.getX(), e.getY()); // a synthesized one is a touch, reported as Touch
    }

    private void button(MouseEvent e, boolean pressed) {
        if (e.isSynthesized()) return;
        switch (e.getButton()) {
            case PRIMARY -> input.button(WindowInput.Button.LEFT, pressed);
            case SECONDARY -> input.button(WindowInput.Button.RIGHT, pressed);
            case MIDDLE -> input.button(WindowInput.Button.MIDDLE, pressed);
            case BACK -> input.button(WindowInput.Button.BACK, pressed);
            case FORWARD -> input.button(WindowInput.Button.FORWARD, pressed);
            case NONE -> { }
        }
    }

    private void touch(TouchEvent e) {
        TouchPoint p = e.getTouchPoint();
        input.touch(p.getId(), p.getSceneX(), p.getSceneY());
    }

    /** FX: width and height change one after the other; the client should see one new mode, not two. */
    private void resizeLater(Scene scene) {
        if (resizeQueued) return;
        resizeQueued = true;
        Platform.runLater(() -> {
            resizeQueued = false;
            resized(scene);
        });
    }

    /** FX: the user resized the window; the screen follows (window size / scale). */
    private void resized(Scene scene) {
        if (!resizable || shown == null) return;
        int s = scale;
        Mode mode = new Mode((int) (scene.getWidth() / s), (int) (scene.getHeight() / s));
        if (mode.equals(shown) || mode.width() < 1 || mode.height() < 1) return;
        env.ep().post(() -> driver.resize(mode));
    }

    @Override public void show(Mode mode, Dataspace pixels, Runnable released) {
        IntBuffer ints = pixels.ints();
        synchronized (dirtyLock) {
            dirty = Rect.EMPTY; // refreshes of the old buffer mean nothing for the new one
        }
        Platform.runLater(() -> {
            buffer = new PixelBuffer<>(mode.width(), mode.height(), ints, PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
            shown = mode;
            fit();
            afterNextPulse(released);
        });
    }

    /**
     * FX: runs {@code action} once a whole pulse has passed: that pulse's sync waited for the render
     * thread to finish the frame before, the last one that could read the old buffer.
     */
    private void afterNextPulse(Runnable action) {
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override public void run() {
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    action.run();
                });
            }
        });
        Platform.requestNextPulse();
    }

    /** FX: sizes the view and the window to the mode times the scale. */
    private void fit() {
        if (shown == null) return;
        int s = scale;
        view.setFitWidth(shown.width() * s);
        view.setFitHeight(shown.height() * s);
        root.setPrefSize(shown.width() * s, shown.height() * s);
        if (stage.getScene().getWidth() != shown.width() * s || stage.getScene().getHeight() != shown.height() * s)
            stage.sizeToScene();
        if (Double.isNaN(stage.getX()) || Double.isNaN(stage.getY())) stage.centerOnScreen();
    }

    @Override public void refresh(Rect area) {
        boolean schedule;
        synchronized (dirtyLock) {
            schedule = dirty.empty();
            dirty = dirty.union(area);
        }
        // One FX update for all refreshes that arrive before the FX thread gets to it.
        if (schedule) Platform.runLater(this::flush);
    }

    /** FX: tells JavaFX which part of the buffer changed; it reads the dataspace itself (zero copy). */
    private void flush() {
        Rect r;
        synchronized (dirtyLock) {
            r = dirty;
            dirty = Rect.EMPTY;
        }
        if (buffer == null || shown == null) return;
        Rect clipped = r.intersection(Rect.of(shown.area()));
        if (clipped.empty()) return;
        buffer.updateBuffer(b -> new Rectangle2D(clipped.x(), clipped.y(), clipped.width(), clipped.height()));
        if (!firstFrameLogged) logFirstFrame();
    }

    /** FX: logs once, in the pulse that renders the first composed screen; {@code jenode bench startup} waits for it. */
    private void logFirstFrame() {
        firstFrameLogged = true;
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean logged;

            @Override public void run() {
                if (logged) return;
                logged = true;
                env.log().info("first frame");
                // Not from inside the pulse: the scene is iterating over its listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
            }
        });
    }

    @Override public void sync(boolean on) {
        Platform.runLater(() -> {
            if (on) pulse.start();
            else pulse.stop();
        });
    }

    @Override public void configure(DriverConfig config) {
        scale = config.scale();
        resizable = config.resizable();
        Platform.runLater(() -> {
            stage.setTitle(config.title());
            stage.setResizable(config.resizable());
            fit();
        });
    }

    @Override public void close() {
        Platform.runLater(() -> {
            closing = true;
            pulse.stop();
            stage.close();
        });
    }
}
