package org.jenode.terminal.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.techsenger.jeditermfx.core.RequestOrigin;
import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TerminalDataStream;
import com.techsenger.jeditermfx.core.TerminalOutputStream;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.emulator.JediEmulator;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.util.CharUtils;
import com.techsenger.jeditermfx.core.util.TermSize;
import org.jenode.terminal.TerminalSession;

/**
 * The {@link TerminalModel} on JediTerm's emulator core (the {@code jeditermfx-core} fork): its parser and
 * screen, with the scrollback in a ring of ours ({@link ScrollbackTextBuffer}), driven on the caller's thread. Bytes are decoded as UTF-8 here; a multi-byte
 * character or an escape sequence split between two {@link #feed} calls is completed by the next one.
 */
public final class JediTermModel implements TerminalModel {

    /** Styles are few in practice; a program cycling through true colours must not grow the cache forever. */
    private static final int STYLE_CACHE_LIMIT = 4096;

    private final ScrollbackTextBuffer buffer;
    private final ModeTrackingTerminal terminal;
    private final JediDisplay display = new JediDisplay();
    private final FeedStream stream = new FeedStream();
    private final JediEmulator emulator;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer undecoded = ByteBuffer.allocate(0);
    private CharBuffer decoded = CharBuffer.allocate(4096);
    private final Map<TextStyle, Style> styles = new HashMap<>();
    private long changes;

    /**
     * @param size       the initial screen
     * @param scrollback how many lines the scrollback keeps
     * @param replies    receives the emulator's answers to the program
     */
    public JediTermModel(TerminalSession.Size size, int scrollback, Replies replies) {
        StyleState styleState = new StyleState();
        buffer = new ScrollbackTextBuffer(size.columns(), size.lines(), styleState, scrollback);
        terminal = new ModeTrackingTerminal(display, buffer, styleState);
        terminal.setTerminalOutput(new TerminalOutputStream() {
            @Override public void sendBytes(byte[] bytes, boolean userInput) { replies.send(bytes.clone()); }

            @Override public void sendString(String s, boolean userInput) { replies.send(s.getBytes(StandardCharsets.UTF_8)); }
        });
        buffer.addModelListener(() -> changes++);
        emulator = new JediEmulator(stream, terminal);
    }

    @Override public void feed(byte[] bytes, int offset, int length) {
        decode(bytes, offset, length);
        changes++;
        while (stream.pending() > 0) {
            int misread = MisreadSequences.length(stream);
            if (misread < 0) return;
            if (misread > 0) {
                stream.skip(misread);
                continue;
            }
            int mark = stream.mark();
            try {
                emulator.processChar(stream.getChar(), terminal);
            } catch (TerminalDataStream.EOF e) {
                stream.rewind(mark);
                return;
            } catch (IOException e) {
                throw new UncheckedIOException("emulator input", e);
            }
        }
    }

    private void decode(byte[] bytes, int offset, int length) {
        ByteBuffer in = ByteBuffer.allocate(undecoded.remaining() + length);
        in.put(undecoded).put(bytes, offset, length).flip();
        decoded.clear();
        if (decoded.capacity() < in.remaining()) decoded = CharBuffer.allocate(in.remaining());
        utf8.decode(in, decoded, false);
        undecoded = in;
        decoded.flip();
        stream.append(decoded.array(), decoded.limit());
    }

    @Override public void resize(TerminalSession.Size size) {
        TermSize wanted = new TermSize(Math.max(1, size.columns()), Math.max(1, size.lines()));
        buffer.resizing(wanted.getColumns() != buffer.getWidth(), () -> terminal.resize(wanted, RequestOrigin.User));
        changes++;
    }

    @Override public TerminalSession.Size size() { return new TerminalSession.Size(buffer.getWidth(), buffer.getHeight()); }

    @Override public int historySize() { return buffer.getHistoryLinesCount(); }

    @Override public Line line(int row) {
        int columns = buffer.getWidth();
        List<Cell> cells = new ArrayList<>(columns);
        if (row < -historySize() || row >= buffer.getHeight()) {
            for (int i = 0; i < columns; i++) cells.add(Cell.BLANK);
            return new Line(cells, false);
        }
        TerminalLine line = buffer.getLine(row);
        for (TerminalLine.TextEntry entry : line.getEntries()) {
            Style style = style(entry.getStyle());
            com.techsenger.jeditermfx.core.model.CharBuffer text = entry.getText();
            for (int i = 0; i < text.length() && cells.size() < columns; i++) {
                char ch = text.charAt(i);
                if (ch == CharUtils.DWC && !cells.isEmpty()) {
                    Cell left = cells.removeLast();
                    cells.add(new Cell(left.codepoint(), left.style(), 2));
                    cells.add(new Cell(' ', left.style(), 0));
                } else if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    cells.add(new Cell(Character.toCodePoint(ch, text.charAt(++i)), style, 1));
                } else {
                    cells.add(new Cell(ch == CharUtils.NUL_CHAR ? ' ' : ch, style, 1));
                }
            }
        }
        while (cells.size() < columns) cells.add(Cell.BLANK);
        return new Line(cells, line.isWrapped());
    }

    private Style style(TextStyle s) {
        Style known = styles.get(s);
        if (known != null) return known;
        if (styles.size() >= STYLE_CACHE_LIMIT) styles.clear();
        EnumSet<Style.Attribute> attributes = EnumSet.noneOf(Style.Attribute.class);
        if (s.hasOption(TextStyle.Option.BOLD)) attributes.add(Style.Attribute.BOLD);
        if (s.hasOption(TextStyle.Option.DIM)) attributes.add(Style.Attribute.DIM);
        if (s.hasOption(TextStyle.Option.ITALIC)) attributes.add(Style.Attribute.ITALIC);
        if (s.hasOption(TextStyle.Option.UNDERLINED)) attributes.add(Style.Attribute.UNDERLINE);
        if (s.hasOption(TextStyle.Option.SLOW_BLINK) || s.hasOption(TextStyle.Option.RAPID_BLINK)) attributes.add(Style.Attribute.BLINK);
        if (s.hasOption(TextStyle.Option.INVERSE)) attributes.add(Style.Attribute.INVERSE);
        if (s.hasOption(TextStyle.Option.HIDDEN)) attributes.add(Style.Attribute.HIDDEN);
        Style style = new Style(color(s.getForeground()), color(s.getBackground()), attributes);
        styles.put(s, style);
        return style;
    }

    private static CellColor color(TerminalColor c) {
        if (c == null) return new CellColor.Default();
        if (c.isIndexed()) return new CellColor.Indexed(c.getColorIndex());
        return new CellColor.Rgb(c.toColor().getRGB());
    }

    @Override public Cursor cursor() {
        Optional<Cursor.Look> look = display.cursorShape().map(shape -> new Cursor.Look(switch (shape) {
            case BLINK_BLOCK, STEADY_BLOCK -> Cursor.Shape.BLOCK;
            case BLINK_UNDERLINE, STEADY_UNDERLINE -> Cursor.Shape.UNDERLINE;
            case BLINK_VERTICAL_BAR, STEADY_VERTICAL_BAR -> Cursor.Shape.BAR;
        }, shape.isBlinking()));
        return new Cursor(Math.min(terminal.getCursorX() - 1, buffer.getWidth() - 1), terminal.getCursorY() - 1,
                display.cursorVisible(), look);
    }

    @Override public String title() { return display.title(); }

    @Override public Modes modes() { return terminal.modes(); }

    @Override public boolean alternateScreen() { return buffer.isUsingAlternateBuffer(); }

    @Override public long scrolled() { return buffer.scrolled(); }

    @Override public long changes() { return changes + display.changes(); }
}
