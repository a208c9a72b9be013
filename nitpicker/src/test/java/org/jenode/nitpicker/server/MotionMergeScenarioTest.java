package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.base.testing.Await.until;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.geometry.Rect;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/**
 * Motion merging as a client sees it, with events injected at the real headless driver: a burst of
 * pointer motion reaches the client as far fewer positions ending in the latest, a key in the middle
 * stays where it was among the motion, and no key is ever merged.
 */
class MotionMergeScenarioTest {

    private static InputEvent at(int x) { return new InputEvent.AbsoluteMotion(x, 50); }

    @Test
    void aBurstOfMotionArrivesMergedAroundUnmergedKeys() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a")) {
            GuiClient client = desk.client("a").open(1 << 20, 200, 100, false, 0xff0000ff);
            client.view(ViewHandle.NONE, new Rect(0, 0, 200, 100));
            InputEvent click = new InputEvent.Press(Keycodes.BTN_LEFT);
            until("a click on the view focuses it", () -> {
                desk.inject(at(5), click, new InputEvent.Release(Keycodes.BTN_LEFT));
                return client.events().contains(new InputEvent.Focus(true));
            });
            until("the click's release arrived", () -> client.events().contains(new InputEvent.Release(Keycodes.BTN_LEFT)));
            // A click of the loop above may still come: the checks below look at key A and motion only.
            int before = client.events().size();

            // Motion merges within the window, the key lets held motion through before itself, the motion
            // after it merges again.
            List<InputEvent> burst = new ArrayList<>();
            for (int x = 10; x < 40; x++) burst.add(at(x));
            InputEvent press = new InputEvent.Press(Keycodes.KEY_A), release = new InputEvent.Release(Keycodes.KEY_A);
            burst.add(press);
            for (int x = 40; x < 50; x++) burst.add(at(x));
            burst.addAll(List.of(release, press, release));
            desk.inject(burst.toArray(InputEvent[]::new));

            until("the last key arrived", () -> client.events().stream().filter(release::equals).count() == 2);
            List<InputEvent> all = client.events();
            List<InputEvent> seen = all.subList(before, all.size());
            List<InputEvent> motion = seen.stream().filter(InputEvent.AbsoluteMotion.class::isInstance).toList();
            assertThat(motion).as("merged: far fewer than the 40 injected").hasSizeLessThanOrEqualTo(6).contains(at(39), at(49));
            assertThat(seen.stream().filter(e -> e.equals(press) || e.equals(release)).toList())
                    .as("keys are never merged nor reordered").containsExactly(press, release, press, release);
            assertThat(seen.get(seen.indexOf(press) - 1)).as("held motion goes before the key").isEqualTo(at(39));
            assertThat(seen.get(seen.indexOf(release) - 1)).as("and again before the next").isEqualTo(at(49));
        }
    }
}
