package org.jenode.nitpicker;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * The command buffer's layout: a count, then {@link #MAX_COMMANDS} fixed slots of
 * {@link #INTS_PER_SLOT} ints ({@code opcode, view, a, b, c, d, title length, title chars two per int}).
 * Nitpicker decodes defensively: the buffer is written by an untrusted client.
 */
public final class CommandCodec {

    public static final int MAX_COMMANDS = 64;
    static final int TITLE_INTS = (Command.Title.MAX_TITLE + 1) / 2;
    public static final int INTS_PER_SLOT = 7 + TITLE_INTS;
    public static final int BYTES = (1 + MAX_COMMANDS * INTS_PER_SLOT) * Integer.BYTES;

    private CommandCodec() { }

    public static int count(IntBuffer buffer) { return buffer.get(0); }

    private static final int GEOMETRY = 0, OFFSET = 1, TO_FRONT = 2, TO_BACK = 3, BACKGROUND = 4, TITLE = 5, NOP = 6;

    /** Writes {@code c} into slot {@code slot} and sets the count to {@code slot + 1}. */
    public static void write(IntBuffer buffer, int slot, Command c) {
        int at = 1 + slot * INTS_PER_SLOT;
        String title = c instanceof Command.Title t ? t.title() : "";
        switch (c) {
            case Command.Geometry(ViewHandle v, Rect r) -> put(buffer, at, GEOMETRY, v, r.x(), r.y(), r.width(), r.height());
            case Command.Offset(ViewHandle v, Point p) -> put(buffer, at, OFFSET, v, p.x(), p.y(), 0, 0);
            case Command.ToFront(ViewHandle v, ViewHandle neighbor) -> put(buffer, at, TO_FRONT, v, neighbor.id(), 0, 0, 0);
            case Command.ToBack(ViewHandle v, ViewHandle neighbor) -> put(buffer, at, TO_BACK, v, neighbor.id(), 0, 0, 0);
            case Command.Background(ViewHandle v) -> put(buffer, at, BACKGROUND, v, 0, 0, 0, 0);
            case Command.Title(ViewHandle v, String _) -> put(buffer, at, TITLE, v, 0, 0, 0, 0);
            case Command.Nop() -> put(buffer, at, NOP, ViewHandle.NONE, 0, 0, 0, 0);
        }
        buffer.put(at + 6, title.length());
        for (int i = 0; i < title.length(); i += 2) {
            int hi = title.charAt(i), lo = i + 1 < title.length() ? title.charAt(i + 1) : 0;
            buffer.put(at + 7 + i / 2, (hi << 16) | lo);
        }
        buffer.put(0, slot + 1);
    }

    private static void put(IntBuffer buffer, int at, int op, ViewHandle view, int a, int b, int w, int h) {
        buffer.put(at, op).put(at + 1, view.id()).put(at + 2, a).put(at + 3, b).put(at + 4, w).put(at + 5, h);
    }

    /** Decodes the queued commands; malformed ones become {@link Command.Nop}. Resets the count. */
    public static List<Command> readAndReset(IntBuffer buffer) {
        int n = Math.max(0, Math.min(MAX_COMMANDS, buffer.get(0)));
        List<Command> commands = new ArrayList<>(n);
        for (int slot = 0; slot < n; slot++) commands.add(read(buffer, 1 + slot * INTS_PER_SLOT));
        buffer.put(0, 0);
        return commands;
    }

    private static Command read(IntBuffer buffer, int at) {
        int op = buffer.get(at);
        ViewHandle view = new ViewHandle(buffer.get(at + 1));
        int a = buffer.get(at + 2), b = buffer.get(at + 3), w = buffer.get(at + 4), h = buffer.get(at + 5);
        return switch (op) {
            case GEOMETRY -> w < 0 || h < 0 ? new Command.Nop() : new Command.Geometry(view, new Rect(a, b, w, h));
            case OFFSET -> new Command.Offset(view, new Point(a, b));
            case TO_FRONT -> new Command.ToFront(view, new ViewHandle(a));
            case TO_BACK -> new Command.ToBack(view, new ViewHandle(a));
            case BACKGROUND -> new Command.Background(view);
            case TITLE -> new Command.Title(view, title(buffer, at));
            default -> new Command.Nop();
        };
    }

    private static String title(IntBuffer buffer, int at) {
        int len = Math.max(0, Math.min(Command.Title.MAX_TITLE, buffer.get(at + 6)));
        StringBuilder s = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            int pair = buffer.get(at + 7 + i / 2);
            s.append((char) (i % 2 == 0 ? pair >>> 16 : pair & 0xffff));
        }
        return s.toString();
    }
}
