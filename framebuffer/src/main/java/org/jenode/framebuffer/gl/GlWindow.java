package org.jenode.framebuffer.gl;

import static org.lwjgl.glfw.GLFW.*;
import static org.lwjgl.opengl.GL11.*;
import static org.lwjgl.opengl.GL12.GL_BGRA;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.framebuffer.driver.Backend;
import org.jenode.framebuffer.driver.DriverConfig;
import org.jenode.framebuffer.driver.FramebufferDriver;
import org.jenode.framebuffer.driver.WindowInput;
import org.jenode.input.InputEvent;
import org.lwjgl.glfw.Callbacks;
import org.lwjgl.glfw.GLFWErrorCallback;
import org.lwjgl.opengl.GL;

/**
 * The GLFW window of {@code fb_gl}. GLFW and the GL context belong to one render thread; the driver's
 * entrypoint hands it new buffers, dirty rectangles and config through fields guarded by {@link #lock}
 * and wakes it with {@code glfwPostEmptyEvent}. GLFW callbacks run on the render thread and post input
 * to the entrypoint. Pixels are ARGB ints in native (little-endian) order, i.e. BGRA bytes for GL.
 */
final class GlWindow implements Backend {

    private static final long FRAME_NS = 1_000_000_000L / 60;

    private final FramebufferDriver driver;
    private final Env env;
    private final Thread thread;
    private final Object lock = new Object();

    // guarded by lock: what the entrypoint asks of the render thread
    private Mode nextMode;
    private ByteBuffer nextPixels;
    private final List<Runnable> releases = new ArrayList<>();
    private Rect dirty = Rect.EMPTY;
    private DriverConfig nextConfig;

    private volatile boolean running = true;
    private volatile boolean syncing;
    private volatile int scale;
    private volatile boolean resizable;

    // render thread
    private long window;
    private int texture;
    private Mode mode;
    private ByteBuffer pixels;
    private final WindowInput input = new WindowInput(this::post, () -> scale);

    GlWindow(FramebufferDriver driver) {
        this.driver = driver;
        this.env = driver.env();
        this.scale = driver.config().scale();
        this.resizable = driver.config().resizable();
        CompletableFuture<Void> opened = new CompletableFuture<>();
        thread = new Thread(() -> run(opened), "fb_gl render " + env.label());
        thread.setDaemon(true);
        thread.start();
        try {
            opened.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the fb_gl window", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the fb_gl window did not open within 30 s", e);
        }
    }

    private void run(CompletableFuture<Void> opened) {
        try {
            open(driver.config());
        } catch (Throwable t) {
            opened.completeExceptionally(t);
            return;
        }
        opened.complete(null);
        try {
            loop();
        } catch (Throwable t) {
            env.log().error("fb_gl render thread failed: {}", t.toString(), t);
        } finally {
            Callbacks.glfwFreeCallbacks(window);
            glfwDestroyWindow(window);
            glfwTerminate();
            GLFWErrorCallback cb = glfwSetErrorCallback(null);
            if (cb != null) cb.free();
        }
    }

    private void open(DriverConfig config) {
        StringBuilder errors = new StringBuilder();
        glfwSetErrorCallback((code, description) -> errors.append(GLFWErrorCallback.getDescription(description)).append("; "));
        // Wayland probing prints noise and is not what we test on; X11 also covers XWayland.
        glfwInitHint(GLFW_PLATFORM, GLFW_PLATFORM_X11);
        if (!glfwInit()) {
            throw new IllegalStateException("cannot initialise GLFW for fb_gl (" + errors
                    + "): run with --headless or set DISPLAY");
        }
        glfwWindowHint(GLFW_VISIBLE, GLFW_TRUE);
        glfwWindowHint(GLFW_RESIZABLE, config.resizable() ? GLFW_TRUE : GLFW_FALSE);
        Mode m = config.mode();
        window = glfwCreateWindow(m.width() * config.scale(), m.height() * config.scale(), config.title(), 0, 0);
        if (window == 0) {
            glfwTerminate();
            throw new IllegalStateException("cannot open the fb_gl window (" + errors + "): run with --headless or set DISPLAY");
        }
        glfwMakeContextCurrent(window);
        GL.createCapabilities();
        glfwSwapInterval(0); // pacing is ours: a software GL would otherwise block or spin
        texture = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glEnable(GL_TEXTURE_2D);
        callbacks();
    }

    private void callbacks() {
        // GLFW_REPEAT counts as a press: WindowInput drops a press of a held key
        glfwSetKeyCallback(window, (w, key, scancode, action, mods) -> input.key(GlfwKeys.linux(key), action != GLFW_RELEASE));
        glfwSetCharCallback(window, (w, codepoint) -> input.character(codepoint));
        glfwSetCursorPosCallback(window, (w, x, y) -> input.motion(x, y));
        glfwSetMouseButtonCallback(window, (w, button, action, mods) -> {
            WindowInput.Button b = switch (button) {
                case GLFW_MOUSE_BUTTON_LEFT -> WindowInput.Button.LEFT;
                case GLFW_MOUSE_BUTTON_RIGHT -> WindowInput.Button.RIGHT;
                case GLFW_MOUSE_BUTTON_MIDDLE -> WindowInput.Button.MIDDLE;
                case GLFW_MOUSE_BUTTON_4 -> WindowInput.Button.BACK;
                case GLFW_MOUSE_BUTTON_5 -> WindowInput.Button.FORWARD;
                default -> null;
            };
            if (b != null) input.button(b, action == GLFW_PRESS);
        });
        glfwSetScrollCallback(window, (w, dx, dy) -> input.wheel(dx, dy));
        glfwSetCursorEnterCallback(window, (w, entered) -> {
            if (!entered) input.leave();
        });
        glfwSetWindowFocusCallback(window, (w, focused) -> input.focus(focused));
        glfwSetWindowSizeCallback(window, (w, width, height) -> {
            if (!resizable || mode == null) return;
            Mode next = new Mode(width / scale, height / scale);
            if (!next.equals(mode) && next.width() > 0 && next.height() > 0) env.ep().post(() -> driver.resize(next));
        });
        glfwSetWindowCloseCallback(window, w -> {
            glfwSetWindowShouldClose(w, false); // the component decides: it exits, then close() ends us
            env.ep().post(() -> {
                env.log().info("window closed: exiting");
                env.exit(0);
            });
        });
    }

    private void post(InputEvent e) { env.ep().post(() -> driver.input(e)); }

    private void loop() {
        long lastTick = System.nanoTime();
        while (running) {
            glfwWaitEventsTimeout(1.0 / 120);
            boolean draw = apply();
            long now = System.nanoTime();
            if (now - lastTick >= FRAME_NS) {
                lastTick = now;
                if (syncing) env.ep().post(driver::sync);
            }
            if (draw) draw();
        }
    }

    /** Takes over what the entrypoint asked for; returns true if the picture changed. */
    private boolean apply() {
        Mode newMode;
        ByteBuffer newPixels;
        Rect rows;
        DriverConfig config;
        List<Runnable> released;
        synchronized (lock) {
            newMode = nextMode;
            newPixels = nextPixels;
            rows = dirty;
            config = nextConfig;
            nextMode = null;
            nextPixels = null;
            dirty = Rect.EMPTY;
            nextConfig = null;
            released = newMode == null ? List.of() : List.copyOf(releases);
            if (newMode != null) releases.clear();
        }
        boolean changed = false;
        if (config != null) {
            glfwSetWindowTitle(window, config.title());
            glfwSetWindowAttrib(window, GLFW_RESIZABLE, config.resizable() ? GLFW_TRUE : GLFW_FALSE);
            if (mode != null) glfwSetWindowSize(window, mode.width() * config.scale(), mode.height() * config.scale());
            changed = true;
        }
        if (newMode != null) {
            mode = newMode;
            pixels = newPixels;
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, mode.width(), mode.height(), 0, GL_BGRA, GL_UNSIGNED_BYTE, pixels);
            released.forEach(Runnable::run);
            int[] w = new int[1], h = new int[1];
            glfwGetWindowSize(window, w, h);
            int s = scale;
            if (w[0] != mode.width() * s || h[0] != mode.height() * s) glfwSetWindowSize(window, mode.width() * s, mode.height() * s);
            return true;
        }
        Rect r = mode == null ? Rect.EMPTY : rows.intersection(Rect.of(mode.area()));
        if (!r.empty()) {
            // Whole rows: one contiguous range of the buffer, no row-length state to set.
            ByteBuffer from = pixels.duplicate().position(r.y() * mode.width() * 4);
            glTexSubImage2D(GL_TEXTURE_2D, 0, 0, r.y(), mode.width(), r.height(), GL_BGRA, GL_UNSIGNED_BYTE, from);
            changed = true;
        }
        return changed;
    }

    private void draw() {
        int[] fw = new int[1], fh = new int[1];
        glfwGetFramebufferSize(window, fw, fh);
        glViewport(0, 0, fw[0], fh[0]);
        glClear(GL_COLOR_BUFFER_BIT);
        if (mode != null) {
            glMatrixMode(GL_PROJECTION);
            glLoadIdentity();
            glOrtho(0, 1, 1, 0, -1, 1); // y down, as the screen's rows
            glBegin(GL_QUADS);
            glTexCoord2f(0, 0); glVertex2f(0, 0);
            glTexCoord2f(1, 0); glVertex2f(1, 0);
            glTexCoord2f(1, 1); glVertex2f(1, 1);
            glTexCoord2f(0, 1); glVertex2f(0, 1);
            glEnd();
        }
        glfwSwapBuffers(window);
    }

    @Override public void show(Mode mode, Dataspace pixels, Runnable released) {
        synchronized (lock) {
            nextMode = mode;
            nextPixels = pixels.bytes();
            // Each release frees the buffer before its show; all of them are unread once the GL thread
            // has switched to the newest buffer, including one that it never got to show.
            releases.add(released);
            dirty = Rect.EMPTY;
        }
        glfwPostEmptyEvent();
    }

    @Override public void refresh(Rect area) {
        synchronized (lock) {
            dirty = dirty.union(area);
        }
        glfwPostEmptyEvent();
    }

    @Override public void sync(boolean on) { syncing = on; }

    @Override public void configure(DriverConfig config) {
        scale = config.scale();
        resizable = config.resizable();
        synchronized (lock) {
            nextConfig = config;
        }
        glfwPostEmptyEvent();
    }

    @Override public void close() {
        running = false;
        glfwPostEmptyEvent();
        // The window and the X connection are gone when close returns: an X server that goes away next (a
        // test's Xvfb) must not find a connection, or Xlib's I/O error handler ends the whole JVM.
        if (Thread.currentThread() == thread) return;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
