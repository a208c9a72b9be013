/**
 * The root of a running system (Genode's core): it loads a {@link org.jenode.base.core.Scenario},
 * starts the root {@code init} with the scenario's init config, and provides init's parent services:
 * ROM modules from the scenario (inline or from files, which are watched and may change at run time),
 * Timer, and a Report service whose reports the embedding program can read. {@link
 * org.jenode.base.core.AotTraining} runs one to make the AOT cache of the children's JVMs.
 */
package org.jenode.base.core;
