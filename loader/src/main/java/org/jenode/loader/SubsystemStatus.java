package org.jenode.loader;

/**
 * A subsystem's state and what it costs now.
 *
 * @param state     what became of it
 * @param ramQuota  the RAM it was given (zero before it starts and once it is stopped)
 * @param ramUsed   what it has allocated of that, including the donations of its own sessions
 * @param isolation where it runs
 */
public record SubsystemStatus(SubsystemState state, long ramQuota, long ramUsed, Isolation isolation) { }
