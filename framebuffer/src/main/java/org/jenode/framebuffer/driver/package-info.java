/**
 * What all framebuffer drivers share: the {@link org.jenode.framebuffer.driver.Screen} with the
 * mode-change handshake, the sessions a driver serves (Framebuffer, Input, Event, Capture), the live
 * config and the {@code mode} report, in {@link org.jenode.framebuffer.driver.FramebufferDriver}. A
 * driver supplies only its host part, a {@link org.jenode.framebuffer.driver.Backend}.
 */
package org.jenode.framebuffer.driver;
