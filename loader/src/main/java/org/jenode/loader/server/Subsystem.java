package org.jenode.loader.server;

import java.util.Optional;
import org.jenode.base.Binary;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.Labels;
import org.jenode.base.RamAccount;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.ServiceException;
import org.jenode.base.SessionRequest;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.ChildHandle;
import org.jenode.base.parent.ChildPolicy;
import org.jenode.base.parent.Children;
import org.jenode.base.parent.Ending;
import org.jenode.base.parent.Route;
import org.jenode.base.parent.RouteRequest;
import org.jenode.base.rom.RomSession;
import org.jenode.loader.Isolation;
import org.jenode.loader.LoaderSession;
import org.jenode.loader.SubsystemState;
import org.jenode.loader.SubsystemStatus;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;

/**
 * One Loader session and the subsystem it starts (Genode's loader {@code Session_component}). All of
 * it runs on the loader's entrypoint: the client's calls, the subsystem's policy, and the services the
 * loader offers the subsystem. Closing the session stops the subsystem; its RAM returns to the loader
 * once it has ended, and the donation to the client at once.
 */
final class Subsystem implements LoaderSession {

    private final Env env;
    private final Children children;
    private final String label;
    private final RamAccount donation;
    private final Isolation isolation;
    private final IsolationChoice isolations;
    private final ControlGui control;
    private final RomModules modules;
    private long ramLimit;
    private Optional<Area> constraint = Optional.empty();
    private Optional<ViewCapability> parentView = Optional.empty();
    private SignalHandler viewReady = SignalHandler.NONE;
    private SignalHandler fault = SignalHandler.NONE;
    private boolean ready;
    private Optional<VirtualGui> gui = Optional.empty();
    private SubsystemState state = new SubsystemState.Idle();
    /** Set by {@link #start}: the subsystem's label below the loader, its child and its RAM. */
    private String name;
    private ChildHandle child;
    private SubsystemRam ram;
    /** The jar its binary came in, as a ROM module of the client's; deleted once it has ended. */
    private Optional<ClientJar> jar = Optional.empty();

    Subsystem(Env env, Children children, SessionRequest<LoaderSession> request, IsolationChoice isolations, ControlGui control) {
        this.env = env;
        this.children = children;
        this.label = request.label();
        this.donation = request.quota();
        this.isolations = isolations;
        this.isolation = isolations.requested(request.args());
        this.control = control;
        donation.charge(SESSION_COST);
        this.modules = new RomModules(donation);
    }

    @Override public Dataspace allocRomModule(String module, int size) { return modules.allocate(module, size); }

    @Override public void commitRomModule(String module) { modules.commit(module); }

    @Override public void ramQuota(long bytes) {
        if (bytes < 0) throw new InvalidRequestException("negative RAM quota " + bytes);
        ramLimit = bytes;
    }

    @Override public void constrainGeometry(Area size) {
        constraint = Optional.of(size);
        gui.ifPresent(g -> g.constrain(size));
    }

    @Override public void parentView(ViewCapability view) { parentView = Optional.of(view); }

    @Override public void viewReadySigh(SignalHandler handler) {
        viewReady = handler;
        if (ready) handler.submit();
    }

    @Override public void faultSigh(SignalHandler handler) {
        fault = handler;
        if (ended()) handler.submit();
    }

    @Override public void start(String binary, String childLabel) {
        Names.require(binary, "binary name");
        Names.optional(childLabel, "subsystem label");
        if (!(state instanceof SubsystemState.Idle)) {
            env.log().warn("'{}' asked to start its subsystem a second time; ignored", label);
            return;
        }
        Optional<ClientJar> clientJar = children.binary(binary).isPresent() ? Optional.empty() : modules.module(binary)
                .map(m -> ClientJar.write(binary, m.content().orElseThrow(() -> new InvalidRequestException("ROM module '" + binary + "' is not committed"))));
        Binary program = clientJar.map(ClientJar::binary).or(() -> children.binary(binary))
                .orElseThrow(() -> new InvalidRequestException("no binary '" + binary + "'"));
        String subsystem = Labels.prefixed(label, childLabel.isEmpty() ? binary : childLabel);
        long amount = ramLimit > 0 ? Math.min(ramLimit, donation.avail()) : donation.avail();
        SubsystemRam account = SubsystemRam.front(env.ram(), donation, amount, subsystem);
        boolean nested = constraint.isPresent() || parentView.isPresent();
        SubsystemRoutes routes = new SubsystemRoutes(subsystem, modules, children.offer(RomSession.class, this::openRom),
                nested ? Optional.of(children.offer(NitpickerSession.class, this::openGui)) : Optional.empty(),
                () -> gui.filter(g -> !g.closed()).isPresent());
        try {
            child = children.start(isolations.spec(subsystem, program, account.account(), modules.config(), isolation), new Policy(routes));
        } catch (ServiceException e) {
            account.close();
            clientJar.ifPresent(j -> j.delete(env.log()));
            throw e;
        }
        name = subsystem;
        ram = account;
        jar = clientJar;
        state = new SubsystemState.Running();
    }

    @Override public void viewGeometry(Rect rect, Point offset) { view().place(rect, offset); }

    @Override public Area viewSize() { return view().size(); }

    @Override public SubsystemStatus status() {
        return new SubsystemStatus(state, ram == null ? 0 : ram.quota(), ram == null ? 0 : ram.used(), isolation);
    }

    @Override public void sessionControl(SessionControl operation) {
        if (state instanceof SubsystemState.Running) control.apply(name, operation);
    }

    /** Stops the subsystem; the views go with its sessions, the donation returns to the client. */
    @Override public void close() {
        if (state instanceof SubsystemState.Running) stop("its loader session was closed");
        gui.ifPresent(VirtualGui::close);
        modules.close();
    }

    // ---- the services the loader offers the subsystem ----

    private RomSession openRom(SessionRequest<RomSession> request) {
        return modules.module(Labels.last(request.label()))
                .orElseThrow(() -> new ServiceDeniedException("no ROM module '" + Labels.last(request.label()) + "' of the client"))
                .session();
    }

    private NitpickerSession openGui(SessionRequest<NitpickerSession> request) {
        if (gui.filter(g -> !g.closed()).isPresent()) throw new ServiceDeniedException("'" + name + "' has its one GUI session already");
        VirtualGui g = new VirtualGui(env, request.quota(), request.label(), parentView, constraint, this::viewReady);
        gui = Optional.of(g);
        return g;
    }

    private void viewReady() {
        ready = true;
        viewReady.submit();
    }

    private VirtualGui view() {
        return gui.filter(g -> !g.closed()).orElseThrow(() -> new InvalidRequestException(
                "the subsystem has no view" + (state instanceof SubsystemState.Running ? " yet" : "")));
    }

    private boolean ended() { return state instanceof SubsystemState.Faulted || state instanceof SubsystemState.Exited; }

    /** Kills the child without waiting; its RAM returns to the loader once it has ended. */
    private void stop(String reason) {
        SubsystemRam account = ram;
        Optional<ClientJar> file = jar;
        child.kill(reason).whenComplete((_, _) -> env.ep().post(() -> {
            account.close();
            file.ifPresent(j -> j.delete(env.log()));
        }));
    }

    /** What the loader decides for the subsystem; called on the loader's entrypoint. */
    private final class Policy implements ChildPolicy {

        private final SubsystemRoutes routes;

        Policy(SubsystemRoutes routes) { this.routes = routes; }

        @Override public Route route(RouteRequest request) { return routes.route(request); }

        /** A subsystem serves nobody outside itself: what it announces is not routed. */
        @Override public void announced(Announcement announcement) {
            env.log().debug("{} announced {}; a subsystem serves nobody outside it", name, announcement.service());
        }

        @Override public void ended(Ending ending) {
            if (!(state instanceof SubsystemState.Running)) return;
            state = switch (ending) {
                case Ending.Faulted(Throwable t) -> {
                    env.log().error("{} faulted and was stopped: {}", name, t.toString());
                    yield new SubsystemState.Faulted(t.toString());
                }
                case Ending.Exited(int code) -> {
                    env.log().info("{} exited with code {}", name, code);
                    yield new SubsystemState.Exited(code);
                }
            };
            stop(state instanceof SubsystemState.Exited ? "exited" : "faulted");
            fault.submit();
        }
    }
}
