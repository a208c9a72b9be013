package org.jenode.base.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jenode.base.Binary;
import org.jenode.base.ComponentEnv;
import org.jenode.base.Labels;
import org.jenode.base.Parent;
import org.jenode.base.RamAccount;
import org.jenode.base.Service;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.Session;
import org.jenode.base.SessionRequest;
import org.jenode.base.WaitGraph;
import org.jenode.base.report.ReportBuffer;
import org.jenode.base.report.ReportSession;
import org.jenode.base.rom.RomModule;
import org.jenode.base.rom.RomSession;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a scenario: the root init and the services it gets from its parent (ROM, Timer, Report).
 * Files behind ROM modules, and the scenario file itself, are polled; a change updates the module,
 * and a change of the scenario's init config reconfigures init while everything keeps running.
 */
public final class Core implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("core");
    private static final long POLL_MS = 250;

    private final WaitGraph waits = new WaitGraph();
    private final Binaries binaries;
    private final Path scenarioFile;
    private final Map<String, RomModule> roms = new ConcurrentHashMap<>();
    private final Map<String, RomModule> reports = new ConcurrentHashMap<>();
    private final Map<Path, FileTime> watched = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final ComponentEnv coreEnv;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private volatile Scenario scenario;
    private ComponentEnv init;
    private RamAccount initRam;

    /** A core for a scenario given as text (tests); nothing is watched but files named by ROMs. */
    public Core(Scenario scenario, Binaries binaries) { this(scenario, binaries, null); }

    /** A core for a scenario file, which is watched for changes. */
    public static Core load(Path scenarioFile, Binaries binaries) {
        return new Core(Scenario.load(scenarioFile), binaries, scenarioFile);
    }

    private Core(Scenario scenario, Binaries binaries, Path scenarioFile) {
        this.scenario = scenario;
        this.binaries = binaries;
        this.scenarioFile = scenarioFile;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "core timer");
            t.setDaemon(true);
            return t;
        });
        this.coreEnv = new ComponentEnv("core", "core", new Nobody(), RamAccount.root("core", 0), waits);
        rom("platform_info").set("<platform_info/>");
        loadRoms(scenario);
    }

    /** Sets the {@code platform_info} ROM, where drivers learn how the host runs them. */
    public Core platformInfo(XmlNode info) {
        rom("platform_info").set(info.toXml());
        return this;
    }

    /** Starts the root init. */
    public Core start() {
        if (scenarioFile != null) watch(scenarioFile);
        scheduler.scheduleWithFixedDelay(this::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        initRam = RamAccount.root("machine", Long.MAX_VALUE / 4).split(scenario.ram(), "init");
        init = new ComponentEnv("init", "init", new RootPolicy(), initRam, waits);
        init.start(binaries.lookup("init"), fault -> {
            LOG.error("init faulted: {}", fault.toString(), fault);
            exit.completeExceptionally(fault);
        });
        return this;
    }

    /** The ROM module {@code name}, created empty if the scenario has none; set it to change it live. */
    public RomModule rom(String name) { return roms.computeIfAbsent(name, RomModule::new); }

    /** The latest report submitted under {@code label} (e.g. {@code init -> nitpicker -> focus}). */
    public Optional<String> report(String label) {
        RomModule m = reports.get(label);
        return m == null || m.content().isEmpty() ? Optional.empty() : Optional.of(m.text());
    }

    /** Completes with the exit code when init exits, exceptionally if init faults. */
    public CompletableFuture<Integer> exit() { return exit; }

    private void loadRoms(Scenario s) {
        rom("config").set(s.init().toLocatedXml());
        s.roms().forEach((name, source) -> {
            switch (source) {
                case Scenario.Inline(String content) -> {
                    RomModule m = rom(name);
                    if (!m.text().equals(content)) m.set(content);
                }
                case Scenario.FromFile(Path file) -> {
                    watch(file);
                    readFile(name, file);
                }
            }
        });
    }

    private void readFile(String name, Path file) {
        try {
            rom(name).set(Files.readAllBytes(file));
        } catch (IOException e) {
            LOG.error("{}: cannot read ROM '{}': {}", scenario.root().location(), name, e.toString());
            rom(name).clear();
        }
    }

    private void watch(Path file) {
        watched.put(file, mtime(file));
    }

    private static FileTime mtime(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private void poll() {
        watched.forEach((file, seen) -> {
            FileTime now = mtime(file);
            if (now.equals(seen)) return;
            watched.put(file, now);
            if (file.equals(scenarioFile)) reloadScenario();
            else scenario.roms().forEach((name, source) -> {
                if (source instanceof Scenario.FromFile f && f.file().equals(file)) readFile(name, file);
            });
        });
    }

    private void reloadScenario() {
        try {
            Scenario next = Scenario.load(scenarioFile);
            scenario = next;
            loadRoms(next);
            LOG.info("{} changed: reconfigured", scenarioFile);
        } catch (XmlException e) {
            LOG.error("scenario change rejected, keeping the running one: {}", e.getMessage());
        }
    }

    @Override public void close() {
        if (init != null) init.kill("shutdown");
        if (initRam != null) initRam.close();
        scheduler.shutdownNow();
        coreEnv.kill("shutdown");
        exit.complete(0);
    }

    /** Core's services, as the root init's parent. */
    private final class RootPolicy implements Parent {

        @Override public <S extends Session> S session(SessionRequest<S> request) {
            SessionRequest<S> routed = request.labelled(Labels.prefixed("init", request.label()));
            return coreEnv.serve(service(routed), routed);
        }

        @SuppressWarnings("unchecked")
        private <S extends Session> Service<S> service(SessionRequest<S> request) {
            Class<S> type = request.type();
            if (type == RomSession.class) return r -> (S) romSession(r.label());
            if (type == TimerSession.class) return r -> (S) new TimerService(scheduler);
            if (type == ReportSession.class) {
                return r -> (S) new ReportBuffer((SessionRequest<ReportSession>) r,
                        reports.computeIfAbsent(r.label(), RomModule::new), m -> { });
            }
            throw new ServiceDeniedException("core does not provide " + request.service() + " (label '" + request.label() + "')");
        }

        private RomSession romSession(String label) {
            RomModule module = roms.get(Labels.last(label));
            if (module == null) throw new ServiceDeniedException("no ROM module '" + Labels.last(label) + "' (label '" + label + "')");
            return module.session();
        }

        @Override public Binary binary(String name) { return binaries.lookup(name); }

        @Override public void exit(int code) { exit.complete(code); }

        @Override public <S extends Session> void announce(Class<S> type, Service<S> service, ComponentEnv server) {
            LOG.debug("init announced {}; core has no use for it", type.getSimpleName());
        }
    }

    /** Core itself has no parent. */
    private static final class Nobody implements Parent {
        @Override public <S extends Session> S session(SessionRequest<S> request) {
            throw new ServiceDeniedException("core has no parent");
        }

        @Override public Binary binary(String name) { throw new ServiceDeniedException("core has no parent"); }

        @Override public void exit(int code) { }

        @Override public <S extends Session> void announce(Class<S> type, Service<S> service, ComponentEnv server) { }
    }
}
