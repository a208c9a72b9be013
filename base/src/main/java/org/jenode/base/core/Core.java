package org.jenode.base.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jenode.base.Labels;
import org.jenode.base.RamAccount;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SessionRequest;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.ChildPolicy;
import org.jenode.base.parent.ChildSpec;
import org.jenode.base.parent.Ending;
import org.jenode.base.parent.Route;
import org.jenode.base.parent.RouteRequest;
import org.jenode.base.report.ReportBuffer;
import org.jenode.base.report.ReportSession;
import org.jenode.base.rom.RomModule;
import org.jenode.base.rom.RomSession;
import org.jenode.base.runtime.Root;
import org.jenode.base.timer.Timeouts;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlLocation;
import org.jenode.base.xml.XmlNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a scenario: the root init and the services it gets from its parent (ROM, Timer, Report).
 * Files behind ROM modules, and the scenario file itself, are polled; a change updates the module,
 * and a change of the scenario's init config reconfigures init while everything keeps running. A
 * scenario file that no longer reads is reported and the running scenario kept; a ROM file that cannot
 * be read (or is larger than {@link #MAX_ROM_FILE_BYTES}) is reported at its {@code <rom>} node and the
 * module becomes invalid.
 */
public final class Core implements AutoCloseable {

    /** The largest file a {@code <rom file>} may name; the read stops there. */
    public static final int MAX_ROM_FILE_BYTES = 64 << 20;

    private static final Logger LOG = LoggerFactory.getLogger("core");
    private static final long POLL_MS = 250;

    private final Binaries binaries;
    private final Path scenarioFile;
    private final Map<String, RomModule> roms = new ConcurrentHashMap<>();
    private final Map<String, RomModule> reports = new ConcurrentHashMap<>();
    private final Map<Path, FileTime> watched = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller;
    private final Timeouts timeouts = new Timeouts("core timer");
    private final Root root;
    private final Announcement romService, timerService, reportService;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private volatile Scenario scenario;
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
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "core file watch");
            t.setDaemon(true);
            return t;
        });
        this.root = new Root("core", binaries::find);
        this.romService = root.offer(RomSession.class, r -> romSession(r.label()));
        this.timerService = root.offer(TimerSession.class, r -> timeouts.open());
        this.reportService = root.offer(ReportSession.class, this::reportSession);
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
        poller.scheduleWithFixedDelay(this::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        initRam = RamAccount.root("machine", Long.MAX_VALUE / 4).split(scenario.ram(), "init");
        ChildSpec init = new ChildSpec("init", binaries.lookup("init"), initRam, rom("config"));
        root.ep().post(() -> root.children().start(init, new RootPolicy()));
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

    private RomSession romSession(String label) {
        RomModule module = roms.get(Labels.last(label));
        if (module == null) throw new ServiceDeniedException("no ROM module '" + Labels.last(label) + "' (label '" + label + "')");
        return module.session();
    }

    private ReportSession reportSession(SessionRequest<ReportSession> request) {
        return new ReportBuffer(request, reports.computeIfAbsent(request.label(), RomModule::new), m -> { });
    }

    private void loadRoms(Scenario s) {
        rom("config").set(s.init().toLocatedXml());
        s.roms().forEach((name, source) -> {
            switch (source) {
                case Scenario.Inline(String content) -> {
                    RomModule m = rom(name);
                    if (!m.text().equals(content)) m.set(content);
                }
                case Scenario.FromFile file -> {
                    watch(file.file());
                    readFile(name, file);
                }
            }
        });
    }

    private void readFile(String name, Scenario.FromFile source) {
        try {
            rom(name).set(readBounded(source.file()));
        } catch (IOException e) {
            LOG.error("{}", new XmlException(source.declaredAt(), "<rom name=\"" + name + "\">: cannot read "
                    + source.file() + ": " + e.getMessage()).getMessage());
            rom(name).clear();
        }
    }

    /** Reads at most one byte more than allowed, so that a device without end is refused, not read. */
    private static byte[] readBounded(Path file) throws IOException {
        if (Files.size(file) > MAX_ROM_FILE_BYTES) throw tooLarge();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_ROM_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_ROM_FILE_BYTES) throw tooLarge();
        return bytes;
    }

    private static IOException tooLarge() {
        return new IOException("larger than " + (MAX_ROM_FILE_BYTES >> 20) + " MiB, the limit for a ROM file");
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

    /** One round of the file watch; whatever goes wrong with one file, the watch goes on. */
    private void poll() {
        watched.forEach((file, seen) -> {
            try {
                FileTime now = mtime(file);
                if (now.equals(seen)) return;
                watched.put(file, now);
                if (file.equals(scenarioFile)) reloadScenario();
                else scenario.roms().forEach((name, source) -> {
                    if (source instanceof Scenario.FromFile f && f.file().equals(file)) readFile(name, f);
                });
            } catch (RuntimeException e) {
                LOG.error("watching {}: {}", file, e.toString(), e);
            }
        });
    }

    private void reloadScenario() {
        Scenario next;
        try {
            next = Scenario.load(scenarioFile);
        } catch (XmlException e) {
            LOG.error("scenario change rejected, keeping the running one: {}", e.getMessage());
            return;
        }
        if (next.ram() != scenario.ram())
            LOG.warn("{}: <scenario ram> changes take effect at the next start", next.root().location());
        scenario = next;
        loadRoms(next);
        LOG.info("{} changed: reconfigured", scenarioFile);
    }

    @Override public void close() { stop(root::close); }

    /**
     * Stops the scenario, waiting up to {@code bound} for its components to end rather than the
     * runtime's usual bound: the AOT training waits as long as its recording children may take.
     */
    public void close(Duration bound) { stop(() -> root.close(bound)); }

    private void stop(Runnable endComponents) {
        poller.shutdownNow();
        endComponents.run();
        if (initRam != null) initRam.close();
        timeouts.close();
        exit.complete(0);
    }

    /** Core's policy for the root init: core's own services, the scenario's init config. */
    private final class RootPolicy implements ChildPolicy {

        @Override public Route route(RouteRequest request) {
            String label = Labels.prefixed("init", request.label());
            return switch (request.service()) {
                case "ROM" -> request.label().equals("config") ? new Route.OwnConfig() : new Route.ToService(romService, label);
                case "Timer" -> new Route.ToService(timerService, label);
                case "Report" -> new Route.ToService(reportService, label);
                default -> throw new ServiceDeniedException("core does not provide " + request.service() + " (label '" + label + "')");
            };
        }

        @Override public void announced(Announcement announcement) {
            LOG.debug("init announced {}; core has no use for it", announcement.service());
        }

        @Override public void ended(Ending ending) {
            switch (ending) {
                case Ending.Exited(int code) -> exit.complete(code);
                case Ending.Faulted(Throwable fault) -> {
                    LOG.error("init faulted: {}", fault.toString(), fault);
                    exit.completeExceptionally(fault);
                }
            }
        }
    }
}
