package org.jenode.input.jinput;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Finds a directory holding {@code libjinput-linux64.so} for JInput's {@code net.java.games.input.librarypath}.
 * JInput does not unpack its natives from the natives-all jar, so either the config names a directory
 * (the build unpacks them into {@code input/target/natives}) or we copy the library out of this module,
 * where the build puts it (the natives-all jar itself cannot be on the module path).
 */
final class JinputNatives {

    static final String LIBRARY = "libjinput-linux64.so";
    static final String PROPERTY = "net.java.games.input.librarypath";

    private JinputNatives() { }

    /** The directory with the library: {@code configured} if it has it, else a temp dir it was extracted to. */
    static Optional<Path> locate(Optional<String> configured) throws IOException {
        if (configured.isPresent()) {
            Path dir = Path.of(configured.get());
            if (Files.isRegularFile(dir.resolve(LIBRARY))) return Optional.of(dir.toAbsolutePath());
        }
        URL resource = JinputNatives.class.getResource("/" + LIBRARY);
        if (resource == null) return Optional.empty();
        Path dir = Files.createTempDirectory("jenode-jinput");
        Path lib = dir.resolve(LIBRARY);
        try (InputStream in = resource.openStream()) {
            Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
        }
        lib.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return Optional.of(dir);
    }
}
