package org.jenode.apps.displaysettings;

import java.util.List;
import java.util.Optional;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;
import org.jenode.framebuffer.Mode;

/** A column of resolution buttons under a heading: layout, hit test and painting, no session. */
public final class ResolutionMenu {

    static final int PAD = 8, BUTTON_W = 150, BUTTON_H = 26, SPACING = 6, HEADING = 22;
    static final int BG = 0xff26303b, BUTTON = 0xff3b4a5a, CURRENT = 0xff2f7fd0, BORDER = 0xff12181f,
            TEXT = 0xffffffff, HEADING_TEXT = 0xffb8c6d4;

    private final List<Mode> modes;
    private final Font font;

    public ResolutionMenu(List<Mode> modes, Font font) {
        if (modes.isEmpty()) throw new IllegalArgumentException("no resolutions to offer");
        this.modes = List.copyOf(modes);
        this.font = font;
    }

    public List<Mode> modes() { return modes; }

    public Area size() { return new Area(2 * PAD + BUTTON_W, HEADING + PAD + modes.size() * (BUTTON_H + SPACING) - SPACING + PAD); }

    public Rect button(int index) {
        return new Rect(PAD, HEADING + PAD + index * (BUTTON_H + SPACING), BUTTON_W, BUTTON_H);
    }

    /** The mode whose button lies under {@code p} (menu coordinates). */
    public Optional<Mode> clicked(Point p) {
        for (int i = 0; i < modes.size(); i++) if (button(i).contains(p)) return Optional.of(modes.get(i));
        return Optional.empty();
    }

    /** The mode for the digit key {@code n} (1-based), if there is one. */
    public Optional<Mode> numbered(int n) {
        return n >= 1 && n <= modes.size() ? Optional.of(modes.get(n - 1)) : Optional.empty();
    }

    public void paint(Canvas canvas, Optional<Mode> current) {
        canvas.clip(new Rect(0, 0, canvas.width(), canvas.height()));
        canvas.fill(new Rect(0, 0, canvas.width(), canvas.height()), BG);
        canvas.text(font, PAD, (HEADING + PAD - font.height()) / 2, "Screen resolution", HEADING_TEXT);
        for (int i = 0; i < modes.size(); i++) {
            Rect b = button(i);
            boolean selected = current.isPresent() && current.get().equals(modes.get(i));
            canvas.fill(b, selected ? CURRENT : BUTTON);
            canvas.drawRectFrame(b, 1, BORDER);
            String text = (i + 1) + "   " + modes.get(i).width() + " x " + modes.get(i).height();
            canvas.text(font, b.x() + 10, b.y() + (b.height() - font.height()) / 2, text, TEXT);
        }
    }
}
