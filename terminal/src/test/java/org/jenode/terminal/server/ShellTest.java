package org.jenode.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.List;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;
import org.jenode.terminal.draw.CellFont;
import org.jenode.terminal.draw.CellPainter;
import org.jenode.terminal.draw.Palette;
import org.jenode.terminal.draw.VisualCell;
import org.junit.jupiter.api.Test;

/** A real bash through the pty, typed at the input driver, seen in the cell grid and in the pixels. */
class ShellTest {

    private static final int WIDTH = 640, HEIGHT = 400;

    @Test
    void typedCommandShowsItsOutputInCellsAndPixels() {
        Desk desk = new Desk(WIDTH, HEIGHT, Desk.NITPICKER + Desk.terminal("") + Desk.BASH);
        try (var _ = desk.core) {
            CellFont font = new CellFont(14);
            int columns = WIDTH / font.cellWidth();
            desk.awaitScreen("the prompt", s -> Desk.lines(s).getFirst().startsWith("$"));
            desk.focus();
            desk.type("echo hello; tput cols\n");
            XmlNode screen = desk.awaitScreen("hello and the columns", s -> Desk.lines(s).contains(String.valueOf(columns)));
            List<String> lines = Desk.lines(screen);
            int row = lines.indexOf("hello");
            assertThat(row).as("a line that says hello, in %s", lines).isPositive();
            assertThat(lines.get(row + 1)).isEqualTo(String.valueOf(columns));
            assertThat(screen.intAttribute("columns", 0)).isEqualTo(columns);

            desk.screen.awaitScreen("hello in pixels", () -> shows(desk, font, row, "hello"));
            assertThat(shows(desk, font, row + 1, String.valueOf(columns))).as("the column count in pixels").isTrue();
            assertThat(shows(desk, font, row, "hellx")).as("a word that is not there").isFalse();
            desk.screen.writePng(Path.of("target", "screens", "terminal-shell.png"));
        }
    }

    /**
     * The terminal in a process of its own serves the pty on init's threads: the I/O buffer it allocates
     * from the pty's donation, the pty's writes and the read-avail signal all cross its wire.
     */
    @Test
    void aSandboxedTerminalShowsTheShellOnThreads() {
        String sandboxed = Desk.terminal("").replace("<start name=\"terminal\">", "<start name=\"terminal\" isolation=\"process\">");
        echoAcross(Desk.NITPICKER + sandboxed + Desk.BASH, "terminal-shell-sandboxed.png");
    }

    /** The reverse: the pty in a process of its own is the client of the terminal on init's threads. */
    @Test
    void aSandboxedPtyShowsItsShellInTheTerminalOnThreads() {
        String sandboxed = Desk.BASH.replace("<start name=\"pty\">", "<start name=\"pty\" isolation=\"process\">");
        echoAcross(Desk.NITPICKER + Desk.terminal("") + sandboxed, "terminal-shell-sandboxed-pty.png");
    }

    /** {@code echo hello} typed at the input driver shows in the cell grid and in the pixels. */
    private static void echoAcross(String starts, String png) {
        Desk desk = new Desk(WIDTH, HEIGHT, starts);
        try (var _ = desk.core) {
            CellFont font = new CellFont(14);
            desk.awaitScreen("the prompt", Desk.SANDBOX_START, s -> Desk.lines(s).getFirst().startsWith("$"));
            desk.focus();
            desk.type("echo hello\n");
            XmlNode screen = desk.awaitScreen("hello", s -> Desk.lines(s).contains("hello"));
            int row = Desk.lines(screen).indexOf("hello");
            desk.screen.awaitScreen("hello in pixels", () -> shows(desk, font, row, "hello"));
            assertThat(shows(desk, font, row, "hellx")).as("a word that is not there").isFalse();
            desk.screen.writePng(Path.of("target", "screens", png));
        }
    }

    @Test
    void resizingTheScreenChangesWhatTputSees() {
        Desk desk = new Desk(WIDTH, HEIGHT, Desk.NITPICKER + Desk.terminal("") + Desk.BASH);
        try (var _ = desk.core) {
            CellFont font = new CellFont(14);
            desk.awaitScreen("the prompt", s -> Desk.lines(s).getFirst().startsWith("$"));
            desk.focus();
            desk.type("tput cols lines\n");
            String before = (WIDTH / font.cellWidth()) + "," + (HEIGHT / font.cellHeight());
            desk.awaitScreen("tput's first answer " + before, s -> String.join(",", Desk.lines(s)).contains(before));

            desk.screen.changeMode(800, 480);
            int columns = 800 / font.cellWidth(), lines = 480 / font.cellHeight();
            desk.awaitScreen("the new size", s -> s.intAttribute("columns", 0) == columns && s.intAttribute("lines", 0) == lines);
            desk.type("clear; tput cols lines\n");
            XmlNode after = desk.awaitScreen("tput's second answer", s -> Desk.lines(s).contains(String.valueOf(lines)));
            List<String> shown = Desk.lines(after);
            assertThat(shown.get(shown.indexOf(String.valueOf(lines)) - 1)).isEqualTo(String.valueOf(columns));
            desk.screen.awaitScreen("the wider window drawn", () -> shows(desk, font, shown.indexOf(String.valueOf(columns)), String.valueOf(columns)));
        }
    }

    @Test
    void whenTheCommandExitsTheTerminalSaysSoAndClosesAfterAKey() {
        Desk desk = new Desk(WIDTH, HEIGHT, "<report/>" + Desk.NITPICKER + Desk.terminal("") + Desk.BASH);
        try (var _ = desk.core) {
            desk.awaitScreen("the prompt", s -> Desk.lines(s).getFirst().startsWith("$"));
            desk.focus();
            desk.type("exit 3\n");
            desk.awaitScreen("the exit notice", s -> Desk.lines(s).contains("[exited with code 3; press a key to close]"));
            desk.type("q");
            org.jenode.base.testing.Await.report(desk.core, "init -> state", state -> state.children("child").stream()
                    .filter(c -> List.of("pty", "terminal").contains(c.attribute("name", "")))
                    .allMatch(c -> c.attribute("state", "").equals("exited")));
        }
    }

    /** Whether the screen's pixels of row {@code row} start with {@code text} drawn by the terminal's own painter in default colours. */
    static boolean shows(Desk desk, CellFont font, int row, String text) {
        Palette palette = Palette.xterm();
        int w = font.cellWidth() * text.length(), h = font.cellHeight();
        IntBuffer expected = IntBuffer.allocate(w * h);
        CellPainter painter = new CellPainter(font, palette.cursor());
        for (int i = 0; i < text.length(); i++)
            painter.paint(expected, w, i * font.cellWidth(), 0, new VisualCell(text.charAt(i), palette.foreground(),
                    palette.background(), false, false, false, 1, VisualCell.CursorMark.NONE));
        int[] shown = desk.screen.pixels(new Rect(0, row * h, w, h));
        for (int i = 0; i < shown.length; i++) if ((shown[i] & 0xffffff) != (expected.get(i) & 0xffffff)) return false;
        return true;
    }
}
