package org.jenode.loader;

import org.jenode.base.Dataspace;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;

/**
 * A client-paid subsystem (Genode 14.11's Loader session). The typical sequence (spec §6.5):
 *
 * <pre>{@code
 * LoaderSession loader = env.session(LoaderSession.class, "", SessionArgs.ramQuota(LoaderSession.quota(8 << 20, config.length)));
 * loader.allocRomModule("config", config.length).bytes().put(config);
 * loader.commitRomModule("config");
 * loader.viewReadySigh(ready); loader.faultSigh(fault);
 * loader.constrainGeometry(new Area(400, 300));
 * loader.parentView(gui.viewCapability(myView));          // the subsystem's view nests in mine
 * loader.start("testnit", "demo");
 * // on the ready signal, and whenever my view moves:
 * loader.viewGeometry(Rect.of(new Point(10, 10), loader.viewSize()), Point.ORIGIN);
 * loader.close();                                          // the subsystem ends, the donation returns
 * }</pre>
 *
 * The donation pays for everything of the subsystem: this session's bookkeeping ({@link #SESSION_COST}),
 * each ROM module ({@link #MODULE_COST} plus its content, twice while a new version is being written),
 * and the subsystem's own RAM, which is what is left when it starts (or {@link #ramQuota}).
 *
 * <p>The session argument {@code isolation} ({@link Isolation}) chooses where the subsystem runs: in a
 * process of its own unless the loader's config says otherwise. A committed ROM module {@code NAME.jar}
 * named as the binary is a jar of the client's whose catalog registers {@code NAME}; it runs only in a process.
 */
@ServiceName(value = "Loader", ramQuota = LoaderSession.SESSION_COST)
public interface LoaderSession extends Session {

    /** What the session itself costs the donation: the server's bookkeeping. */
    int SESSION_COST = 16 * 1024;

    /** What each ROM module costs besides its content. */
    int MODULE_COST = 512;

    /** The session argument that chooses the subsystem's {@link Isolation}. */
    String ISOLATION = "isolation";

    /** The donation for a subsystem of {@code ram} bytes whose ROM modules hold {@code romBytes} in all. */
    static long quota(long ram, long romBytes) { return SESSION_COST + ram + 2 * romBytes + 8L * MODULE_COST; }

    /**
     * A background buffer of {@code size} bytes for ROM module {@code name}, for the client to write; the
     * subsystem sees nothing of it before {@link #commitRomModule}. A later call for the same name hands
     * out a new buffer. {@code config} is the subsystem's config ROM.
     */
    Dataspace allocRomModule(String name, int size);

    /**
     * Publishes the module's background buffer as its content (a copy: writing to the buffer afterwards
     * changes nothing the subsystem sees) and signals the subsystem's readers, which see the new content
     * on their next fetch: a committed {@code config} reaches a running subsystem as a ROM update.
     */
    void commitRomModule(String name);

    /** Limits the subsystem's RAM; without it, the subsystem gets everything the donation has left at start. */
    void ramQuota(long bytes);

    /**
     * The largest screen the subsystem's GUI session reports. Like {@link #parentView}, it makes the
     * subsystem's one GUI session a virtual one of the loader; call it before {@link #start}.
     */
    void constrainGeometry(Area size);

    /** The client's view in which the subsystem's view is nested (so it moves with the client's). */
    void parentView(ViewCapability view);

    /** Signalled on the subsystem's first view geometry: now {@link #viewSize} means something. */
    void viewReadySigh(SignalHandler handler);

    /** Signalled when the subsystem faults or exits; {@link #status} says which and why. */
    void faultSigh(SignalHandler handler);

    /**
     * Starts the subsystem from {@code binary} (a sub-init is {@code init} with a {@code config} module).
     * Its session labels are this session's label, then {@code label} (the binary's name if empty), then
     * its own. A second call is ignored.
     */
    void start(String binary, String label);

    /** Places the subsystem's view relative to the parent view, its buffer shifted by {@code offset}, and raises it. */
    void viewGeometry(Rect rect, Point offset);

    /** The size the subsystem asked for, cut to the {@link #constrainGeometry} limit. */
    Area viewSize();

    /** What became of the subsystem and what it costs now. */
    SubsystemStatus status();

    /**
     * Hides, shows or raises the subsystem's views, wherever its GUI sessions went (a window manager
     * raises its windows): the one thing besides placing its nested view that a client may do to them.
     */
    void sessionControl(SessionControl control);
}
