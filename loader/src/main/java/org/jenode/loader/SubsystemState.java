package org.jenode.loader;

/** What became of a loader's subsystem. */
public sealed interface SubsystemState {

    /** Not started yet. */
    record Idle() implements SubsystemState { }

    record Running() implements SubsystemState { }

    /** An exception escaped its code, or its start failed; it was stopped. */
    record Faulted(String reason) implements SubsystemState { }

    /** It ended itself with {@code code}; it was stopped. */
    record Exited(int code) implements SubsystemState { }
}
