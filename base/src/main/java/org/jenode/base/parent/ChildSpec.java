package org.jenode.base.parent;

import java.util.Objects;
import org.jenode.base.Binary;
import org.jenode.base.RamAccount;
import org.jenode.base.rom.RomModule;

/**
 * What a child is started from.
 *
 * @param name      its name, the first element of every label it uses
 * @param binary    its program
 * @param ram       its RAM account, which the parent split off its own and closes when the child is gone
 * @param config    its {@code config} ROM (see {@link Route.OwnConfig}); the parent reconfigures the child
 *                  by publishing new content there, and the child is signalled
 * @param isolation on threads of the parent's JVM, or in a process of its own
 */
public record ChildSpec(String name, Binary binary, RamAccount ram, RomModule config, Isolation isolation) {

    public ChildSpec {
        Objects.requireNonNull(isolation, "isolation");
    }

    /** A child on threads of the parent's JVM. */
    public ChildSpec(String name, Binary binary, RamAccount ram, RomModule config) {
        this(name, binary, ram, config, Isolation.THREAD);
    }
}
