package org.jenode.framebuffer.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.IntBuffer;
import org.jenode.base.RamAccount;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.junit.jupiter.api.Test;

/**
 * What Capture and screenshots see of the front image, copied at each refresh while watched and at the
 * next look while not: exactly the refreshed pixels, however the refreshes came.
 */
class ScreenTest {

    private static final Mode MODE = new Mode(64, 48);

    private final Screen screen = new Screen(RamAccount.root("fb", 1 << 20), MODE);
    private final IntBuffer pixels = screen.pixels().ints();

    @Test
    void onlyRefreshedPixelsAreShown() {
        fill(Rect.of(MODE.area()), 0xff112233);
        screen.refresh(new Rect(10, 10, 5, 5));

        int[] shown = screen.visible(Rect.of(MODE.area()));

        assertThat(shown[12 * 64 + 12]).isEqualTo(0xff112233);
        assertThat(shown[0]).as("drawn, never refreshed").isZero();
        assertThat(shown[15 * 64 + 15]).as("just outside the refresh").isZero();
    }

    @Test
    void aLookShowsWhatWasRefreshedBeforeItAndNothingDrawnAfterOutsideARefresh() {
        fill(new Rect(0, 0, 8, 8), 0xff0000ff);
        screen.refresh(new Rect(0, 0, 8, 8));
        assertThat(screen.visible(new Rect(0, 0, 1, 1))).containsExactly(0xff0000ff);

        fill(Rect.of(MODE.area()), 0xff00ff00); // drawn after the look, refreshed nowhere
        assertThat(screen.visible(new Rect(0, 0, 1, 1))).as("looked at before, not refreshed since").containsExactly(0xff0000ff);
        assertThat(screen.visible(new Rect(20, 20, 1, 1))).containsExactly(0);
    }

    @Test
    void manySmallRefreshesAndNestedOnesAreAllShown() {
        for (int i = 0; i < 200; i++) {
            int x = i % 64, y = (i * 7) % 48;
            pixels.put(y * 64 + x, 0xff000000 | i);
            screen.refresh(new Rect(x, y, 1, 1));
            if (i % 50 == 0) screen.refresh(new Rect(0, 0, 64, 1)); // one that contains earlier ones
        }

        int[] shown = screen.visible(Rect.of(MODE.area()));

        for (int i = 0; i < 200; i++) {
            int x = i % 64, y = (i * 7) % 48;
            if (y == 0 && i < 150) continue; // row 0 is refreshed whole now and then; checked below
            assertThat(shown[y * 64 + x]).as("pixel %d", i).isEqualTo(pixels.get(y * 64 + x));
        }
        for (int x = 0; x < 64; x++) assertThat(shown[x]).as("row 0, x %d", x).isEqualTo(pixels.get(x));
        assertThat(screen.frames()).isEqualTo(204);
    }

    @Test
    void whileWatchedEachRefreshIsCopiedAtOnceSoALookNeverSeesAFrameHalfDrawn() {
        fill(Rect.of(MODE.area()), 0xff0000ff);
        screen.refresh(Rect.of(MODE.area()));
        screen.watch();
        assertThat(screen.visible(new Rect(0, 0, 1, 1))).as("brought up to date when watched").containsExactly(0xff0000ff);

        fill(Rect.of(MODE.area()), 0xff00ff00); // the next frame, drawn but not refreshed yet
        assertThat(screen.visible(new Rect(0, 0, 1, 1))).as("the last refreshed frame").containsExactly(0xff0000ff);
        screen.refresh(Rect.of(MODE.area()));
        assertThat(screen.visible(new Rect(0, 0, 1, 1))).containsExactly(0xff00ff00);

        screen.unwatch();
        fill(Rect.of(MODE.area()), 0xffff0000);
        screen.refresh(new Rect(0, 0, 1, 1));
        assertThat(screen.visible(new Rect(0, 0, 2, 1))).as("unwatched: copied at the look").containsExactly(0xffff0000, 0xff00ff00);
    }

    @Test
    void aNewModeStartsBlackWhateverTheOldOneHadWaiting() {
        fill(Rect.of(MODE.area()), 0xffffffff);
        screen.refresh(Rect.of(MODE.area()));
        screen.offer(new Mode(32, 32));
        screen.acknowledge().ifPresent(retired -> retired.free());

        assertThat(screen.visible(new Rect(0, 0, 32, 32))).containsOnly(0);
    }

    private void fill(Rect r, int argb) {
        for (int y = r.y(); y < r.bottom(); y++)
            for (int x = r.x(); x < r.right(); x++) pixels.put(y * MODE.width() + x, argb);
    }
}
