package org.jenode.nitpicker;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.framebuffer.Mode;
import org.junit.jupiter.api.Test;

/** A buffer's price never overflows into a price an account could pay. */
class BufferPriceTest {

    @Test
    void theLargestModesCostMoreThanAnyAccountHas() {
        assertThat(NitpickerSession.ramQuota(new Mode(Integer.MAX_VALUE, Integer.MAX_VALUE), false)).isEqualTo(Long.MAX_VALUE);
        assertThat(NitpickerSession.ramQuota(new Mode(Integer.MAX_VALUE, Integer.MAX_VALUE), true)).isEqualTo(Long.MAX_VALUE);
        assertThat(NitpickerSession.ramQuota(new Mode(1920, 1080), true)).isEqualTo(1920L * 1080 * 5);
    }
}
