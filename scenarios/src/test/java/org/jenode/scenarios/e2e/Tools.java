package org.jenode.scenarios.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the X tools (xdotool, import) against one display and returns what they print. */
final class Tools {

    private final String display;

    Tools(String display) { this.display = display; }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, tool).canExecute()) return true;
        }
        return false;
    }

    String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        if (p.exitValue() != 0) throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + out);
        return out.strip();
    }

    String xdotool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("xdotool");
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
    }

    /** The window's geometry as {@code X, Y, WIDTH, HEIGHT} from {@code xdotool getwindowgeometry --shell}. */
    Map<String, Integer> geometry(String window) throws IOException, InterruptedException {
        Map<String, Integer> values = new java.util.HashMap<>();
        for (String line : xdotool("getwindowgeometry", "--shell", window).split("\n")) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2 && kv[1].matches("-?\\d+")) values.put(kv[0], Integer.parseInt(kv[1]));
        }
        return values;
    }
}
