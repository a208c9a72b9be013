package org.jenode.layouter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.input.Keycodes.KEY_A;
import static org.jenode.input.Keycodes.KEY_LEFTMETA;
import static org.jenode.input.Keycodes.KEY_TAB;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.base.xml.XmlParser;
import org.jenode.layouter.format.ConfigFormat;
import org.jenode.layouter.model.KeyBinding.Stroke;
import org.junit.jupiter.api.Test;

/** Genode's key-sequence tracking, stroke by stroke. */
class KeySequenceTest {

    private static final List<KeyBinding> BINDINGS = ConfigFormat.parse(XmlParser.parse("""
            <config>
              <press key="KEY_LEFTMETA">
                <press key="KEY_TAB" action="next_window">
                  <release key="KEY_TAB"> <release key="KEY_LEFTMETA" action="raise_window"/> </release>
                </press>
              </press>
              <press name="KEY_A" action="close"/>
            </config>""", "test")).keys();

    /** The actions a run of strokes triggers ({@code +} press, {@code -} release). */
    private static List<Optional<KeyAction>> run(Object... strokes) {
        KeySequence seq = KeySequence.EMPTY;
        List<Optional<KeyAction>> actions = new ArrayList<>();
        for (int i = 0; i < strokes.length; i += 2) {
            KeySequence.Step step = seq.apply(new Stroke(strokes[i].equals("+"), (Integer) strokes[i + 1]), BINDINGS);
            seq = step.next();
            actions.add(step.action());
        }
        return actions;
    }

    @Test
    void aSequenceTriggersTheActionsAlongItsPath() {
        assertThat(run("+", KEY_LEFTMETA, "+", KEY_TAB, "-", KEY_TAB, "-", KEY_LEFTMETA)).containsExactly(
                Optional.empty(), Optional.of(KeyAction.NEXT_WINDOW), Optional.empty(), Optional.of(KeyAction.RAISE_WINDOW));
    }

    @Test
    void pressingAHeldSequenceKeyAgainRepeatsItsAction() {
        assertThat(run("+", KEY_LEFTMETA, "+", KEY_TAB, "-", KEY_TAB, "+", KEY_TAB, "-", KEY_TAB, "+", KEY_TAB))
                .filteredOn(Optional::isPresent).hasSize(3);
    }

    @Test
    void aReleaseNoBindingExpectsLeavesTheSequence() {
        // the meta key is released first: it leaves the path, and releasing TAB then raises nothing
        assertThat(run("+", KEY_LEFTMETA, "+", KEY_TAB, "-", KEY_LEFTMETA, "-", KEY_TAB))
                .containsExactly(Optional.empty(), Optional.of(KeyAction.NEXT_WINDOW), Optional.empty(), Optional.empty());
    }

    @Test
    void strokesOffThePathTriggerNothingUntilTheSequenceStartsOver() {
        assertThat(run("+", KEY_TAB, "+", KEY_LEFTMETA, "+", KEY_A)).containsOnly(Optional.empty());
        assertThat(run("+", KEY_A)).containsExactly(Optional.of(KeyAction.CLOSE));
        assertThat(BINDINGS.get(1).stroke()).as("Genode's later name attribute").isEqualTo(new Stroke(true, KEY_A));
    }

    @Test
    void aSequenceStaysBounded() {
        KeySequence seq = KeySequence.EMPTY;
        for (int code = 1; code < 300; code++) seq = seq.apply(new Stroke(true, code), BINDINGS).next();
        assertThat(seq.path()).hasSize(KeySequence.MAX_STROKES);
    }
}
