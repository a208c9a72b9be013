package org.jenode.loader.server;

import org.jenode.base.Binary;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.SessionArgs;
import org.jenode.base.parent.ChildSpec;
import org.jenode.base.rom.RomModule;
import org.jenode.loader.Isolation;
import org.jenode.loader.LoaderSession;

/**
 * The one place where a subsystem's isolation is decided and becomes how it is started. A client asks
 * with the session argument {@code isolation}; without it, the loader's config attribute decides, and
 * without that a subsystem runs in a process of its own. A parent (a sub-init) cannot run in a process
 * of its own yet, so one asked to is refused, with the way out in the message; a component from a jar
 * runs only in a process (the runtime refuses it on threads).
 */
final class IsolationChoice {

    private final Isolation fallback;

    IsolationChoice(Isolation fallback) { this.fallback = fallback; }

    /** What the session asked for, or the loader's default. */
    Isolation requested(SessionArgs args) {
        return args.value(LoaderSession.ISOLATION).map(text -> Isolation.parse(text).orElseThrow(() -> new InvalidRequestException(
                "isolation=\"" + text + "\" is neither \"thread\" nor \"process\""))).orElse(fallback);
    }

    /** How the subsystem {@code name} is started with the isolation it asked for. */
    ChildSpec spec(String name, Binary binary, RamAccount ram, RomModule config, Isolation isolation) {
        return new ChildSpec(name, binary, ram, config, switch (isolation) {
            case THREAD -> org.jenode.base.parent.Isolation.THREAD;
            case PROCESS -> {
                if (binary.program() instanceof Binary.Parenting)
                    throw new InvalidRequestException(name + ": '" + binary.name() + "' starts children of its own, which a process"
                            + " child cannot do yet: ask for isolation=\"thread\"");
                yield org.jenode.base.parent.Isolation.PROCESS;
            }
        });
    }
}
