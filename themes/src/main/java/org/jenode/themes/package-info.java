/**
 * Reserved for window decoration themes for the wm's decorator: metadata plus images, as Genode's themed_decorator (design §3).
 *
 * <p>Not built yet: no open issue covers it. The module is in the reactor so that the dependency
 * rules of the design (a module depends on base and on the session interfaces of its servers) are
 * fixed from the start.
 */
package org.jenode.themes;
