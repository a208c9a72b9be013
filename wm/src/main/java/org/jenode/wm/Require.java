package org.jenode.wm;

import org.jenode.base.InvalidRequestException;

/**
 * Argument checks at the wm's session boundary. The runtime is to refuse {@code null} before a server
 * sees it (the trust boundary); until it does, a null here must not become a fault of the wm.
 */
final class Require {

    private Require() { }

    static void present(Object argument, String what) {
        if (argument == null) throw new InvalidRequestException("missing " + what);
    }
}
