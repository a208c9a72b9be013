package org.jenode.decorator;

import java.util.Optional;
import java.util.Set;
import org.jenode.base.geometry.Point;
import org.jenode.base.gfx.Canvas;

/** A window that a policy exempts from decoration ({@code decoration="no"}): no frame, no margins. */
final class Undecorated implements Decoration {

    @Override public Margins margins() { return Margins.NONE; }

    @Override public boolean update(WindowState state, WindowStyle style) { return false; }

    @Override public boolean animate() { return false; }

    @Override public void draw(Canvas canvas) { }

    @Override public Optional<Set<HoverElement>> hover(Point p) { return Optional.empty(); }
}
