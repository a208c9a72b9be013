package org.jenode.bench;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The MIT-MAGIC-COOKIE-1 of a display from {@code $XAUTHORITY} (else {@code ~/.Xauthority}), as Xlib
 * would send it. A display without one (a private Xvfb) is opened without authorization.
 */
final class XAuthority {

    static final String COOKIE = "MIT-MAGIC-COOKIE-1";

    private XAuthority() { }

    /** The cookie for display number {@code display}, if the file has one. */
    static Optional<byte[]> cookie(int display) throws IOException {
        String env = System.getenv("XAUTHORITY");
        Path file = env != null ? Path.of(env) : Path.of(System.getProperty("user.home"), ".Xauthority");
        if (!Files.isReadable(file)) return Optional.empty();
        try (InputStream in = Files.newInputStream(file)) {
            DataInputStream entries = new DataInputStream(in);
            while (true) {
                try {
                    entries.readUnsignedShort(); // family: any host of this display is ours
                } catch (EOFException end) {
                    return Optional.empty();
                }
                field(entries); // address
                String number = new String(field(entries), StandardCharsets.US_ASCII);
                String name = new String(field(entries), StandardCharsets.US_ASCII);
                byte[] data = field(entries);
                if (name.equals(COOKIE) && (number.isEmpty() || number.equals(Integer.toString(display)))) return Optional.of(data);
            }
        }
    }

    /** A big-endian 16-bit length and that many bytes. */
    private static byte[] field(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readUnsignedShort()];
        in.readFully(bytes);
        return bytes;
    }
}
