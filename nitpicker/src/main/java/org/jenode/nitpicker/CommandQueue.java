package org.jenode.nitpicker;

import java.nio.IntBuffer;

/** The client side of the command buffer: queues commands and executes them, also when the buffer fills. */
public final class CommandQueue {

    private final NitpickerSession session;
    private final IntBuffer buffer;
    private int queued;

    public CommandQueue(NitpickerSession session) {
        this.session = session;
        this.buffer = session.commandDataspace().ints();
    }

    public CommandQueue enqueue(Command command) {
        if (queued == CommandCodec.MAX_COMMANDS) execute();
        CommandCodec.write(buffer, queued++, command);
        return this;
    }

    public void execute() {
        if (queued == 0) return;
        session.execute();
        queued = 0;
    }
}
