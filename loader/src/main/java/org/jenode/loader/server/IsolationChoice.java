package org.jenode.loader.server;

import org.jenode.base.Binary;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.SessionArgs;
import org.jenode.base.parent.ChildSpec;
import org.jenode.base.rom.RomModule;
import org.jenode.loader.Isolation;
import org.jenode.loader.LoaderSession;
import org.slf4j.Logger;

/**
 * The one place where a subsystem's isolation is decided and becomes how it is started. A client asks
 * with the session argument {@code isolation}; without it, the loader's config attribute decides.
 *
 * <p>Children in processes of their own (issue 9) are not in the parent API yet, so every subsystem runs
 * on threads of this JVM for now, and one that asked for a process is told so in the log and in its
 * status. Once {@code ChildSpec} carries the isolation, {@link #spec} passes it on and {@link #effective}
 * returns what was asked for; nothing else in the loader changes.
 */
final class IsolationChoice {

    private final Isolation fallback;
    private final Logger log;

    IsolationChoice(Isolation fallback, Logger log) {
        this.fallback = fallback;
        this.log = log;
    }

    /** What the session asked for, or the loader's default. */
    Isolation requested(SessionArgs args) {
        return args.value(LoaderSession.ISOLATION).map(text -> Isolation.parse(text).orElseThrow(() -> new InvalidRequestException(
                "isolation=\"" + text + "\" is neither \"thread\" nor \"process\""))).orElse(fallback);
    }

    /** Where a subsystem that asked for {@code requested} really runs. */
    Isolation effective(Isolation requested) { return Isolation.THREAD; }

    /** How the subsystem {@code name} is started with the isolation it asked for. */
    ChildSpec spec(String name, Binary binary, RamAccount ram, RomModule config, Isolation requested) {
        if (requested != effective(requested))
            log.warn("{}: isolation=\"{}\" asked for, thread only for now: it runs on threads of the loader's JVM", name, requested.attribute());
        return new ChildSpec(name, binary, ram, config);
    }
}
