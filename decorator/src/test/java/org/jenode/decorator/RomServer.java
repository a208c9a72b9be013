package org.jenode.decorator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Labels;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.rom.RomModule;
import org.jenode.base.rom.RomSession;

/**
 * A component serving ROM modules that the test sets and changes while the scenario runs, as core
 * does for files behind a scenario's ROMs (here without waiting for a file poll).
 */
final class RomServer {

    private final Map<String, RomModule> modules = new ConcurrentHashMap<>();

    Binary binary(String name) {
        return new Binary(name, env -> {
            env.announce(RomSession.class, request -> {
                RomModule m = modules.get(Labels.last(request.label()));
                if (m == null) throw new ServiceDeniedException("no ROM '" + Labels.last(request.label()) + "'");
                return m.session();
            });
            return new Component() { };
        });
    }

    /** Publishes or changes module {@code name}; readers are signalled. */
    void set(String name, byte[] content) {
        modules.computeIfAbsent(name, RomModule::new).set(content);
    }

    void set(String name, String content) { set(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8)); }
}
