/** {@code fb_gl}: a framebuffer driver showing the screen as an OpenGL texture in a GLFW window (LWJGL). */
package org.jenode.framebuffer.gl;
