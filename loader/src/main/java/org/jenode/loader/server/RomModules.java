package org.jenode.loader.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.RamAccount;
import org.jenode.base.rom.RomModule;
import org.jenode.loader.LoaderSession;

/**
 * A client's ROM modules, double-buffered (Genode's {@code rom.h}): the client writes a background
 * buffer, and a commit publishes a copy of it as the module's content, which readers see on their next
 * fetch. Everything is paid from the session's donation: {@link LoaderSession#MODULE_COST}
 * per module, the background buffer, and the published content while it is current.
 */
final class RomModules {

    /** The subsystem's config ROM: always there, empty until the client commits one. */
    static final String CONFIG = "config";

    private final RamAccount donation;
    private final Map<String, Module> modules = new LinkedHashMap<>();

    /** One module: the buffer the client writes, and the content its readers see. */
    private static final class Module {
        final RomModule published;
        Dataspace background;
        long charged;

        Module(String name) { this.published = new RomModule(name); }
    }

    RomModules(RamAccount donation) {
        this.donation = donation;
        modules.put(CONFIG, charged(CONFIG));
    }

    /** The config module, which the subsystem reads as its config ROM. */
    RomModule config() { return modules.get(CONFIG).published; }

    /** A new background buffer of {@code size} bytes for {@code name}; the previous one is gone. */
    Dataspace allocate(String name, int size) {
        Names.require(name, "ROM module name");
        if (size < 0) throw new InvalidRequestException("ROM module '" + name + "' of negative size " + size);
        Module m = modules.get(name);
        if (m == null) {
            m = charged(name);
            modules.put(name, m);
        }
        if (m.background != null) m.background.free();
        m.background = null;
        m.background = donation.allocate(size);
        return m.background;
    }

    /** Publishes a copy of {@code name}'s background buffer and signals its readers. */
    void commit(String name) {
        Module m = modules.get(name);
        if (m == null) throw new InvalidRequestException("no ROM module '" + name + "' (allocate it first)");
        if (m.background == null) throw new InvalidRequestException("ROM module '" + name + "' has no buffer to commit");
        long size = m.background.size(), old = m.charged;
        donation.release(old);
        try {
            donation.charge(size);
        } catch (QuotaExceededException e) {
            donation.charge(old); // just released, so it fits: the old content stays, paid as before
            throw e;
        }
        m.charged = size;
        m.published.set(m.background.copyBytes((int) size));
    }

    /** The module {@code name} if the client made one; a subsystem's ROM request for it is served here. */
    Optional<RomModule> module(String name) {
        return Optional.ofNullable(modules.get(name)).map(m -> m.published);
    }

    /** The session ends: the buffers go at once (the donation's account closes with it anyway). */
    void close() {
        for (Module m : modules.values()) {
            if (m.background != null) m.background.free();
            m.background = null;
        }
    }

    private Module charged(String name) {
        donation.charge(LoaderSession.MODULE_COST);
        return new Module(name);
    }
}
