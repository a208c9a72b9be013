package org.jenode.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.IntBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event survives the event dataspace, a touch with its raw panel position. */
class EventCodecTest {

    @Test
    void everyKindRoundTrips() {
        List<InputEvent> events = List.of(new InputEvent.Press(Keycodes.KEY_A), new InputEvent.Release(Keycodes.BTN_LEFT),
                new InputEvent.AbsoluteMotion(-3, 70000), new InputEvent.RelativeMotion(5, -6), new InputEvent.Wheel(-1, 1),
                new InputEvent.Touch(7, 10, 20, 4095, -300), new InputEvent.TouchRelease(7), new InputEvent.Focus(true),
                new InputEvent.Focus(false), new InputEvent.Leave(), new InputEvent.Character(0x1F600));
        IntBuffer buffer = IntBuffer.allocate(events.size() * EventCodec.INTS_PER_EVENT);
        for (int i = 0; i < events.size(); i++) EventCodec.write(buffer, i, events.get(i));
        for (int i = 0; i < events.size(); i++) assertThat(EventCodec.read(buffer, i)).isEqualTo(events.get(i));
    }

    @Test
    void aTypeNumberThatNamesNoEventIsRefused() {
        IntBuffer forged = IntBuffer.wrap(new int[] {99, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> EventCodec.read(forged, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
    }
}
