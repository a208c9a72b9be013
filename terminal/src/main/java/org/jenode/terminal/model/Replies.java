package org.jenode.terminal.model;

/** Where the emulator's answers to the program go (cursor position reports, device attributes). */
@FunctionalInterface
public interface Replies {

    void send(byte[] bytes);
}
