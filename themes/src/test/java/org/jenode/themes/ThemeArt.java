package org.jenode.themes;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** One theme as drawn: its three images and its metadata, in the folder layout the decorator reads as ROMs. */
record ThemeArt(String name, BufferedImage frame, BufferedImage closer, BufferedImage maximizer, String metadata) {

    static final String FRAME = "default.png", CLOSER = "closer.png", MAXIMIZER = "maximizer.png", METADATA = "metadata";

    void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        ImageIO.write(frame, "png", folder.resolve(FRAME).toFile());
        ImageIO.write(closer, "png", folder.resolve(CLOSER).toFile());
        ImageIO.write(maximizer, "png", folder.resolve(MAXIMIZER).toFile());
        Files.writeString(folder.resolve(METADATA), metadata, StandardCharsets.UTF_8);
    }
}
