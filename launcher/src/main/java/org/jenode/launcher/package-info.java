/**
 * Reserved for the launcher: the user's menu of subsystems with their cost, started and stopped through loader sessions; what it is to be is in the module's README.
 *
 * <p>Not built yet: no open issue covers it. The module is in the reactor so that the dependency
 * rules of the design (a module depends on base and on the session interfaces of its servers) are
 * fixed from the start.
 */
package org.jenode.launcher;
