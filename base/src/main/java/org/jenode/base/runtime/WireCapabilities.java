package org.jenode.base.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.OptionalInt;
import org.jenode.base.Dataspace;
import org.jenode.base.Entrypoint;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.SignalHandler;
import org.jenode.base.crossing.Descriptor;
import org.jenode.base.crossing.SignalRelay;
import org.jenode.base.runtime.wire.Message;
import org.jenode.base.runtime.wire.Wire;
import org.jenode.base.runtime.wire.WireException;
import org.jenode.base.runtime.wire.WireIn;
import org.jenode.base.runtime.wire.WireOut;

/**
 * The capabilities in values, as one end of a wire writes and reads them, the same at either end: a
 * reference is "none", "mine" (an id in the writer's table, which the reader imports) or "yours" (an id
 * the reader handed out, which it looks up; one it never handed out is a forgery).
 * <ul>
 *   <li>a signal handler of this side crosses as an id; the other side's stand-in is a handler that sends
 *       a {@link Message.Signal} from the thread that submits it if the socket takes it at once, and from
 *       its entrypoint otherwise (see {@link #trySignal}), so submits coalesce on both sides;</li>
 *   <li>a dataspace crosses as an id and the descriptor of its sealed memory file, which travels in the
 *       same frame ({@code SCM_RIGHTS}, see {@link Wire}) and which the reader checks, maps if the id is
 *       new to it, and closes at once (acknowledging with {@link Message.Mapped}); when the owner frees
 *       it, the reader hears {@link Message.Freed} and unmaps, so a kept old buffer fails as it does in
 *       one process; read-only content that nobody frees (a ROM's) stays mapped until the reader's
 *       collector drops it, and the writer lets go of it once it is mapped;</li>
 *   <li>any other token (a view capability) crosses as an id; the reader's stand-in is a new token of the
 *       same class, made with its one-string constructor, which names nothing but that id;</li>
 *   <li>sessions are each side's own business ({@link SessionCodec}).</li>
 * </ul>
 */
final class WireCapabilities implements ValueCodec.Capabilities {

    /** How one end writes and reads session capabilities. */
    interface SessionCodec {

        void write(Class<?> type, Object session, WireOut out, String where);

        Object read(Class<?> type, WireIn in) throws WireException;
    }

    static final int NONE = 0, WRITERS = 1, READERS = 2;

    private final Wire wire;
    private final CapabilityTable table;
    private final long peerPid;
    private final Entrypoint ep;
    private final SessionCodec sessions;
    /** The arenas of the peer's dataspaces mapped here, by the peer's id; closing one unmaps it. */
    private final Map<Integer, Arena> mappings;
    /**
     * The ids of this side's memory handed out, by file and access: a server may answer with a fresh view
     * of the same memory each time (an input buffer's read-only view), which must not be mapped anew.
     */
    private final Map<Shared, Integer> sharedIds;

    /** The ids of content copies made for one crossing each, freed once the peer has mapped them. */
    private final Set<Integer> copies;

    /** Memory as the other side maps it: which file, and whether for writing. */
    private record Shared(int descriptor, boolean writable) { }

    /** {@code ep} runs the stand-ins of the peer's signal handlers. */
    WireCapabilities(Wire wire, CapabilityTable table, long peerPid, Entrypoint ep, SessionCodec sessions) {
        this(wire, table, peerPid, ep, sessions, new HashMap<>(), new HashMap<>(), new HashSet<>());
    }

    private WireCapabilities(Wire wire, CapabilityTable table, long peerPid, Entrypoint ep, SessionCodec sessions,
                             Map<Integer, Arena> mappings, Map<Shared, Integer> sharedIds, Set<Integer> copies) {
        this.wire = wire;
        this.table = table;
        this.peerPid = peerPid;
        this.ep = ep;
        this.sessions = sessions;
        this.mappings = mappings;
        this.sharedIds = sharedIds;
        this.copies = copies;
    }

    /** The same capabilities, with sessions written and read by {@code other} (a server's answers, say). */
    WireCapabilities with(SessionCodec other) {
        return new WireCapabilities(wire, table, peerPid, ep, other, mappings, sharedIds, copies);
    }

    @Override public void writeSession(Class<?> type, Object session, WireOut out, String where) {
        sessions.write(type, session, out, where);
    }

    @Override public Object readSession(Class<?> type, WireIn in) throws WireException { return sessions.read(type, in); }

    @Override public byte[] finish(WireOut out) {
        byte[] bytes = out.toBytes();
        wire.attach(bytes, out.descriptors());
        return bytes;
    }

    @Override public WireIn reading(byte[] bytes) { return new WireIn(bytes, wire.received(bytes)); }

    @Override public void writeToken(Class<?> type, Object token, WireOut out, String where) {
        if (token == SignalHandler.NONE) {
            out.writeByte(NONE);
            return;
        }
        OptionalInt yours = table.importedId(token);
        if (yours.isPresent()) {
            out.writeByte(READERS).writeInt(yours.getAsInt());
            return;
        }
        if (token instanceof Dataspace d) {
            writeDataspace(d, out, where);
            return;
        }
        out.writeByte(WRITERS).writeInt(table.export(token));
    }

    /**
     * A dataspace of this side: its id, the descriptor of its memory file, its size, whether the reader may
     * write, and whether it is content that nobody frees (a ROM's): that crosses as a sealed copy made for
     * this crossing, which the reader keeps for as long as it holds it and this side frees once it is
     * mapped; memory of an account crosses as itself, under one id however many views of it cross.
     */
    private void writeDataspace(Dataspace d, WireOut out, String where) {
        sweep();
        if (d.collected()) {
            Dataspace copy = d.sharedCopy();
            int id = table.export(copy);
            synchronized (copies) { copies.add(id); }
            out.writeByte(WRITERS).writeInt(id).writeDescriptor(copy.sharedDescriptor().orElseThrow()).writeInt(copy.size())
                    .writeBoolean(false).writeBoolean(true);
            return;
        }
        OptionalInt fd = d.sharedDescriptor();
        if (fd.isEmpty()) {
            throw new InvalidRequestException(where + ": " + d + (d.freed() ? " was freed" : " is writable memory of this process"
                    + " alone (not allocated from a donation of the process child), which cannot cross to another process"));
        }
        boolean writable = !d.segment().isReadOnly();
        int id;
        synchronized (sharedIds) {
            Shared key = new Shared(fd.getAsInt(), writable);
            Integer known = sharedIds.get(key);
            id = known != null ? known : table.export(d);
            sharedIds.put(key, id);
        }
        out.writeByte(WRITERS).writeInt(id).writeDescriptor(fd.getAsInt()).writeInt(d.size()).writeBoolean(writable).writeBoolean(false);
    }

    @Override public Object readToken(Class<?> type, WireIn in) throws WireException {
        int tag = in.readByte();
        return switch (tag) {
            case NONE -> {
                if (type != SignalHandler.class) throw new WireException("no " + type.getSimpleName() + " given");
                yield SignalHandler.NONE;
            }
            case READERS -> table.exported(in.readInt(), type);
            case WRITERS -> {
                int id = in.readInt();
                if (type == Dataspace.class) yield readDataspace(id, in);
                Object standIn = table.importing(id, () -> standIn(type, id));
                if (!type.isInstance(standIn)) throw new WireException("capability " + id + " was a " + standIn.getClass().getSimpleName());
                yield standIn;
            }
            default -> throw new WireException("a capability reference of kind " + tag);
        };
    }

    /**
     * The peer's dataspace {@code id}, with the descriptor of its memory file that came in the same frame:
     * mapped if it is new here, and the descriptor closed either way (a mapping keeps the memory).
     */
    private Object readDataspace(int id, WireIn in) throws WireException {
        try (Descriptor file = in.readDescriptor()) {
            int size = in.readInt();
            boolean writable = in.readBoolean(), collected = in.readBoolean();
            if (collected) {
                if (writable) throw new WireException("writable content that nobody frees, as dataspace " + id);
                return mapContent(id, file, size);
            }
            Object known = table.imported(id).orElse(null);
            if (known != null) {
                if (!(known instanceof Dataspace d)) throw new WireException("capability " + id + " is not a dataspace");
                return d;
            }
            Object mapped = table.importing(id, () -> {
                Arena arena = Arena.ofShared();
                try {
                    Dataspace d = Dataspace.mapped(file, size, writable, arena);
                    synchronized (mappings) { mappings.put(id, arena); }
                    return d;
                } catch (IllegalArgumentException | IllegalStateException e) {
                    arena.close();
                    throw new WireException("dataspace " + id + " of process " + peerPid + " does not map: " + e.getMessage());
                }
            });
            send(new Message.Mapped(id));
            return mapped;
        }
    }

    /** Read-only content: mapped for as long as this side holds it, then unmapped by the collector. */
    private Dataspace mapContent(int id, Descriptor file, int size) throws WireException {
        try {
            Dataspace d = Dataspace.mapped(file, size, false, Arena.ofAuto());
            send(new Message.Mapped(id));
            return d;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new WireException("content " + id + " of process " + peerPid + " does not map: " + e.getMessage());
        }
    }

    private Object standIn(Class<?> type, int id) throws WireException {
        if (type == SignalHandler.class)
            return SignalHandler.relayed(ep, new SignalRelay(count -> trySignal(id, count), count -> send(new Message.Signal(id, count))));
        try {
            return type.getConstructor(String.class).newInstance("of the other process, #" + id);
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw new IllegalStateException(type.getName() + " cannot cross to another process: it has no public constructor"
                    + " taking a description", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e.getCause());
        }
    }

    /**
     * Sends a signal for the peer's handler {@code id} from the thread that submitted it, if that needs no
     * waiting (the socket is free and has room), so a server's thread never waits for a peer that stopped
     * reading; false sends it from the stand-in's entrypoint, as every signal went before. The order of
     * frames allows it: a signal carries no data but its count, and its receiver learns what changed by
     * calls whose answers are written after the state they report, so a signal may come early, never
     * wrong. Sent from here, it leaves no later than from the entrypoint, in particular before the answer
     * of a call the server is serving when it submits (that answer is written once the call returns), as
     * in one process, where the handler runs once the caller's entrypoint is done with the call (a ROM's
     * {@code sigh} that signals a change at once, say). Frames never mix:
     * this writes only under the wire's lock. A wire that is gone takes the signal as sent: nobody is left
     * to hear it, and the child's end is reported by itself.
     */
    private boolean trySignal(int id, int count) {
        try {
            return wire.trySend(new Message.Signal(id, count));
        } catch (IOException e) {
            return true;
        }
    }

    /** The peer submitted this side's handler {@code id}. */
    void signal(int id, int count) throws WireException {
        if (count <= 0) throw new WireException("a signal submitted " + count + " times");
        SignalHandler handler = table.exported(id, SignalHandler.class);
        for (int i = 0; i < Math.min(count, 1024); i++) handler.submit();
    }

    /** The peer freed its dataspace {@code id}: unmapped here too, so every view of it fails from now on. */
    void freed(int id) throws WireException {
        if (!(table.forget(id).orElse(null) instanceof Dataspace)) throw new WireException("no dataspace " + id + " to free");
        Arena arena;
        synchronized (mappings) { arena = mappings.remove(id); }
        if (arena != null) arena.close();
    }

    /**
     * The peer mapped this side's dataspace {@code id}. Read-only content is let go of: the peer has its
     * own mapping, and this side keeps no old versions for it. Memory of an account stays in the table
     * until its owner frees it.
     */
    void mapped(int id) throws WireException {
        Dataspace d = table.exported(id, Dataspace.class);
        boolean copy;
        synchronized (copies) { copy = copies.remove(id); }
        if (copy) {
            table.unexport(id);
            d.free();
        }
    }

    /** Tells the peer of every dataspace handed to it that has been freed since. */
    void sweep() {
        for (int id : table.unexportAll(c -> c instanceof Dataspace d && d.freed())) {
            forgetShared(id);
            send(new Message.Freed(id));
        }
    }

    private void forgetShared(int id) {
        table.unexport(id);
        synchronized (sharedIds) { sharedIds.values().removeIf(known -> known == id); }
    }

    /** The wire is gone: every mapping of the peer's memory is unmapped, every copy not yet mapped freed. */
    void close() {
        synchronized (mappings) {
            mappings.values().forEach(Arena::close);
            mappings.clear();
        }
        synchronized (copies) {
            for (int id : copies) table.forgetExport(id).ifPresent(c -> ((Dataspace) c).free());
            copies.clear();
        }
    }

    private void send(Message message) {
        try {
            wire.send(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
