/**
 * The LOG session (Genode's {@code log_session}): log lines from a component to whoever the parent
 * routes it to, such as {@code terminal_log}. It lives in base because it is a base concept in Genode
 * (core serves it to every component) and carries nothing but strings.
 */
package org.jenode.base.log;
