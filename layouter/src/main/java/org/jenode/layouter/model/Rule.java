package org.jenode.layouter.model;

import java.util.Optional;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;

/**
 * Where windows of some label go: an {@code <assign>} of the rules, or a {@code <policy>} of the config.
 * The geometry is the content's; a maximized window keeps the geometry it is restored to.
 */
public record Rule(LabelMatch match, Optional<Point> position, Optional<Area> size, boolean maximized) { }
