package org.jenode.framebuffer.driver;

import java.util.List;
import java.util.function.Function;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.ServiceException;
import org.jenode.base.SessionRequest;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;
import org.jenode.base.report.Reporter;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.input.InputSlot;

/**
 * What every framebuffer driver does, whatever its host: the {@link Screen} and its handshake, one
 * Framebuffer and one Input session at a time, Event and Capture sessions, the live config (mode,
 * touch calibration, window attributes), the {@code mode} report and the sync signal. The host part is
 * a {@link Backend}. Everything here runs on the driver's entrypoint; backends that own other threads
 * post into it.
 */
public final class FramebufferDriver {

    private final Env env;
    private final String binary;
    private final Screen screen;
    private final Backend backend;
    private DriverConfig config;
    private Reporter modeReporter;
    private FbSession framebuffer;
    private final InputSlot input;

    public FramebufferDriver(Env env, String binary, Function<FramebufferDriver, Backend> backendFactory) {
        this.env = env;
        this.binary = binary;
        this.config = DriverConfig.from(env.config().xml(), binary);
        this.screen = new Screen(env.ram(), config.mode());
        this.input = new InputSlot(env.log(), binary);
        this.backend = backendFactory.apply(this);
        backend.configure(config);
        backend.show(screen.mode(), screen.pixels(), () -> { });
        env.config().sigh(env.ep().handler(this::onConfig));
        env.announce(FramebufferSession.class, this::openFramebuffer);
        env.announce(InputSession.class, input::open);
        env.announce(EventSession.class, request -> new Injector());
        env.announce(CaptureSession.class, request -> new Capture());
        reportMode();
        env.log().info("{}: {}", binary, screen.mode());
    }

    public Env env() { return env; }

    public DriverConfig config() { return config; }

    public Screen screen() { return screen; }

    /** An event from the host (or injected): touch positions are calibrated, then the client gets it. */
    public void input(InputEvent event) {
        input.submit(config.calibration().apply(event));
    }

    /** The host window was resized to {@code mode} (already divided by the scale). */
    public void resize(Mode mode) {
        if (mode.width() < 1 || mode.height() < 1) return;
        // The user's size is now the one to compare configs against: a later config that repeats this
        // size keeps the window, one that names the size from before the resize re-modes to it.
        config = config.withMode(mode);
        offer(mode);
    }

    /** One display-rate tick: signals the client that registered for sync. */
    public void sync() {
        FbSession s = framebuffer;
        if (s != null) s.syncSigh.submit();
    }

    /** Releases the screen and the host resources; from the component's close. */
    public void close() {
        backend.close();
        if (modeReporter != null) modeReporter.close();
    }

    private void onConfig() {
        env.config().update();
        DriverConfig next;
        try {
            next = DriverConfig.from(env.config().xml(), binary);
        } catch (XmlException e) {
            // A typo in a live config must not take the screen down: keep what runs.
            env.log().error("config rejected, keeping the previous one: {}", e.getMessage());
            return;
        }
        DriverConfig previous = config;
        config = next;
        // Only a changed width/height re-modes: a window the user resized keeps its size otherwise.
        if (!next.mode().equals(previous.mode())) offer(next.mode());
        backend.configure(next);
    }

    private void offer(Mode mode) {
        if (!screen.offer(mode)) return;
        if (framebuffer == null) {
            // Nobody holds the old buffer, so nobody needs to acknowledge.
            switchMode();
        } else {
            framebuffer.modeSigh.submit();
        }
        reportMode();
    }

    /** Takes the pending mode into effect; the old buffer is freed once the backend no longer shows it. */
    private void switchMode() {
        screen.acknowledge().ifPresent(retired -> backend.show(screen.mode(), screen.pixels(), retired::free));
    }

    private void reportMode() {
        Mode m = screen.nextMode();
        try {
            if (modeReporter == null) modeReporter = new Reporter(env, "mode");
            modeReporter.report(XmlNode.builder("mode").attribute("width", m.width()).attribute("height", m.height()).build());
        } catch (ServiceException e) {
            // The report is a courtesy to whoever listens; a scenario without a Report route still has a screen.
            env.log().debug("mode report not delivered: {}", e.getMessage());
        }
    }

    private FramebufferSession openFramebuffer(SessionRequest<FramebufferSession> request) {
        // One screen, one owner: two clients painting into one buffer would see each other's pixels.
        if (framebuffer != null) throw new ServiceDeniedException(binary + " serves one Framebuffer session at a time");
        framebuffer = new FbSession();
        return framebuffer;
    }

    /** The Framebuffer session of the one client. */
    private final class FbSession implements FramebufferSession {
        SignalHandler modeSigh = SignalHandler.NONE;
        SignalHandler syncSigh = SignalHandler.NONE;
        boolean closed;

        @Override public Mode mode() { return screen.nextMode(); }

        @Override public Dataspace dataspace() {
            switchMode();
            return screen.pixels();
        }

        @Override public void refresh(Rect area) {
            Rect shown = screen.refresh(area);
            if (!shown.empty()) backend.refresh(shown);
        }

        @Override public void modeSigh(SignalHandler handler) {
            modeSigh = handler;
            // A change that happened before the client asked to hear of it must not get lost.
            if (screen.pending().isPresent()) handler.submit();
        }

        @Override public void syncSigh(SignalHandler handler) {
            boolean was = syncSigh.valid();
            syncSigh = handler;
            if (was != handler.valid()) backend.sync(handler.valid());
        }

        @Override public void close() {
            if (closed) return;
            closed = true;
            if (syncSigh.valid()) backend.sync(false);
            syncSigh = SignalHandler.NONE;
            modeSigh = SignalHandler.NONE;
            if (framebuffer == this) framebuffer = null;
            // A mode offered to the departed client takes effect now.
            switchMode();
        }
    }

    /** Event session: events as if the host had produced them. */
    private final class Injector implements EventSession {
        @Override public void submit(List<InputEvent> events) { events.forEach(FramebufferDriver.this::input); }

        @Override public void close() { }
    }

    /** Capture session: what the screen shows. */
    private final class Capture implements CaptureSession {
        private boolean closed;

        Capture() { screen.watch(); }

        @Override public Mode mode() { return screen.mode(); }

        @Override public int[] pixels(Rect area) { return screen.visible(area); }

        @Override public long frames() { return screen.frames(); }

        @Override public void close() {
            if (closed) return;
            closed = true;
            screen.unwatch();
        }
    }
}
