package org.jenode.base.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.report.ReportSession;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.xml.XmlNode;

/**
 * A component that does nothing but hand its {@link Env} to the test, so that the test can open
 * sessions as this component would. Start it from a scenario as {@code <start name="probe">} with the
 * binary returned by {@link #binary()}.
 *
 * <p>It publishes reports and reads ROMs as the peer it stands in for would: {@link #report} and
 * {@link #awaitRom} keep one session per name, used on the probe's entrypoint only.
 */
public final class Probe {

    /** Room for any report a test writes; a probe pays this per report name. */
    private static final int REPORT_BUFFER = 64 * 1024;

    private final String name;
    private final Consumer<Env> start;
    private final CompletableFuture<Env> env = new CompletableFuture<>();
    private final Map<String, ReportSession> reports = new HashMap<>();
    private final Map<String, AttachedRom> roms = new HashMap<>();

    public Probe(String name) { this(name, _ -> { }); }

    /** A probe that runs {@code start} as its start-up, e.g. to announce a stand-in service, before the test gets its env. */
    public Probe(String name, Consumer<Env> start) {
        this.name = name;
        this.start = start;
    }

    public Binary binary() {
        return new Binary(name, e -> {
            start.accept(e);
            env.complete(e);
            return new Component() { };
        });
    }

    /** The probe's env, once init has started it. */
    public Env env() {
        try {
            return env.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("probe '" + name + "' was not started", e);
        }
    }

    /** Runs {@code action} on the probe's entrypoint, as the component's own code would run. */
    public <T> T onEp(Function<Env, T> action) {
        Env e = env();
        return e.ep().call(() -> action.apply(e));
    }

    /**
     * Publishes {@code text} as the probe's report {@code name}, exactly as given: it need not be
     * well-formed, so that a test can play a broken peer. The session opens at the first report.
     */
    public void report(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > REPORT_BUFFER) throw new IllegalArgumentException("a test report of " + bytes.length + " bytes");
        onEp(e -> {
            ReportSession session = reports.computeIfAbsent(name, n -> e.session(ReportSession.class, n,
                    SessionArgs.ramQuota(8 * 1024 + REPORT_BUFFER).with("buffer_size", REPORT_BUFFER)));
            session.dataspace().bytes().put(bytes);
            session.submit(bytes.length);
            return null;
        });
    }

    /** The ROM {@code name} as the probe reads it now; {@code <empty/>} while it has no content. Throws if it is not XML. */
    public XmlNode rom(String name) {
        return onEp(e -> {
            AttachedRom rom = roms.computeIfAbsent(name, n -> new AttachedRom(e, n));
            rom.update();
            return rom.xml();
        });
    }

    /** Waits until the ROM {@code name} is XML that satisfies {@code until}, and returns it. */
    public XmlNode awaitRom(String name, Predicate<XmlNode> until) {
        return Await.answer("ROM '" + name + "' of " + this.name, () -> rom(name), until);
    }

    /** Only nitpicker's SyncPacingTest still sleeps (issue 15, item 4, in that module's hands); goes with it. */
    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
