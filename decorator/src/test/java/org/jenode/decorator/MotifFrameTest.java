package org.jenode.decorator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.decorator.DecoratorDesk.pixel;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.decorator.DecoratorDesk.Pixel;
import org.jenode.decorator.motif.MotifRenderer;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The motif look on the real driver: the frame around each window's content, where the layouter puts it. */
class MotifFrameTest {

    private static final int BASE = MotifRenderer.BASE & 0xffffff, FOCUSED = Colors.rgb(115, 119, 135);
    private static final int PLACEHOLDER = Window.PLACEHOLDER & 0xffffff;
    private final DecoratorDesk desk = new DecoratorDesk();

    @AfterEach void stop() { desk.close(); }

    /** A 200x150 window: its frame spans x-4..x+203 and y-20..y+153, its title bar x..x+199 and y-16..y-1. */
    static String window(int id, int x, int y, String extra) {
        return "<window id=\"" + id + "\" title=\"win " + id + "\" xpos=\"" + x + "\" ypos=\"" + y
                + "\" width=\"200\" height=\"150\" " + extra + "/>";
    }

    /** A title bar pixel's colour for element colour {@code c} on line {@code i} of 16 (off the text). */
    static int titleLine(int c, int i) { return Colors.blend((30 + (16 - i) * 4) << 24 | 0xffffff, c); }

    @Test
    void theFrameSurroundsTheContentRect() {
        desk.start("decorator", "<config/>");
        desk.layout(window(1, 100, 80, "focused=\"yes\""));
        List<Pixel> expected = new ArrayList<>(List.of(
                pixel("left border", 97, 150, FOCUSED),
                pixel("bright edge", 96, 150, Colors.blend(0x40ffffff, FOCUSED)),
                pixel("dark edge", 99, 150, Colors.blend(0x7f000000, FOCUSED)),
                pixel("right border", 302, 150, FOCUSED),
                pixel("bottom border", 200, 231, FOCUSED),
                pixel("top border", 200, 61, FOCUSED),
                pixel("placeholder content", 200, 150, PLACEHOLDER),
                pixel("content's first pixel", 100, 80, PLACEHOLDER),
                pixel("content's last pixel", 299, 229, PLACEHOLDER),
                pixel("left of the frame", 95, 150, 0),
                pixel("right of the frame", 304, 150, 0),
                pixel("above the frame", 200, 59, 0),
                pixel("below the frame", 200, 234, 0)));
        for (int i = 1; i < 15; i++) expected.add(pixel("title bar line " + i, 110, 64 + i, titleLine(FOCUSED, i)));
        desk.awaitPixels(expected.toArray(Pixel[]::new));
    }

    @Test
    void aPolicyColourIsTheBaseColourOfMatchingTitles() {
        desk.start("decorator", "<config> <policy label_prefix=\"win 2\" color=\"#804020\"/> </config>");
        desk.layout(window(1, 20, 40, "") + window(2, 300, 40, ""));
        desk.awaitPixels(pixel("window 2 in the policy's colour", 297, 100, 0x804020),
                pixel("window 1 keeps the base colour", 17, 100, BASE));
    }

    @Test
    void moveResizeAndRestackMoveTheFrame() {
        desk.start("decorator", "<config/>");
        desk.layout(window(1, 100, 80, ""));
        desk.awaitRgb("left border at first", 97, 150, BASE);

        desk.layout("<window id=\"1\" title=\"win 1\" xpos=\"300\" ypos=\"200\" width=\"120\" height=\"100\"/>");
        desk.awaitPixels(pixel("left border after the move", 297, 250, BASE),
                pixel("old place is free", 97, 150, 0), pixel("old content is free", 200, 150, 0),
                pixel("right border of the new size", 422, 250, BASE), pixel("bottom border of the new size", 360, 302, BASE),
                pixel("beyond the new size", 424, 250, 0));

        // two overlapping windows; the overlap shows the front one's frame
        desk.layout(window(1, 100, 80, "") + window(2, 200, 150, "focused=\"yes\""));
        desk.awaitRgb("window 1's content in front of window 2's frame", 197, 200, PLACEHOLDER);
        desk.layout(window(2, 200, 150, "focused=\"yes\"") + window(1, 100, 80, ""));
        desk.awaitRgb("raised window 2's left border over window 1's content", 197, 200, FOCUSED);
    }

    @Test
    void aToppedWindowComesInFrontOfOtherClients() {
        desk.start("decorator", "<config/>");
        desk.layout(window(1, 100, 80, "topped=\"1\"") + window(2, 400, 80, ""));
        desk.awaitPixels(pixel("window 1 drawn", 97, 150, BASE), pixel("window 2 drawn", 397, 150, BASE));
        GuiClient other = new GuiClient(desk.app).open(320, 480, 0xffff0000);
        ViewHandle view = other.view(ViewHandle.NONE, new Rect(0, 0, 320, 480));
        desk.awaitRgb("another client's view in front of window 1", 97, 150, 0xff0000);

        desk.layout(window(1, 100, 80, "topped=\"1\" focused=\"yes\"") + window(2, 400, 80, ""));
        desk.layout(window(1, 100, 80, "topped=\"1\" focused=\"yes\"") + window(2, 400, 100, ""));
        // below window 2's old frame (80 + 150 + its border) and beside its new content: the move was drawn
        desk.awaitRgb("window 2 moved, after window 1 got the focus", 397, 245, BASE);
        assertThat(desk.rgb(97, 150)).as("without a new topped count window 1 stays behind").isEqualTo(0xff0000);

        desk.layout(window(1, 100, 80, "topped=\"2\" focused=\"yes\"") + window(2, 400, 100, ""));
        desk.awaitRgb("topped again: in front of the other client", 97, 150, FOCUSED);
        other.run(new Command.ToFront(view, ViewHandle.NONE));
        desk.awaitRgb("the other client raised itself", 97, 150, 0xff0000);
    }

    @Test
    void aClientWithAlphaShowsTheFramesBehindItsWindow() {
        desk.start("decorator", "<config/>");
        desk.layout(window(1, 100, 80, "has_alpha=\"yes\"") + window(2, 50, 100, ""));
        // window 2 (frame 46..253 x 80..253) lies behind window 1's content (100..299 x 80..229)
        desk.awaitPixels(pixel("window 2's right border inside window 1's content", 251, 150, BASE),
                pixel("window 1's content elsewhere: nothing behind", 280, 150, 0),
                pixel("window 2's content inside window 1's content", 200, 150, PLACEHOLDER));
    }

    @Test
    void aNewScreenModeGetsABufferOfItsSizeAndEveryFrameRedrawn() {
        desk.start("decorator", "<config/>");
        desk.layout(window(1, 100, 80, "") + window(2, 700, 500, ""));
        desk.awaitRgb("window 1 drawn", 97, 150, BASE);
        desk.screen.changeMode(960, 720);
        desk.awaitPixels(pixel("window 2, off the old screen, on the new one", 697, 550, BASE),
                pixel("window 1 redrawn", 97, 150, BASE), pixel("window 2's content", 800, 600, PLACEHOLDER));
    }

    @Test
    void theHighlightFadesInQuicklyAndOutSlowlyOneStepPerSync() {
        desk.start("decorator", "<config/>");
        desk.layout(window(1, 100, 80, "focused=\"yes\""));
        int lit = Colors.rgb(180, 179, 190);
        desk.awaitRgb("focused title", 110, 72, titleLine(FOCUSED, 8));

        long before = desk.screen.frames();
        desk.layout("<window id=\"1\" title=\"win 1\" xpos=\"100\" ypos=\"80\" width=\"200\" height=\"150\" focused=\"yes\">"
                + "<highlight><title/></highlight></window>");
        List<Integer> fadeIn = sample(titleLine(lit, 8));
        long fadeInFrames = desk.screen.frames() - before;
        assertThat(desk.rgb(97, 150)).as("the border is not highlighted").isEqualTo(FOCUSED);

        before = desk.screen.frames();
        desk.layout(window(1, 100, 80, "focused=\"yes\""));
        List<Integer> fadeOut = sample(titleLine(FOCUSED, 8));
        long fadeOutFrames = desk.screen.frames() - before;

        assertThat(fadeIn.size()).as("distinct colours fading in: " + fadeIn).isGreaterThanOrEqualTo(5);
        assertThat(fadeIn).as("brightening").isSortedAccordingTo((a, b) -> Colors.red(a) - Colors.red(b));
        assertThat(fadeOut.size()).as("distinct colours fading out").isGreaterThan(2 * fadeIn.size());
        assertThat(fadeOut).as("darkening").isSortedAccordingTo((a, b) -> Colors.red(b) - Colors.red(a));
        assertThat(fadeInFrames).as("screen frames while fading in").isGreaterThanOrEqualTo(fadeIn.size() - 1L);
        assertThat(fadeOutFrames).as("screen frames while fading out").isGreaterThan(2 * fadeInFrames);
    }

    /** The distinct colours of the title pixel until it shows {@code last}. */
    private List<Integer> sample(int last) {
        List<Integer> seen = new ArrayList<>();
        Await.until("title reaches #" + Integer.toHexString(last), () -> {
            int c = desk.rgb(110, 72);
            if (seen.isEmpty() || seen.getLast() != c) seen.add(c);
            return c == last;
        });
        return seen;
    }
}
