package org.jenode.base.runtime.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/** Messages as frames: a kind byte, then the record's components in order. */
final class MessageCodec {

    private static final int START = 1, PING = 2, STOP = 3, CREATE = 4, OPEN = 5, UPGRADE = 6, ANNOUNCE = 7, EXIT = 8,
            BUSY = 9, INVOKE = 10, CLOSE = 11, OPENED = 12, RETURNED = 13, FAILED = 14, SIGNAL = 15, FREED = 16, MAPPED = 17, FAULT = 18;
    private static final int QUOTA = 1, DENIED = 2, INVALID = 3, CLOSED = 4, DEADLOCK = 5;

    private MessageCodec() { }

    static void encode(Message message, WireOut out) {
        switch (message) {
            case Message.Start(String name, String label, String binary, long quota) ->
                    out.writeByte(START).writeString(name).writeString(label).writeString(binary).writeLong(quota);
            case Message.Ping(int sequence) -> out.writeByte(PING).writeInt(sequence);
            case Message.Stop() -> out.writeByte(STOP);
            case Message.Create(int call, int service, String label, long quota, Map<String, String> args) ->
                    args(out.writeByte(CREATE).writeInt(call).writeInt(service).writeString(label).writeLong(quota), args);
            case Message.Open(int call, String type, String label, long quota, Map<String, String> args, int payer) ->
                    args(out.writeByte(OPEN).writeInt(call).writeString(type).writeString(label).writeLong(quota), args).writeInt(payer);
            case Message.Upgrade(int call, int session, long amount) ->
                    out.writeByte(UPGRADE).writeInt(call).writeInt(session).writeLong(amount);
            case Message.Announce(int service, String type) -> out.writeByte(ANNOUNCE).writeInt(service).writeString(type);
            case Message.Exit(int code) -> out.writeByte(EXIT).writeInt(code);
            case Message.Fault(String fault) -> out.writeByte(FAULT).writeString(fault);
            case Message.Busy(int sequence, long nanos) -> out.writeByte(BUSY).writeInt(sequence).writeLong(nanos);
            case Message.Invoke(int call, int session, int method, byte[] arguments) ->
                    out.writeByte(INVOKE).writeInt(call).writeInt(session).writeInt(method).writeBlock(arguments);
            case Message.Close(int call, int session) -> out.writeByte(CLOSE).writeInt(call).writeInt(session);
            case Message.Opened(int call, int session) -> out.writeByte(OPENED).writeInt(call).writeInt(session);
            case Message.Returned(int call, byte[] value) -> out.writeByte(RETURNED).writeInt(call).writeBlock(value);
            case Message.Failed(int call, Failure failure) -> failure(out.writeByte(FAILED).writeInt(call), failure);
            case Message.Signal(int handler, int count) -> out.writeByte(SIGNAL).writeInt(handler).writeInt(count);
            case Message.Freed(int dataspace) -> out.writeByte(FREED).writeInt(dataspace);
            case Message.Mapped(int dataspace) -> out.writeByte(MAPPED).writeInt(dataspace);
        }
    }

    static Message decode(WireIn in) throws WireException {
        int kind = in.readByte();
        Message m = switch (kind) {
            case START -> new Message.Start(in.readString(), in.readString(), in.readString(), in.readLong());
            case PING -> new Message.Ping(in.readInt());
            case STOP -> new Message.Stop();
            case CREATE -> new Message.Create(in.readInt(), in.readInt(), in.readString(), quota(in), args(in));
            case OPEN -> new Message.Open(in.readInt(), in.readString(), in.readString(), quota(in), args(in), in.readInt());
            case UPGRADE -> new Message.Upgrade(in.readInt(), in.readInt(), quota(in));
            case ANNOUNCE -> new Message.Announce(in.readInt(), in.readString());
            case EXIT -> new Message.Exit(in.readInt());
            case FAULT -> new Message.Fault(in.readString());
            case BUSY -> new Message.Busy(in.readInt(), in.readLong());
            case INVOKE -> new Message.Invoke(in.readInt(), in.readInt(), in.readInt(), in.readBlock());
            case CLOSE -> new Message.Close(in.readInt(), in.readInt());
            case OPENED -> new Message.Opened(in.readInt(), in.readInt());
            case RETURNED -> new Message.Returned(in.readInt(), in.readBlock());
            case FAILED -> new Message.Failed(in.readInt(), failure(in));
            case SIGNAL -> new Message.Signal(in.readInt(), in.readInt());
            case FREED -> new Message.Freed(in.readInt());
            case MAPPED -> new Message.Mapped(in.readInt());
            default -> throw new WireException("a message of unknown kind " + kind);
        };
        in.expectEnd(m.getClass().getSimpleName());
        return m;
    }

    private static long quota(WireIn in) throws WireException {
        long q = in.readLong();
        if (q < 0) throw new WireException("a negative amount of RAM " + q);
        return q;
    }

    private static WireOut args(WireOut out, Map<String, String> args) {
        out.writeInt(args.size());
        args.forEach((k, v) -> out.writeString(k).writeString(v));
        return out;
    }

    private static Map<String, String> args(WireIn in) throws WireException {
        int n = in.readCount(8);
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (args.put(in.readString(), in.readString()) != null) throw new WireException("a session argument given twice");
        }
        return args;
    }

    private static void failure(WireOut out, Failure failure) {
        switch (failure) {
            case Failure.Quota(String account, long requested, long available) ->
                    out.writeByte(QUOTA).writeString(account).writeLong(requested).writeLong(available);
            case Failure.Denied(String message) -> out.writeByte(DENIED).writeString(message);
            case Failure.Invalid(String message) -> out.writeByte(INVALID).writeString(message);
            case Failure.Closed(String message) -> out.writeByte(CLOSED).writeString(message);
            case Failure.Deadlock(String caller, String callee) -> out.writeByte(DEADLOCK).writeString(caller).writeString(callee);
        }
    }

    private static Failure failure(WireIn in) throws WireException {
        int kind = in.readByte();
        return switch (kind) {
            case QUOTA -> new Failure.Quota(in.readString(), in.readLong(), in.readLong());
            case DENIED -> new Failure.Denied(in.readString());
            case INVALID -> new Failure.Invalid(in.readString());
            case CLOSED -> new Failure.Closed(in.readString());
            case DEADLOCK -> new Failure.Deadlock(in.readString(), in.readString());
            default -> throw new WireException("a failure of unknown kind " + kind);
        };
    }
}
