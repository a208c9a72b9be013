package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A label is within a prefix element by element: itself, or the prefix followed by " -> ", never a longer name. */
class LabelsWithinTest {

    @Test
    void itselfAndWhatIsBelowItOnly() {
        assertThat(Labels.within("term", "term")).isTrue();
        assertThat(Labels.within("term -> shell", "term")).isTrue();
        assertThat(Labels.within("term -> shell -> x", "term -> shell")).isTrue();
        assertThat(Labels.within("terminal", "term")).as("a longer name").isFalse();
        assertThat(Labels.within("term ->", "term")).as("half a separator").isFalse();
        assertThat(Labels.within("term", "term -> shell")).as("above it").isFalse();
        assertThat(Labels.within("other -> term", "term")).isFalse();
        assertThat(Labels.within("", "")).isTrue();
        assertThat(Labels.within(" -> a", "")).isTrue();
        assertThat(Labels.within("a", "")).isFalse();
    }
}
