package org.jenode.base;

/** A tiny service for tests: tells the client which label the server saw. */
@ServiceName(value = "Echo", ramQuota = 4096)
public interface EchoSession extends Session {

    String label();

    /** Allocates {@code bytes} from the session's donation, as a server does for a client's buffer. */
    void allocate(int bytes);

    /** Calls back into another echo session from the server's entrypoint. */
    String relay(EchoSession other);
}
