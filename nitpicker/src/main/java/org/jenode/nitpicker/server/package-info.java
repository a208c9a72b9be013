/**
 * The nitpicker GUI server (Genode 14.11 semantics), split as Genode's headers are: {@link
 * org.jenode.nitpicker.server.Nitpicker} wires the owners together; each piece of state has one owner:
 * the sessions ({@link org.jenode.nitpicker.server.SessionRegistry}, each a {@link
 * org.jenode.nitpicker.server.ClientSession} with its buffer and handles), the {@link
 * org.jenode.nitpicker.server.ViewStack} sorted by domain layer, the {@link org.jenode.nitpicker.server.Focus},
 * the pointer and the user's mode ({@link org.jenode.nitpicker.server.UserState}, input routing), when frames
 * happen ({@link org.jenode.nitpicker.server.FrameScheduler}), how they are drawn ({@link
 * org.jenode.nitpicker.server.Composer}: dirty-rectangle composition with occlusion clipping, and the trusted
 * path's frames, tints and labels), and the {@link org.jenode.nitpicker.server.Reports}.
 */
package org.jenode.nitpicker.server;
