/**
 * Reserved for the loader: a trusted service through which a client starts a subsystem it configures and pays for, sees the subsystem's view nested in its own, and can only stop; what it is to be is in the module's README.
 *
 * <p>Not built yet: no open issue covers it. The module is in the reactor so that the dependency
 * rules of the design (a module depends on base and on the session interfaces of its servers) are
 * fixed from the start.
 */
package org.jenode.loader;
