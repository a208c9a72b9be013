package org.jenode.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.terminal.TerminalConnection;
import org.jenode.terminal.TerminalSession;
import org.jenode.terminal.draw.CellFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The terminal with a test probe as its client: what the client writes shows, what the user does at the
 * driver (keys, wheel, selection, paste) reaches the client as bytes, and hostile calls are refused.
 */
class ClientTest {

    private static final int WIDTH = 640, HEIGHT = 400;
    private final Probe probe = new Probe("client");
    private Desk desk;
    private TerminalConnection terminal;
    private final CellFont font = new CellFont(14);
    static final String CLIENT = "<start name=\"client\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>";

    @BeforeEach
    void start() {
        desk = new Desk(WIDTH, HEIGHT, "<report/>" + Desk.NITPICKER + Desk.terminal("") + CLIENT, probe.binary());
        terminal = probe.onEp(env -> TerminalConnection.open(env, ""));
        desk.focus();
    }

    @AfterEach
    void stop() { desk.core.close(); }

    private void write(String s) { terminal.write(s.getBytes(StandardCharsets.UTF_8)); }

    /** Everything the client gets to read until it has read {@code expected}. */
    private String awaitInput(String expected) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        Await.until("input " + expected.replace("\u001b", "ESC"), () -> {
            got.writeBytes(terminal.read());
            return got.toString(StandardCharsets.UTF_8).contains(expected);
        });
        return got.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sizeIsTheWindowInCells() {
        assertThat(terminal.session().size()).isEqualTo(new TerminalSession.Size(WIDTH / font.cellWidth(), HEIGHT / font.cellHeight()));
    }

    @Test
    void scrollbackHoldsWhatScrolledOffAndShiftPageUpShowsIt() {
        int lines = terminal.session().size().lines();
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= 100; i++) s.append("line ").append(i).append("\r\n");
        write(s.toString());
        desk.awaitScreen("the last line", r -> Desk.lines(r).contains("line 100"));
        desk.press(Keycodes.KEY_LEFTSHIFT, Keycodes.KEY_PAGEUP);
        var shown = desk.awaitScreen("a page back", r -> r.intAttribute("scroll", 0) == lines - 1);
        assertThat(Desk.lines(shown).getFirst()).isEqualTo("line " + (100 - lines + 1 - (lines - 1) + 1));
        assertThat(shown.intAttribute("history", 0)).isEqualTo(100 - lines + 1);

        desk.screen.inject(new InputEvent.Wheel(0, 1)); // three lines further back
        shown = desk.awaitScreen("wheel up", r -> r.intAttribute("scroll", 0) == lines + 2);
        desk.screen.inject(new InputEvent.Wheel(0, -100));
        desk.awaitScreen("back at the bottom", r -> r.intAttribute("scroll", -1) == 0);

        desk.press(Keycodes.KEY_LEFTSHIFT, Keycodes.KEY_PAGEUP);
        desk.awaitScreen("scrolled again", r -> r.intAttribute("scroll", 0) > 0);
        desk.type("x");
        assertThat(awaitInput("x")).isEqualTo("x");
        desk.awaitScreen("typing returns to the live screen", r -> r.intAttribute("scroll", -1) == 0);
    }

    @Test
    void selectionCopiesTheSelectedTextAndMiddleClickPastesIt() {
        write("first line here\r\nsecond line\r\nthird");
        desk.awaitScreen("the text", r -> Desk.lines(r).contains("third"));
        int cw = font.cellWidth(), ch = font.cellHeight();
        // from "line" on the first row to "second" on the second: a stream selection over the row end
        desk.screen.inject(new InputEvent.AbsoluteMotion(6 * cw + 1, ch / 2), new InputEvent.Press(Keycodes.BTN_LEFT),
                new InputEvent.AbsoluteMotion(3 * cw, ch + ch / 2), new InputEvent.AbsoluteMotion(5 * cw + 2, ch + ch / 2),
                new InputEvent.Release(Keycodes.BTN_LEFT), new InputEvent.Press(Keycodes.BTN_MIDDLE),
                new InputEvent.Release(Keycodes.BTN_MIDDLE));
        assertThat(awaitInput("second")).isEqualTo("line here\rsecond");
    }

    @Test
    void pasteIsBracketedWhenTheProgramAsksAndCannotEscapeTheBrackets() {
        write("\u001b[?2004hab\u001b[1mcd");
        desk.awaitScreen("text", r -> Desk.lines(r).getFirst().equals("abcd"));
        int cw = font.cellWidth(), ch = font.cellHeight();
        desk.screen.inject(new InputEvent.AbsoluteMotion(1, ch / 2), new InputEvent.Press(Keycodes.BTN_LEFT),
                new InputEvent.AbsoluteMotion(3 * cw + 1, ch / 2), new InputEvent.Release(Keycodes.BTN_LEFT));
        desk.press(Keycodes.KEY_LEFTSHIFT, Keycodes.KEY_INSERT);
        assertThat(awaitInput("\u001b[201~")).isEqualTo("\u001b[200~abcd\u001b[201~");
    }

    @Test
    void keysSendWhatXtermSends() {
        desk.press(Keycodes.KEY_UP);
        desk.press(Keycodes.KEY_F1);
        desk.press(Keycodes.KEY_LEFTCTRL, Keycodes.KEY_C);
        desk.press(Keycodes.KEY_LEFTCTRL, Keycodes.KEY_RIGHT);
        desk.press(Keycodes.KEY_F5);
        desk.press(Keycodes.KEY_LEFTSHIFT, Keycodes.KEY_TAB);
        desk.type("é\n".replace("é", "e"));
        assertThat(awaitInput("e\r")).isEqualTo("\u001b[A\u001bOP\u0003\u001b[1;5C\u001b[15~\u001b[Ze\r");

        write("\u001b[?1h\u001b="); // application cursor keys and keypad, as vim sets them
        desk.awaitScreen("the modes are in", r -> true);
        desk.press(Keycodes.KEY_UP);
        desk.screen.inject(new InputEvent.Press(Keycodes.KEY_KP1), new InputEvent.Character('1'), new InputEvent.Release(Keycodes.KEY_KP1));
        desk.press(Keycodes.KEY_ENTER);
        assertThat(awaitInput("\r")).isEqualTo("\u001bOA\u001bOq\r");
    }

    @Test
    void textArrivesAsUtf8AndAltSendsEscapeFirst() {
        desk.screen.inject(new InputEvent.Character('ß'), new InputEvent.Character(0x1f600), new InputEvent.Press(Keycodes.KEY_LEFTALT),
                new InputEvent.Press(Keycodes.KEY_B), new InputEvent.Character('b'), new InputEvent.Release(Keycodes.KEY_B),
                new InputEvent.Release(Keycodes.KEY_LEFTALT), new InputEvent.Character('!'));
        assertThat(awaitInput("!")).isEqualTo("ß\uD83D\uDE00\u001bb!");
    }

    @Test
    void cursorPositionReportGoesBackToTheProgram() {
        write("abc\u001b[6n");
        assertThat(awaitInput("R")).isEqualTo("\u001b[1;4R");
    }

    @Test
    void titleFromOscBecomesTheViewTitleAndTheReportsTitle() {
        write("\u001b]0;my title\u0007");
        desk.awaitScreen("title", r -> r.attribute("title", "").equals("my title"));
    }

    @Test
    void coloursAndAttributesLookRight() {
        StringBuilder s = new StringBuilder("\u001b[1mbold\u001b[0m \u001b[3mitalic\u001b[0m \u001b[4munderline\u001b[0m \u001b[7minverse\u001b[0m \u001b[2mdim\u001b[0m\r\n");
        for (int i = 0; i < 16; i++) s.append("\u001b[48;5;").append(i).append("m ").append(String.format("%2d", i)).append(' ');
        s.append("\u001b[0m\r\n");
        for (int i = 16; i < 256; i++) {
            s.append("\u001b[48;5;").append(i).append("m  ");
            if ((i - 16) % 36 == 35) s.append("\u001b[0m\r\n");
        }
        s.append("\u001b[0m");
        for (int i = 0; i < 80; i++) s.append("\u001b[48;2;").append(i * 3).append(';').append(255 - i * 3).append(";128m ");
        s.append("\u001b[0m\r\n\u001b[31mred \u001b[32mgreen \u001b[34mblue \u001b[38;2;255;128;0mtrue orange\u001b[0m 中文 ✓\r\n");
        write(s.toString());
        desk.awaitScreen("the chart", r -> Desk.lines(r).stream().anyMatch(l -> l.startsWith("red green")));
        desk.screen.awaitScreen("a 256-colour cell", () -> desk.screen.rgb(1, 2 * font.cellHeight() + 2) == 0x000000
                && desk.screen.rgb(2 * font.cellWidth() + 1, 2 * font.cellHeight() + 2) == 0x00005f);
        desk.screen.writePng(Path.of("target", "screens", "terminal-colours.png"));
    }

    @Test
    void hostileCallsAreInvalidRequests() {
        TerminalSession s = terminal.session();
        for (int n : List.of(-1, Integer.MIN_VALUE, TerminalSession.IO_BUFFER_SIZE + 1, Integer.MAX_VALUE)) {
            assertThatThrownBy(() -> s.read(n)).as("read(%d)", n).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> s.write(n)).as("write(%d)", n).isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> s.readAvailSigh(null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> s.sizeChangedSigh(null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> s.connectedSigh(null)).isInstanceOf(InvalidRequestException.class);
        // the largest legal write of garbage is shown, not a fault
        s.ioBuffer().bytes().put(0, new byte[TerminalSession.IO_BUFFER_SIZE]);
        assertThat(s.write(TerminalSession.IO_BUFFER_SIZE)).isEqualTo(TerminalSession.IO_BUFFER_SIZE);
        assertThat(s.read(0)).isZero();
        write("still alive");
        desk.awaitScreen("the terminal survived", r -> Desk.lines(r).stream().anyMatch(l -> l.contains("still alive")));
    }

    @Test
    void aSecondClientIsDeniedAndTheTerminalExitsWhenItsClientLeaves() {
        assertThatThrownBy(() -> probe.onEp(env -> env.session(TerminalSession.class, "second")))
                .isInstanceOf(ServiceDeniedException.class);
        terminal.close();
        Await.report(desk.core, "init -> state", state -> state.children("child").stream()
                .anyMatch(c -> c.attribute("name", "").equals("terminal") && c.attribute("state", "").equals("exited")));
    }
}
