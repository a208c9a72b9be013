/**
 * What all framebuffer drivers share: the {@link org.jenode.framebuffer.driver.Screen} with the
 * mode-change handshake, the sessions a driver serves (Framebuffer, Input, Event, Capture), the live
 * config and the {@code mode} report, in {@link org.jenode.framebuffer.driver.FramebufferDriver}; what a
 * host window reports, turned into Input events alike for every window driver, in
 * {@link org.jenode.framebuffer.driver.WindowInput}; and the {@code platform_info} a driver honours. A
 * driver supplies only its host part, a {@link org.jenode.framebuffer.driver.Backend}.
 */
package org.jenode.framebuffer.driver;
