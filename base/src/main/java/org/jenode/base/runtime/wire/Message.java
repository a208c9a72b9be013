package org.jenode.base.runtime.wire;

import java.util.Map;

/**
 * One frame of the protocol between a parent and its child in a process of its own. Ids name
 * capabilities in the tables of the side that issued them; {@code call} numbers a request so that its
 * answer ({@link Opened}, {@link Returned} or {@link Failed}) can be matched. Values are encoded by the
 * runtime's value codec, by the same type system as a call in one process.
 */
public sealed interface Message {

    // --- parent to child

    /** The first frame: who the child is and what it runs. */
    record Start(String name, String label, String binary, long quota) implements Message { }

    /** Asks how long the child's entrypoint has been busy; answered by {@link Busy}. */
    record Ping(int sequence) implements Message { }

    /** Stop: the component closes its host resources and the process ends. */
    record Stop() implements Message { }

    /** A session request routed to the service the child announced as {@code service}; answered by {@link Opened}. */
    record Create(int call, int service, String label, long quota, Map<String, String> args) implements Message { }

    // --- child to parent

    /**
     * The child's session request, as its component made it, paid from its own RAM ({@code payer} 0) or from
     * the donation of a session it serves, named by the number of the {@link Create} call that asked for
     * it (it may pay while it is being created); answered by {@link Opened}.
     */
    record Open(int call, String type, String label, long quota, Map<String, String> args, int payer) implements Message { }

    /** The child offers {@code type} under its own id {@code service}. */
    record Announce(int service, String type) implements Message { }

    /** The component called {@code env.exit(code)}. */
    record Exit(int code) implements Message { }

    /** The component faulted ({@code fault} as a fault in one process is reported); the process waits to be stopped. */
    record Fault(String fault) implements Message { }

    /** The answer to {@link Ping}: the entrypoint's current work item has run {@code nanos} (0: idle). */
    record Busy(int sequence, long nanos) implements Message { }

    // --- either way

    /** Calls method number {@code method} of a session the receiver serves. */
    record Invoke(int call, int session, int method, byte[] arguments) implements Message { }

    /**
     * Adds {@code amount} to the donation of a session the receiver serves (for the child, from the account
     * that paid for it; for the parent's client, the child's server hears of it); answered by {@link Returned}.
     */
    record Upgrade(int call, int session, long amount) implements Message { }

    /** Closes a session the receiver serves; answered by {@link Returned}. */
    record Close(int call, int session) implements Message { }

    /** A session the sender now serves for the receiver, under the sender's id {@code session}. */
    record Opened(int call, int session) implements Message { }

    /** The result of a call, encoded ({@code value} is empty for {@code void}). */
    record Returned(int call, byte[] value) implements Message { }

    record Failed(int call, Failure failure) implements Message { }

    /** Submits the receiver's signal handler {@code handler}, {@code count} times coalesced. */
    record Signal(int handler, int count) implements Message { }

    /** The sender's dataspace {@code dataspace} is gone: the receiver unmaps it. */
    record Freed(int dataspace) implements Message { }

    /** The sender has mapped the receiver's dataspace {@code dataspace}, so the receiver need not keep it for it. */
    record Mapped(int dataspace) implements Message { }
}
