package org.jenode.apps.pointer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.testing.Pngs;
import org.junit.jupiter.api.Test;

class ArrowCursorTest {

    private static final int W = ArrowCursor.SIZE.width(), H = ArrowCursor.SIZE.height();

    @Test
    void inputMaskIsZeroEverywhereSoClicksPassThrough() {
        ByteBuffer buffer = ByteBuffer.allocate(W * H * 5).order(ByteOrder.nativeOrder());
        for (int i = 0; i < buffer.capacity(); i++) buffer.put(i, (byte) 0x55); // garbage the writer must clear
        ArrowCursor.writeBuffer(buffer);
        for (int i = 0; i < W * H; i++) assertThat(buffer.get(W * H * 4 + i)).as("mask byte %d", i).isZero();
        assertThat(buffer.asIntBuffer().get(W + 1)).isEqualTo(ArrowCursor.BODY);
    }

    @Test
    void arrowHasWhiteBodyWithDarkOutlineAndTransparentSurroundings() {
        int[] px = ArrowCursor.pixels();
        Pngs.write(Canvas.of(px, W, H), "pointer");
        assertThat(px[0]).as("outline at the tip").isEqualTo(ArrowCursor.OUTLINE);
        assertThat(px[W + 1]).as("body at the tip").isEqualTo(ArrowCursor.BODY);
        assertThat(px[W - 1]).as("top right corner").isZero();
        assertThat(px[(H - 1) * W]).as("bottom left corner").isZero();
        // every body pixel is enclosed: none touches the buffer edge, so the outline is complete
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
                if (x == 0 || y == 0 || x == W - 1 || y == H - 1) assertThat(px[y * W + x]).isNotEqualTo(ArrowCursor.BODY);
        // each body pixel's 4 neighbours are body or outline, never transparent
        for (int y = 1; y < H - 1; y++)
            for (int x = 1; x < W - 1; x++)
                if (px[y * W + x] == ArrowCursor.BODY) {
                    assertThat(new int[] {px[y * W + x - 1], px[y * W + x + 1], px[(y - 1) * W + x], px[(y + 1) * W + x]})
                            .doesNotContain(0);
                }
    }
}
