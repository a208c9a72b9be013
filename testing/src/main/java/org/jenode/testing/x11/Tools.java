package org.jenode.testing.x11;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Runs the X tools (xdotool, ImageMagick's {@code import}) against one display and returns what they
 * print. The display is passed explicitly: a test JVM's own {@code DISPLAY} may be unset or another one.
 */
public final class Tools {

    private static final long TIMEOUT_SECONDS = 30;

    private final String display;

    public Tools(String display) { this.display = display; }

    /** Whether {@code tool} is an executable in a directory of {@code PATH}. */
    public static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, tool).canExecute()) return true;
        }
        return false;
    }

    public String display() { return display; }

    /** Runs {@code command} on this display; its output (stdout and stderr), stripped. Fails on a non-zero exit. */
    public String run(String... command) throws IOException, InterruptedException {
        Result r = execute(command);
        if (r.code != 0) throw new IOException(String.join(" ", command) + " failed (" + r.code + "): " + r.output);
        return r.output;
    }

    public String xdotool(String... args) throws IOException, InterruptedException {
        return run(prefixed("xdotool", args));
    }

    /** The ids of the windows whose name matches {@code nameRegex}; none is no error (xdotool exits 1 then). */
    public List<String> windows(String nameRegex) throws IOException, InterruptedException {
        Result r = execute(prefixed("xdotool", "search", "--name", nameRegex));
        List<String> ids = new ArrayList<>();
        for (String line : r.output.split("\n")) if (line.matches("\\d+")) ids.add(line);
        if (r.code != 0 && !ids.isEmpty()) throw new IOException("xdotool search failed (" + r.code + "): " + r.output);
        return ids;
    }

    /** The window's geometry as {@code X, Y, WIDTH, HEIGHT} from {@code xdotool getwindowgeometry --shell}. */
    public Map<String, Integer> geometry(String window) throws IOException, InterruptedException {
        Map<String, Integer> values = new HashMap<>();
        for (String line : xdotool("getwindowgeometry", "--shell", window).split("\n")) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2 && kv[1].matches("-?\\d+")) values.put(kv[0], Integer.parseInt(kv[1]));
        }
        return values;
    }

    /** What the window shows, as the X server has it: written to {@code png} (kept for people to look at) and read back. */
    public BufferedImage screenshot(String window, Path png) throws IOException, InterruptedException {
        Path file = png.toAbsolutePath();
        Files.createDirectories(file.getParent());
        run("import", "-window", window, "png:" + file);
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) throw new IOException("import wrote no readable PNG to " + file);
        return image;
    }

    private Result execute(String... command) throws IOException, InterruptedException {
        // Output goes to a file, not a pipe: a tool that hangs must not hang the reader past the timeout.
        Path out = Files.createTempFile("x11-tool", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String[] prefixed(String tool, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = tool;
        System.arraycopy(args, 0, cmd, 1, args.length);
        return cmd;
    }

    private static final class Result {
        final int code;
        final String output;

        Result(int code, String output) {
            this.code = code;
            this.output = output;
        }
    }
}
