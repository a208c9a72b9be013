package org.jenode.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.terminal.TerminalSession;
import org.jenode.terminal.draw.CellFont;
import org.jenode.terminal.draw.Palette;
import org.jenode.terminal.model.Cursor;
import org.jenode.terminal.model.JediTermModel;
import org.jenode.terminal.model.TerminalModel;
import org.junit.jupiter.api.Test;

/**
 * A view kept across frames, which moves the pixels of a scrolled screen and draws only what came in and
 * what changed, shows exactly what a view drawing everything afresh shows: after output scrolling by a
 * few lines, by more than a screen, down (reverse index), inside a scroll region, and the user scrolling
 * the view back and forth while output arrives.
 */
class ScreenViewTest {

    private static final Mode MODE = new Mode(330, 210); // not a whole number of cells: margins right and below
    private static final ScreenView.CursorState CURSOR = new ScreenView.CursorState(new Cursor.Look(Cursor.Shape.BLOCK, false), true, true);

    private final CellFont font = new CellFont(14);
    private final TerminalModel model = new JediTermModel(
            new TerminalSession.Size(MODE.width() / font.cellWidth(), MODE.height() / font.cellHeight()), 200, _ -> { });
    private final ScreenView kept = new ScreenView(font, Palette.xterm());
    private final IntBuffer keptPixels = IntBuffer.allocate(MODE.width() * MODE.height());
    private int line;

    private void feed(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        model.feed(b, 0, b.length);
    }

    /** {@code n} lines in changing colours, each ended by a newline. */
    private void lines(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++, line++) s.append("\u001b[3").append(line % 8).append("m line ").append(line).append(" \u001b[0m tail\r\n");
        feed(s.toString());
    }

    private Rect paintAndCompare(int scroll, String what) {
        Rect drawn = kept.paint(keptPixels, MODE, model, scroll, Optional.empty(), CURSOR);
        ScreenView fresh = new ScreenView(font, Palette.xterm());
        fresh.invalidate();
        IntBuffer freshPixels = IntBuffer.allocate(MODE.width() * MODE.height());
        fresh.paint(freshPixels, MODE, model, scroll, Optional.empty(), CURSOR);
        int differing = firstDifference(keptPixels.array(), freshPixels.array());
        assertThat(differing).as("%s: first pixel differing from a fresh drawing (x, y) = (%d, %d)", what,
                differing % MODE.width(), differing / MODE.width()).isEqualTo(-1);
        return drawn;
    }

    private static int firstDifference(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return i;
        return -1;
    }

    @Test
    void aScrolledScreenDrawnByMovingPixelsLooksAsIfDrawnAfresh() {
        kept.invalidate();
        lines(5);
        paintAndCompare(0, "the first lines");
        lines(20);
        paintAndCompare(0, "a full screen");
        lines(3);
        paintAndCompare(0, "scrolled by three");
        lines(1);
        paintAndCompare(0, "scrolled by one");
        paintAndCompare(4, "the view four lines back");
        lines(2);
        paintAndCompare(4, "output while the view is back");
        paintAndCompare(1, "the view forward again");
        paintAndCompare(0, "the live screen");
        lines(40);
        paintAndCompare(0, "more than a screen at once");
        feed("\u001b[H\u001bM\u001bM\u001b[31mtop\u001b[0m");
        paintAndCompare(0, "scrolled down twice");
        feed("\u001b[3;6r\u001b[6;1H\n\n\u001b[r");
        paintAndCompare(0, "scrolled inside a region");
        lines(2);
        paintAndCompare(0, "scrolled after the region");
    }

    @Test
    void scrollingMovesThePixelsInsteadOfDrawingThem() {
        kept.invalidate();
        lines(30);
        paintAndCompare(0, "a full screen");
        assertMarkerMoves(0, 1, () -> lines(1));
        assertMarkerMoves(2, -2, () -> { });
        assertMarkerMoves(1, 2, () -> lines(1));
    }

    /**
     * Marks a pixel no drawing makes, in the middle of the screen; after {@code change} and a frame
     * scrolled back by {@code scroll}, the mark must be {@code up} lines higher: moved, not drawn over.
     */
    private void assertMarkerMoves(int scroll, int up, Runnable change) {
        int x = 3, y = 5 * font.cellHeight() + 2, marker = 0xff00ff00;
        keptPixels.put(y * MODE.width() + x, marker);
        change.run();
        kept.paint(keptPixels, MODE, model, scroll, Optional.empty(), CURSOR);
        assertThat(keptPixels.get((y - up * font.cellHeight()) * MODE.width() + x)).as("the mark, %d lines up", up).isEqualTo(marker);
        keptPixels.put((y - up * font.cellHeight()) * MODE.width() + x, keptPixels.get((y - up * font.cellHeight()) * MODE.width() + x + 1));
    }

    @Test
    void whatDidNotChangeIsNotDrawnAgain() {
        kept.invalidate();
        lines(30);
        paintAndCompare(0, "a full screen");
        assertThat(paintAndCompare(0, "nothing new")).isEqualTo(Rect.EMPTY);
    }
}
