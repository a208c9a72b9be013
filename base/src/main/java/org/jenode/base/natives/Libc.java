package org.jenode.base.natives;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The C library through the FFM API, for the few calls base makes itself (memory files, the wire's
 * socket, a process's privileges): downcalls that capture errno, so that a failure can say why, and
 * errno read back from the state segment a call left it in. Public only within base: this package is
 * not exported. A symbol this platform lacks throws from {@link #capturing}/{@link #plain}, which each
 * user takes as "not available here".
 */
public final class Libc {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    /** The layout of the segment a capturing call leaves errno in, its first argument. */
    public static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO_VALUE = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private Libc() { }

    /** The C function {@code name}, taking a {@link #STATE} segment before its own arguments. */
    public static MethodHandle capturing(String name, FunctionDescriptor signature, Linker.Option... options) {
        Linker.Option[] all = Arrays.copyOf(options, options.length + 1);
        all[options.length] = ERRNO;
        return LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow(name), signature, all);
    }

    /** The C function {@code name}, for a call whose failure needs no reason. */
    public static MethodHandle plain(String name, FunctionDescriptor signature) {
        return LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow(name), signature);
    }

    /** The errno that a capturing call left in {@code state}. */
    public static int errno(MemorySegment state) { return (int) ERRNO_VALUE.get(state, 0L); }
}
