package org.jenode.layouter;

import java.util.Optional;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;

/**
 * Where windows may go: the rectangle around nitpicker's displays (its {@code displays} report), clipped
 * to the area of the domain the layouter's own session lives in (the session's mode, as Genode 16.02's
 * layouter took it). The windows share that domain, so a domain that leaves room for a status bar
 * ({@code ypos="18" height="-18"}) keeps maximized and re-fitted windows clear of the bar, which the
 * displays alone do not know of. Either source alone is the screen until the other is known.
 */
final class ScreenArea {

    private Optional<Rect> displays = Optional.empty();
    private Optional<Area> domain = Optional.empty();

    /** New displays; empty (no display for a moment) keeps the last. The screen now, if known. */
    Optional<Rect> displays(Optional<Rect> displays) {
        if (displays.isPresent()) this.displays = displays;
        return screen();
    }

    /** The session's mode changed; an empty one (no domain) is none. The screen now, if known. */
    Optional<Rect> domain(Area area) {
        domain = area.empty() ? Optional.empty() : Optional.of(area);
        return screen();
    }

    private Optional<Rect> screen() {
        Optional<Rect> clipped = displays.map(d -> domain.map(a -> d.intersection(Rect.of(a))).orElse(d));
        return clipped.or(() -> domain.map(Rect::of)).filter(r -> !r.empty());
    }
}
