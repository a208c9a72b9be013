package org.jenode.terminal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import org.junit.jupiter.api.Test;

/** The ring: the newest lines, oldest out first, never more than its capacity, in the order they came. */
class ScrollbackTest {

    private static TerminalLine line(int n) {
        return new TerminalLine(new TerminalLine.TextEntry(new TextStyle(), new CharBuffer("line " + n)));
    }

    private static List<String> texts(Scrollback s) {
        return IntStream.range(0, s.size()).mapToObj(age -> s.fromNewest(s.size() - 1 - age).getText()).toList();
    }

    @Test
    void keepsTheNewestLinesInOrderOnceFull() {
        Scrollback s = new Scrollback(100);
        for (int i = 1; i <= 1000; i++) s.add(line(i));
        assertThat(s.size()).isEqualTo(100);
        assertThat(s.fromNewest(0).getText()).isEqualTo("line 1000");
        assertThat(s.fromNewest(99).getText()).isEqualTo("line 901");
        assertThat(texts(s)).isEqualTo(IntStream.rangeClosed(901, 1000).mapToObj(i -> "line " + i).toList());
    }

    @Test
    void growsUpToItsCapacityKeepingTheOrder() {
        Scrollback s = new Scrollback(1000);
        for (int i = 1; i <= 300; i++) s.add(line(i)); // past the first arrays of 64 and 128
        assertThat(texts(s)).isEqualTo(IntStream.rangeClosed(1, 300).mapToObj(i -> "line " + i).toList());
    }

    @Test
    void takeAllEmptiesItOldestFirst() {
        Scrollback s = new Scrollback(3);
        for (int i = 1; i <= 5; i++) s.add(line(i));
        assertThat(s.takeAll().stream().map(TerminalLine::getText).toList()).containsExactly("line 3", "line 4", "line 5");
        assertThat(s.size()).isZero();
        s.add(line(6));
        assertThat(texts(s)).containsExactly("line 6");
    }

    @Test
    void noCapacityKeepsNothing() {
        Scrollback s = new Scrollback(0);
        s.add(line(1));
        assertThat(s.size()).isZero();
        assertThatThrownBy(() -> s.fromNewest(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void refusesAgesOutsideIt() {
        Scrollback s = new Scrollback(10);
        s.add(line(1));
        assertThatThrownBy(() -> s.fromNewest(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.fromNewest(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new Scrollback(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
