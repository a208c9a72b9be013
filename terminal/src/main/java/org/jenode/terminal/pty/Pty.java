package org.jenode.terminal.pty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.WinSize;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.terminal.TerminalConnection;
import org.jenode.terminal.TerminalSession;

/**
 * {@code pty}: a Terminal client that runs a host command on a pseudo-terminal (pty4j) and shuttles bytes
 * both ways; a terminal resize becomes the PTY's window size. When the command exits, the terminal says
 * so and the pty ends at the next key, closing its Terminal session.
 *
 * <p>The command runs as the user who started Jenode, with all of that user's rights on the host: this
 * component is a hole in the sandbox by design, to be routed only where the user wants a host shell.
 *
 * <p>Two host threads talk to the PTY, because its streams block: a reader hands output to the
 * entrypoint (at most {@link #IN_FLIGHT} bytes at a time, so a fast program waits for a slow terminal),
 * a writer feeds it what the user typed (so a program that does not read cannot stall the entrypoint).
 * A Linux PTY gives at most 4 KiB per read; what piles up while the terminal is busy goes out in full
 * I/O buffers, one call each, so a busy terminal takes fewer and larger writes rather than falling
 * further behind with a call per read.
 */
public final class Pty implements Component {

    static final int IN_FLIGHT = 256 * 1024;
    private static final int CHUNK = TerminalSession.IO_BUFFER_SIZE;
    private static final byte[] STOP = new byte[0];

    private final Env env;
    private final TerminalConnection terminal;
    private final PtyProcess process;
    private final Semaphore credit = new Semaphore(IN_FLIGHT);
    private final LinkedBlockingQueue<byte[]> toProcess = new LinkedBlockingQueue<>();
    /** Read, not yet written to the terminal; drained only on the entrypoint. */
    private final ConcurrentLinkedQueue<byte[]> output = new ConcurrentLinkedQueue<>();
    private final byte[] batch = new byte[CHUNK];
    private boolean ended;
    private int exitCode;

    public Pty(Env env) {
        this.env = env;
        PtyConfig config = PtyConfig.of(env.config().xml(), System.getenv(), System.getProperty("user.home"));
        useOwnLibraryFolder();
        terminal = TerminalConnection.open(env, "");
        TerminalSession.Size size = terminal.session().size();
        try {
            process = new PtyProcessBuilder(config.command().toArray(String[]::new)).setEnvironment(config.environment())
                    .setDirectory(config.directory()).setInitialColumns(size.columns()).setInitialRows(size.lines())
                    .setConsole(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + config.command() + " in " + config.directory(), e);
        }
        env.log().info("started {} ({}x{}, pid {})", config.command(), size.columns(), size.lines(), process.pid());
        terminal.session().readAvailSigh(env.ep().handler(this::onInput));
        terminal.session().sizeChangedSigh(env.ep().handler(this::onResize));
        start("pty reader " + env.label(), this::readOutput);
        start("pty writer " + env.label(), this::writeInput);
    }

    /**
     * pty4j unpacks its native library into a fresh temporary folder on every start and never removes it;
     * given a folder it reuses that one. Ours is the user's own, closed to everybody else, so that nobody
     * can plant a library there.
     */
    private static void useOwnLibraryFolder() {
        if (System.getProperty("pty4j.tmpdir") != null) return;
        Path dir = Path.of(System.getProperty("user.home"), ".cache", "jenode", "pty4j");
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir + " for pty4j's native library", e);
        }
        System.setProperty("pty4j.tmpdir", dir.toString());
    }

    private static void start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    /** Reader thread: the program's output, chunk by chunk, to the entrypoint. */
    private void readOutput() {
        byte[] buffer = new byte[CHUNK];
        try (InputStream out = process.getInputStream()) {
            for (int n; (n = out.read(buffer)) > 0; ) {
                credit.acquire(n);
                output.add(Arrays.copyOf(buffer, n));
                env.ep().post(this::forward);
            }
        } catch (IOException e) {
            // the PTY closes with an I/O error on Linux once the program is gone: that is the end
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        env.ep().post(this::programEnded);
    }

    /** Writer thread: what the user typed, to the program. */
    private void writeInput() {
        try (OutputStream in = process.getOutputStream()) {
            for (byte[] bytes; (bytes = toProcess.take()) != STOP; ) {
                in.write(bytes);
                in.flush();
            }
        } catch (IOException e) {
            // the program is gone; programEnded reports it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes what has been read so far, as few calls as fit it. Each read also posts a call of this, so
     * one finds its chunk already gone; none is ever left waiting.
     */
    private void forward() {
        for (byte[] chunk; (chunk = output.peek()) != null; ) {
            int length = 0;
            for (; chunk != null && length + chunk.length <= batch.length; chunk = output.peek()) {
                System.arraycopy(output.poll(), 0, batch, length, chunk.length);
                length += chunk.length;
            }
            try {
                terminal.write(batch, 0, length);
            } finally {
                credit.release(length);
            }
        }
    }

    private void programEnded() {
        if (ended) return;
        try {
            exitCode = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ended = true;
        toProcess.add(STOP);
        env.log().info("{} exited with code {}", process.pid(), exitCode);
        terminal.write(("\r\n[exited with code " + exitCode + "; press a key to close]").getBytes(StandardCharsets.UTF_8));
    }

    private void onInput() {
        for (byte[] typed = terminal.read(); typed.length > 0; typed = terminal.read()) {
            if (ended) {
                terminal.close();
                env.exit(exitCode);
                return;
            }
            toProcess.add(typed);
        }
    }

    private void onResize() {
        TerminalSession.Size size = terminal.session().size();
        if (!ended) process.setWinSize(new WinSize(size.columns(), size.lines()));
    }

    @Override public void close() {
        toProcess.add(STOP);
        process.destroy();
    }
}
