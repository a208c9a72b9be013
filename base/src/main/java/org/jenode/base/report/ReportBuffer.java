package org.jenode.base.report;

import java.util.function.Consumer;
import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.SessionClosedException;
import org.jenode.base.SessionRequest;
import org.jenode.base.rom.RomModule;

/**
 * The server side of one report session: a buffer of the size the client asked for, paid from its
 * donation, whose submitted bytes become the content of a ROM module.
 */
public final class ReportBuffer implements ReportSession {

    private final Dataspace buffer;
    private final RomModule target;
    private final Consumer<RomModule> onSubmit;

    public ReportBuffer(SessionRequest<ReportSession> request, RomModule target, Consumer<RomModule> onSubmit) {
        int size = request.args().intValue("buffer_size", DEFAULT_BUFFER_SIZE);
        if (size <= 0) throw new InvalidRequestException("buffer_size must be positive, not " + size);
        this.buffer = request.quota().allocate(size);
        this.target = target;
        this.onSubmit = onSubmit;
    }

    @Override public Dataspace dataspace() { return buffer; }

    @Override public void submit(int length) {
        if (length < 0 || length > buffer.size())
            throw new InvalidRequestException("report length " + length + " outside buffer of " + buffer.size());
        byte[] report;
        try {
            report = buffer.copyBytes(length);
        } catch (IllegalStateException e) {
            // the client's account is closed (it is being stopped): its memory is gone, and so is the session
            throw new SessionClosedException("the report buffer of '" + target.name() + "' was freed with its client's account");
        }
        target.set(report);
        onSubmit.accept(target);
    }

    @Override public void close() { buffer.free(); }
}
