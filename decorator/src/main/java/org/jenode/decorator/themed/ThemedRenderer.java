package org.jenode.decorator.themed;

import org.jenode.base.gfx.Font;
import org.jenode.decorator.Decoration;
import org.jenode.decorator.Margins;
import org.jenode.decorator.Renderer;
import org.jenode.decorator.WindowState;
import org.jenode.decorator.WindowStyle;

/** Frames drawn from a {@link Theme}. */
public final class ThemedRenderer implements Renderer {

    private final Theme theme;
    private final Font font = Font.ofSize(12);

    public ThemedRenderer(Theme theme) { this.theme = theme; }

    @Override public Margins frame() { return theme.decor(); }

    @Override public boolean translucent() { return true; }

    @Override public Decoration decorate(WindowState state, WindowStyle style) {
        return new ThemedDecoration(theme, font, state, style);
    }
}
