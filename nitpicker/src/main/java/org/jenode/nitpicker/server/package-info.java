/**
 * The nitpicker GUI server (Genode 14.11 semantics): one global {@link org.jenode.nitpicker.server.ViewStack}
 * sorted by domain layer, client-paid buffers, dirty-rectangle composition with occlusion clipping
 * ({@link org.jenode.nitpicker.server.Composer}), input routing ({@link org.jenode.nitpicker.server.UserState}),
 * and the trusted path: X-ray frames and labels that nitpicker alone draws.
 */
package org.jenode.nitpicker.server;
