package org.jenode.bench;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal X11 client that reads pixels of a screen's root window with GetImage: what the X server
 * shows, one round trip per read. Not AWT's Robot: without GTK it grabs the whole server for every read
 * (it walks the window tree the way xwd does), which stalls the very drivers it watches, and its GTK
 * path cannot share a JVM with JavaFX's. Reads TrueColor screens of 32 bits per pixel (depth 24 or 32,
 * Xvfb's and today's usual), else {@link #open} says so.
 */
final class XScreen implements AutoCloseable {

    private static final Pattern DISPLAY = Pattern.compile("(.*):(\\d+)(?:\\.(\\d+))?");
    private static final int SUCCESS = 1;
    private static final int REPLY = 1;
    private static final int ERROR = 0;
    private static final int GET_IMAGE = 73;
    private static final int Z_PIXMAP = 2;
    private static final int TRUE_COLOR = 4;

    private final SocketChannel channel;
    private final int root;
    private final int width;
    private final int height;
    private final ByteOrder imageOrder;
    private final int[] shifts;
    private final ByteBuffer request = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
    private final ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);

    private XScreen(SocketChannel channel, int root, int width, int height, ByteOrder imageOrder, int[] shifts) {
        this.channel = channel;
        this.root = root;
        this.width = width;
        this.height = height;
        this.imageOrder = imageOrder;
        this.shifts = shifts;
    }

    /** Connects to {@code display} (a {@code DISPLAY} value such as {@code :80} or {@code host:10.0}). */
    static XScreen open(String display) throws IOException {
        Matcher m = DISPLAY.matcher(display);
        if (!m.matches()) throw new IOException("cannot read DISPLAY '" + display + "'");
        String host = m.group(1);
        int number = Integer.parseInt(m.group(2));
        int screen = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        SocketChannel channel;
        if (host.isEmpty() || host.equals("unix")) {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of("/tmp/.X11-unix/X" + number));
        } else {
            channel = SocketChannel.open(new InetSocketAddress(host, 6000 + number));
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        }
        try {
            return setUp(channel, number, screen);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    int width() { return width; }

    int height() { return height; }

    /** The pixel at {@code x, y} of the screen as 0xRRGGBB. */
    int pixel(int x, int y) throws IOException { return pixels(x, y, 1, 1)[0]; }

    /** {@code w x h} pixels from {@code x, y}, row by row, as 0xRRGGBB. */
    int[] pixels(int x, int y, int w, int h) throws IOException {
        request.clear();
        request.put((byte) GET_IMAGE).put((byte) Z_PIXMAP).putShort((short) 5).putInt(root)
                .putShort((short) x).putShort((short) y).putShort((short) w).putShort((short) h).putInt(-1).flip();
        while (request.hasRemaining()) channel.write(request);
        ByteBuffer data = reply().order(imageOrder);
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int p = data.getInt(i * 4);
            rgb[i] = (p >>> shifts[0] & 0xff) << 16 | (p >>> shifts[1] & 0xff) << 8 | (p >>> shifts[2] & 0xff);
        }
        return rgb;
    }

    @Override public void close() throws IOException { channel.close(); }

    /** The data of the next reply; events are skipped, an error is thrown. */
    private ByteBuffer reply() throws IOException {
        while (true) {
            header.clear();
            readFully(channel, header);
            int type = header.get(0);
            if (type == ERROR) throw new IOException("X error " + (header.get(1) & 0xff) + " on GetImage");
            if (type == REPLY) {
                ByteBuffer data = ByteBuffer.allocate(header.getInt(4) * 4);
                readFully(channel, data);
                return data;
            }
        }
    }

    private static XScreen setUp(SocketChannel channel, int number, int screen) throws IOException {
        byte[] name = new byte[0], cookie = new byte[0];
        Optional<byte[]> found = XAuthority.cookie(number);
        if (found.isPresent()) {
            name = XAuthority.COOKIE.getBytes(StandardCharsets.US_ASCII);
            cookie = found.get();
        }
        ByteBuffer hello = ByteBuffer.allocate(12 + padded(name.length) + padded(cookie.length)).order(ByteOrder.LITTLE_ENDIAN);
        hello.put((byte) 'l').put((byte) 0).putShort((short) 11).putShort((short) 0)
                .putShort((short) name.length).putShort((short) cookie.length).putShort((short) 0);
        hello.put(name).position(12 + padded(name.length)).put(cookie).position(hello.capacity()).flip();
        while (hello.hasRemaining()) channel.write(hello);

        ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, head);
        ByteBuffer body = ByteBuffer.allocate((head.getShort(6) & 0xffff) * 4).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, body);
        if (head.get(0) != SUCCESS) {
            int length = head.get(0) == 0 ? head.get(1) & 0xff : body.capacity();
            throw new IOException("the X server refused the connection: " + new String(body.array(), 0, length, StandardCharsets.US_ASCII).trim());
        }
        int vendor = body.getShort(16) & 0xffff;
        int screens = body.get(20) & 0xff, formats = body.get(21) & 0xff;
        ByteOrder imageOrder = body.get(22) == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        if (screen >= screens) throw new IOException("the display has no screen " + screen);
        int at = 32 + padded(vendor);
        int formatsAt = at;
        at += formats * 8;
        for (int s = 0; s < screen; s++) at = skipScreen(body, at);
        int root = body.getInt(at), width = body.getShort(at + 20) & 0xffff, height = body.getShort(at + 22) & 0xffff;
        int visual = body.getInt(at + 32), depth = body.get(at + 38) & 0xff;
        int bitsPerPixel = 0;
        for (int f = 0; f < formats; f++) if ((body.get(formatsAt + f * 8) & 0xff) == depth) bitsPerPixel = body.get(formatsAt + f * 8 + 1) & 0xff;
        int[] shifts = trueColorShifts(body, at, visual);
        if (bitsPerPixel != 32 || shifts == null)
            throw new IOException("the X screen is not TrueColor at 32 bits per pixel (depth " + depth + ", " + bitsPerPixel + " bpp)");
        return new XScreen(channel, root, width, height, imageOrder, shifts);
    }

    /** The shifts of the red, green and blue bytes of {@code visual} on the screen at {@code at}, or null if not 8 bits each. */
    private static int[] trueColorShifts(ByteBuffer body, int at, int visual) {
        int depths = body.get(at + 39) & 0xff;
        int d = at + 40;
        for (int i = 0; i < depths; i++) {
            int visuals = body.getShort(d + 2) & 0xffff;
            for (int v = 0; v < visuals; v++) {
                int type = d + 8 + v * 24;
                if (body.getInt(type) != visual) continue;
                if (body.get(type + 4) != TRUE_COLOR) return null;
                int[] shifts = new int[3];
                for (int c = 0; c < 3; c++) {
                    int mask = body.getInt(type + 8 + c * 4);
                    shifts[c] = Integer.numberOfTrailingZeros(mask);
                    if (mask >>> shifts[c] != 0xff) return null;
                }
                return shifts;
            }
            d += 8 + visuals * 24;
        }
        return null;
    }

    private static int skipScreen(ByteBuffer body, int at) {
        int depths = body.get(at + 39) & 0xff;
        int d = at + 40;
        for (int i = 0; i < depths; i++) d += 8 + (body.getShort(d + 2) & 0xffff) * 24;
        return d;
    }

    private static int padded(int n) { return (n + 3) & ~3; }

    private static void readFully(SocketChannel channel, ByteBuffer into) throws IOException {
        while (into.hasRemaining()) if (channel.read(into) < 0) throw new EOFException("the X server closed the connection");
        into.flip();
    }
}
