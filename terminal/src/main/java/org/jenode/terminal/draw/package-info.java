/**
 * Drawing the cell grid: the shipped monospace {@link org.jenode.terminal.draw.CellFont} with its glyph
 * cache, the configurable {@link org.jenode.terminal.draw.Palette}, and the
 * {@link org.jenode.terminal.draw.CellPainter} that draws {@link org.jenode.terminal.draw.VisualCell}s
 * (a cell as it looks) into a pixel buffer.
 */
package org.jenode.terminal.draw;
