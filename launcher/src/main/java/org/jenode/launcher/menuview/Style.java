package org.jenode.launcher.menuview;

import org.jenode.base.gfx.Font;

/** How widgets look: Jenode's own calm dark look, not Genode's menu_view PNG styles. */
final class Style {

    private Style() { }

    /** How a label's text is drawn. */
    enum Text { PLAIN, DETAIL, FAULT, TITLE }

    static final int FRAME_PADDING = 6, FRAME_BORDER = 1, BOX_GAP = 3, HBOX_GAP = 8, BUTTON_PAD_X = 8, BUTTON_PAD_Y = 4;
    static final int BAR_HEIGHT = 8, ICON_PLACEHOLDER = 16;

    static final int FRAME = 0xff1c222b, FRAME_EDGE = 0xff3b4758;
    static final int BUTTON = 0xff27303c, BUTTON_HOVERED = 0xff36465a, BUTTON_SELECTED = 0xff244f7d, BUTTON_BOTH = 0xff31679f;
    static final int BUTTON_EDGE = 0xff3a4656;
    static final int BAR_TRACK = 0xff11161c, BAR_FILL = 0xff4f9a5d, BAR_FULL = 0xffc0563f;

    static Font font(Text style) {
        return switch (style) {
            case PLAIN, FAULT -> Font.ofSize(13);
            case DETAIL -> Font.ofSize(11);
            case TITLE -> Font.ofSize(14);
        };
    }

    static int color(Text style) {
        return switch (style) {
            case PLAIN -> 0xffe8eef5;
            case DETAIL -> 0xff9fb0c3;
            case FAULT -> 0xffff7a6b;
            case TITLE -> 0xffffffff;
        };
    }

    static int button(boolean hovered, boolean selected) {
        return hovered && selected ? BUTTON_BOTH : selected ? BUTTON_SELECTED : hovered ? BUTTON_HOVERED : BUTTON;
    }
}
