package org.jenode.launcher;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jenode.base.Env;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.ServiceException;
import org.jenode.base.SessionArgs;
import org.jenode.base.rom.AttachedRom;
import org.jenode.launcher.dialog.Sizes;
import org.jenode.loader.LoaderSession;
import org.jenode.loader.SubsystemState;
import org.jenode.loader.SubsystemStatus;
import org.jenode.nitpicker.SessionControl;

/**
 * One entry of the menu and, while it has one, its subsystem: a Loader session the launcher pays for.
 * Used on the launcher's entrypoint.
 */
final class Slot {

    /** What the menu shows of a slot. */
    sealed interface Shown {
        record Stopped() implements Shown { }

        record Running(long quota, long used, boolean hidden) implements Shown { }

        record Faulted(String reason) implements Shown { }

        record Exited(int code) implements Shown { }

        /** The launcher could not start it (not enough RAM, no such binary). */
        record Refused(String reason) implements Shown { }
    }

    private static final String JAR = ".jar";

    private SubsystemEntry entry;
    private Optional<LoaderSession> session = Optional.empty();
    private SubsystemStatus status;
    private String refused = "";
    private boolean hidden;
    /** What the open session cost the launcher. */
    private long paid;

    Slot(SubsystemEntry entry) { this.entry = entry; }

    SubsystemEntry entry() { return entry; }

    /** Whether a loader session is open for it (running, or ended and not dismissed yet). */
    boolean open() { return session.isPresent(); }

    boolean running() { return status != null && status.state() instanceof SubsystemState.Running; }

    Shown shown() {
        if (session.isEmpty()) return refused.isEmpty() ? new Shown.Stopped() : new Shown.Refused(refused);
        return switch (status.state()) {
            case SubsystemState.Idle _ -> new Shown.Stopped();
            case SubsystemState.Running _ -> new Shown.Running(status.ramQuota(), status.ramUsed(), hidden);
            case SubsystemState.Faulted(String reason) -> new Shown.Faulted(reason);
            case SubsystemState.Exited(int code) -> new Shown.Exited(code);
        };
    }

    /** What starting it costs the launcher: the donation of its Loader session, its ROM modules included. */
    private long price(byte[] jar) { return LoaderSession.quota(entry.quantum(), configBytes().length + (long) jar.length); }

    /**
     * Starts it through a new Loader session paid from the launcher's RAM, or records why not. A binary
     * named {@code NAME.jar} is the launcher's ROM of that name, a jar of the user's, handed to the loader as
     * a ROM module; it runs only sandboxed.
     *
     * @param ended told (on the launcher's entrypoint) when the subsystem faults or exits
     */
    void start(Env env, long available, Runnable ended) {
        stop();
        byte[] config = configBytes();
        byte[] jar;
        try {
            jar = entry.binary().endsWith(JAR) ? jar(env) : new byte[0];
        } catch (ServiceException e) {
            refused = e.getMessage();
            return;
        }
        long price = price(jar);
        if (price > available) {
            refused = "needs " + Sizes.text(price) + ", " + Sizes.text(Math.max(0, available)) + " left";
            return;
        }
        SessionArgs args = SessionArgs.ramQuota(price);
        if (entry.isolation().isPresent()) args = args.with(LoaderSession.ISOLATION, entry.isolation().get().attribute());
        LoaderSession loader = null;
        try {
            loader = env.session(LoaderSession.class, "", args);
            loader.allocRomModule("config", config.length).bytes().put(config);
            loader.commitRomModule("config");
            if (jar.length > 0) {
                loader.allocRomModule(entry.binary(), jar.length).bytes().put(jar);
                loader.commitRomModule(entry.binary());
            }
            loader.ramQuota(entry.quantum());
            loader.faultSigh(env.ep().handler(ended));
            loader.start(entry.binary(), entry.name());
            session = Optional.of(loader);
            paid = price;
            status = loader.status();
            refused = "";
            hidden = false;
        } catch (ServiceException e) {
            if (loader != null) loader.close();
            refused = e.getMessage();
        }
    }

    /** The jar the binary names, as the launcher's ROM of that name (read when it starts: a new jar takes a restart). */
    private byte[] jar(Env env) {
        try (AttachedRom rom = new AttachedRom(env, entry.binary())) {
            if (!rom.valid()) throw new InvalidRequestException("the ROM '" + entry.binary() + "' is empty");
            return rom.bytes();
        }
    }

    /** Ends its subsystem (closing the session returns what the launcher paid), or dismisses an ended one. */
    void stop() {
        session.ifPresent(LoaderSession::close);
        session = Optional.empty();
        status = null;
        refused = "";
        paid = 0;
    }

    /** What the launcher gave its Loader session (0 without one): it comes back when the session closes. */
    long paid() { return paid; }

    /** Reads the subsystem's status anew; true if it changed. */
    boolean refresh() {
        if (session.isEmpty()) return false;
        SubsystemStatus now = session.get().status();
        boolean changed = !now.equals(status);
        status = now;
        return changed;
    }

    /** Raises its views (and shows them, if hidden): a click on a running entry. */
    void raise() {
        control(SessionControl.TO_FRONT);
        control(SessionControl.SHOW);
        hidden = false;
    }

    void hide(boolean hide) {
        control(hide ? SessionControl.HIDE : SessionControl.SHOW);
        hidden = hide;
    }

    boolean hidden() { return hidden; }

    /**
     * Takes the config's new entry for it. A running subsystem keeps running; a changed {@code <config>}
     * reaches it as a ROM update (a {@code ServiceException} if its session cannot pay for it), the rest
     * applies at its next start.
     */
    void reconfigure(SubsystemEntry next) {
        boolean newConfig = !next.config().equals(entry.config());
        entry = next;
        if (newConfig && running()) {
            byte[] config = configBytes();
            LoaderSession loader = session.get();
            loader.allocRomModule("config", config.length).bytes().put(config);
            loader.commitRomModule("config");
        }
    }

    private void control(SessionControl op) {
        if (!running()) return;
        try {
            session.get().sessionControl(op);
        } catch (ServiceException e) {
            // the loader could not reach a GUI server: the subsystem stays as it is
        }
    }

    private byte[] configBytes() { return entry.config().getBytes(StandardCharsets.UTF_8); }
}
