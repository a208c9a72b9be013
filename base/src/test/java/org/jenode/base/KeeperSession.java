package org.jenode.base;

import java.util.List;

/** A test service that keeps what it is given, to show what crosses a call. */
@ServiceName(value = "Keeper", ramQuota = 4096)
public interface KeeperSession extends Session {

    /** The server keeps {@code words} as it received them. */
    void remember(List<String> words);

    List<String> remembered();

    /** A sub-session served by the same server object every time. */
    KeeperSession twin();

    /** Calls back into an echo session from the server's entrypoint. */
    String relay(EchoSession other);

    /** The size of a dataspace the client hands over. */
    int measure(Dataspace dataspace);
}
