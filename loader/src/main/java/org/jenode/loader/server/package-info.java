/**
 * The {@code loader} server (Genode 14.11's {@code os/src/server/loader}). One {@link
 * org.jenode.loader.server.Subsystem} per Loader session: its ROM modules ({@link
 * org.jenode.loader.server.RomModules}), the child it starts with RAM fronted by the loader and charged
 * to the client ({@link org.jenode.loader.server.SubsystemRam}), the child's routes ({@link
 * org.jenode.loader.server.SubsystemRoutes}) and, when the client nests the subsystem's view in its own,
 * the virtual GUI session ({@link org.jenode.loader.server.VirtualGui}). Everything runs on the loader's
 * entrypoint: the sessions it serves, the children's policies and the services it offers them.
 */
package org.jenode.loader.server;
