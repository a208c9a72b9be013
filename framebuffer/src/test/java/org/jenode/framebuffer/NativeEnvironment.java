package org.jenode.framebuffer;

import java.nio.ByteBuffer;
import org.lwjgl.system.JNI;
import org.lwjgl.system.Library;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;
import org.lwjgl.system.SharedLibrary;

/**
 * The process's C environment, where native libraries look (GLFW's Xlib reads {@code DISPLAY} there
 * when it initialises). Java cannot change it: {@code System.getenv} and child processes use a copy
 * taken at start-up, which this leaves alone. Change it only while no other thread reads it, since
 * {@code setenv} races with {@code getenv}: before the component that reads it starts.
 */
final class NativeEnvironment {

    private static final SharedLibrary LIBC = Library.loadNative(NativeEnvironment.class, "org.lwjgl", "libc.so.6");

    private NativeEnvironment() { }

    static void set(String name, String value) {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            ByteBuffer n = stack.UTF8(name), v = stack.UTF8(value);
            int rc = JNI.invokePPI(MemoryUtil.memAddress(n), MemoryUtil.memAddress(v), 1,
                    LIBC.getFunctionAddress("setenv"));
            if (rc != 0) throw new IllegalStateException("setenv " + name + " failed");
        }
    }

    static void unset(String name) {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            ByteBuffer n = stack.UTF8(name);
            if (JNI.invokePI(MemoryUtil.memAddress(n), LIBC.getFunctionAddress("unsetenv")) != 0)
                throw new IllegalStateException("unsetenv " + name + " failed");
        }
    }
}
