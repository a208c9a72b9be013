package org.jenode.base.gfx;

import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/** The kinds of memory a {@link Canvas} draws in, each reached differently by its bulk and vector paths. */
enum PixelMemory {
    /** {@link Canvas#of(int[], int, int)}: a Java array. */
    ARRAY {
        @Override IntBuffer allocate(int n) { return IntBuffer.wrap(new int[n]); }
    },
    /** What a dataspace's {@code ints()} is: native memory of an arena, 64-byte aligned, native order. */
    DATASPACE {
        @Override IntBuffer allocate(int n) {
            return Arena.ofAuto().allocate(4L * Math.max(1, n), 64).asByteBuffer().order(ByteOrder.nativeOrder()).asIntBuffer();
        }
    },
    /** A heap byte buffer seen as big-endian ints: the other byte order on the usual host. */
    BIG_ENDIAN {
        @Override IntBuffer allocate(int n) { return ByteBuffer.allocate(4 * n).order(ByteOrder.BIG_ENDIAN).asIntBuffer(); }
    },
    /** Native ints starting one byte past an alignment boundary. */
    UNALIGNED {
        @Override IntBuffer allocate(int n) {
            return ByteBuffer.allocateDirect(4 * n + 1).position(1).slice().order(ByteOrder.nativeOrder()).asIntBuffer();
        }
    },
    /** A buffer whose position and limit are not its bounds: the canvas uses it from index 0 to its capacity. */
    POSITIONED {
        @Override IntBuffer allocate(int n) { return DATASPACE.allocate(n).limit(n / 2).position(n / 4); }
    };

    abstract IntBuffer allocate(int n);

    Canvas canvas(int[] content, int width, int height) {
        IntBuffer pixels = allocate(width * height);
        pixels.duplicate().clear().put(0, content);
        return new Canvas(pixels, width, height);
    }

    static int[] content(Canvas canvas) {
        int[] out = new int[canvas.width() * canvas.height()];
        canvas.pixels().duplicate().clear().get(0, out);
        return out;
    }
}
