package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** Events injected through the Event session reach the Input session; touch goes through the live calibration. */
class EventInjectionTest {

    @Test
    void injectedEventsArriveAndTouchIsCalibrated() {
        Probe probe = new Probe("probe");
        String calibrated = "<config width=\"320\" height=\"240\"><calibration a=\"2\" b=\"0\" c=\"10\" d=\"0\" e=\"0.5\" f=\"-5\"/></config>";
        try (Core core = FbScenario.start("fb_headless", calibrated, probe.binary())) {
            InputSession input = probe.onEp(env -> env.session(InputSession.class, "input"));
            EventSession events = probe.onEp(env -> env.session(EventSession.class, "event"));
            assertThatThrownBy(() -> probe.onEp(env -> env.session(InputSession.class, "second")))
                    .isInstanceOf(ServiceDeniedException.class);

            events.submit(List.of(new InputEvent.Press(Keycodes.KEY_A), new InputEvent.Touch(3, 50, 40),
                    new InputEvent.AbsoluteMotion(50, 40), new InputEvent.TouchRelease(3)));
            List<InputEvent> got = FbScenario.collect(probe, input, l -> l.size() >= 4);
            assertThat(got).containsExactly(new InputEvent.Press(Keycodes.KEY_A), new InputEvent.Touch(3, 110, 15, 50, 40),
                    new InputEvent.AbsoluteMotion(50, 40), new InputEvent.TouchRelease(3));

            // a new calibration applies live
            core.rom("fb.config").set("<config width=\"320\" height=\"240\"><calibration a=\"1\" b=\"0\" c=\"-20\" d=\"0\" e=\"1\" f=\"7\"/></config>");
            List<InputEvent> later = FbScenario.collect(probe, input, l -> {
                events.submit(List.of(new InputEvent.Touch(1, 50, 40)));
                return l.contains(new InputEvent.Touch(1, 30, 47, 50, 40));
            });
            assertThat(later).contains(new InputEvent.Touch(1, 30, 47, 50, 40));
        }
    }
}
