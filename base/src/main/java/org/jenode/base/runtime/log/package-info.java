/**
 * The log of a child in a process of its own: an SLF4J provider there that writes each event as one
 * line to the process's output, and the reading of those lines in the parent, which logs them under the
 * child's label (which the child cannot choose). Exported to SLF4J alone, which instantiates the
 * provider; no component reaches it.
 */
package org.jenode.base.runtime.log;
