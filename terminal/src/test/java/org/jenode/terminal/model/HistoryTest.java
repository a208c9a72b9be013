package org.jenode.terminal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jenode.terminal.TerminalSession;
import org.junit.jupiter.api.Test;

/**
 * The model's scrollback (a ring of ours behind JediTerm's screen): what scrolls off the top is there,
 * newest at row -1, bounded by the configured length, through every way JediTerm moves lines off the
 * screen (scrolling, erasing the display, a smaller or narrower screen), and not on the alternate screen.
 */
class HistoryTest {

    private static final TerminalSession.Size SIZE = new TerminalSession.Size(80, 10);

    private final TerminalModel model = new JediTermModel(SIZE, 50, _ -> { });

    private void feed(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        model.feed(b, 0, b.length);
    }

    private void lines(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i <= to; i++) s.append("line ").append(i).append("\r\n");
        feed(s.toString());
    }

    private String text(int row) { return model.line(row).text(0, model.size().columns()); }

    @Test
    void holdsTheNewestLinesThatScrolledOffUpToItsLength() {
        lines(1, 200); // the screen shows 192..200 and the empty line the cursor is on
        assertThat(text(0)).isEqualTo("line 192");
        assertThat(model.historySize()).isEqualTo(50);
        assertThat(text(-1)).isEqualTo("line 191");
        assertThat(text(-50)).isEqualTo("line 142");
        assertThat(text(-51)).isEmpty();
        assertThat(model.scrolled()).isEqualTo(191);
    }

    @Test
    void erasingTheDisplayPutsTheScreenIntoItAndEd3EmptiesIt() {
        lines(1, 12);
        feed("\u001b[2J");
        assertThat(model.historySize()).isEqualTo(3 + 9);
        assertThat(text(-1)).isEqualTo("line 12");
        assertThat(text(-12)).isEqualTo("line 1");
        feed("\u001b[H");
        lines(13, 30); // what scrolls off now goes behind the erased screen's lines
        assertThat(text(-1)).isEqualTo("line 21");
        assertThat(text(-10)).isEqualTo("line 12");
        assertThat(model.historySize()).isEqualTo(12 + 9);
        feed("\u001b[3J");
        assertThat(model.historySize()).isZero();
    }

    @Test
    void theAlternateScreenHasNoneAndLeavesTheNormalScreensAlone() {
        lines(1, 30);
        int before = model.historySize();
        feed("\u001b[?1049h");
        lines(100, 150);
        assertThat(model.alternateScreen()).isTrue();
        assertThat(model.historySize()).isZero();
        feed("\u001b[?1049l");
        assertThat(model.historySize()).isEqualTo(before);
        assertThat(text(-1)).isEqualTo("line 21");
    }

    @Test
    void aNarrowerScreenReflowsItAndALowerOneAddsToIt() {
        feed("x".repeat(60) + "\r\n");
        lines(1, 20);
        assertThat(text(-12)).isEqualTo("x".repeat(60));
        model.resize(new TerminalSession.Size(40, 10));
        int row = -model.historySize();
        assertThat(text(row)).isEqualTo("x".repeat(40));
        assertThat(model.line(row).wrapped()).isTrue();
        assertThat(text(row + 1)).isEqualTo("x".repeat(20));

        int history = model.historySize();
        model.resize(new TerminalSession.Size(40, 5));
        assertThat(model.historySize()).isEqualTo(history + 5);
        assertThat(text(-1)).isEqualTo("line 16");
        assertThat(text(0)).isEqualTo("line 17");
    }
}
