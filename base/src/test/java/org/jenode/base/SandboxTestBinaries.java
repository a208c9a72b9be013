package org.jenode.base;

import java.util.List;

/**
 * The test programs a child in a process of its own runs: found there by name through
 * {@code -Djenode.catalogs} (base's test JVM options), as the parent finds them through the same property.
 */
public final class SandboxTestBinaries implements BinaryCatalog {

    /** For the catalog lookup, which makes it by reflection. */
    public SandboxTestBinaries() { }

    @Override public List<Binary> binaries() {
        return List.of(new Binary("echo_server", EchoServer::new));
    }
}
