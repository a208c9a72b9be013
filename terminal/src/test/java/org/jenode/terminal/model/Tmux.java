package org.jenode.terminal.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jenode.terminal.TerminalSession;

/**
 * tmux as the reference terminal: replays a byte stream into a fresh detached pane of a given size (the
 * pane's tty passes bytes unchanged: no echo, no output processing) and reads back what tmux shows with
 * {@code capture-pane -p -e}, as rows of {@link Screen.Cell}s. Each instance runs its own tmux server.
 */
final class Tmux implements AutoCloseable {

    private final String socket = "jenode-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    /** Whether a tmux binary can be run here. */
    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** What tmux shows after {@code stream} was fed to a pane of {@code size}. */
    Screen replay(Path stream, TerminalSession.Size size) throws IOException, InterruptedException {
        run("-f", "/dev/null", "new-session", "-d", "-s", "replay", "-x", String.valueOf(size.columns()),
                "-y", String.valueOf(size.lines()),
                "stty -echo -opost; cat '" + stream.toAbsolutePath() + "'; tmux wait-for -S fed; sleep 600");
        run("wait-for", "fed");
        String captured = run("capture-pane", "-p", "-e", "-N", "-t", "replay");
        String[] cursor = run("display", "-p", "-t", "replay", "#{cursor_x} #{cursor_y} #{alternate_on}").trim().split(" ");
        // tmux reports column == columns while a wrap is pending; the cursor is drawn in the last column
        int column = Math.min(Integer.parseInt(cursor[0]), size.columns() - 1);
        return new Screen(parse(captured, size), column, Integer.parseInt(cursor[1]),
                cursor[2].equals("1"));
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0)
            throw new IOException(command + " failed: " + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }

    /** capture-pane -e output: text with SGR sequences whose effect carries over line ends. */
    private static List<List<Screen.Cell>> parse(String captured, TerminalSession.Size size) {
        List<List<Screen.Cell>> rows = new ArrayList<>();
        Sgr sgr = new Sgr();
        for (String text : captured.split("\n", -1)) {
            if (rows.size() == size.lines()) break;
            List<Screen.Cell> row = new ArrayList<>();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (cp == 0x1b && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                    int end = text.indexOf('m', i);
                    sgr.apply(text.substring(i + 2, end));
                    i = end + 1;
                    continue;
                }
                int width = Screen.width(cp);
                row.add(new Screen.Cell(cp, sgr.style(), width));
                if (width == 2) row.add(new Screen.Cell(' ', sgr.style(), 0));
                i += Character.charCount(cp);
            }
            rows.add(row);
        }
        while (rows.size() < size.lines()) rows.add(new ArrayList<>());
        return rows;
    }

    @Override public void close() throws IOException {
        Process kill = new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start();
        try {
            kill.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
