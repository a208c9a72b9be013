/**
 * ROM sessions: read-only modules (configs, images, reports published as ROMs) that may change at run
 * time. A change only signals the reader; the reader keeps its old content until it asks for the new
 * one ({@link org.jenode.base.rom.AttachedRom#update()}), as in Genode's dynamic ROM protocol.
 */
package org.jenode.base.rom;
