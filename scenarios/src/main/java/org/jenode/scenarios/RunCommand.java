package org.jenode.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs a scenario until init exits (for example when the desktop window is closed), the duration
 * ends, or the process is interrupted.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a scenario file.")
final class RunCommand implements Callable<Integer> {

    /** The window drivers that --headless replaces. */
    private static final String[] WINDOW_DRIVERS = {"fb_fx", "fb_gl"};

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario XML", defaultValue = "scenarios/desktop.xml")
    Path scenario;

    @Option(names = "--headless", description = "replace the window drivers by fb_headless (no display needed)")
    boolean headless;

    @Option(names = "--screenshot", paramLabel = "PNG", description = "write the screen to this PNG when the run ends (headless)")
    Path screenshot;

    @Option(names = "--jar", paramLabel = "JAR", description = "a jar of your own components (its BinaryCatalog); they run only with isolation=\"process\"")
    List<Path> jars = new ArrayList<>();

    @Option(names = "--duration", paramLabel = "SECONDS", description = "stop after this many seconds")
    Double duration;

    @Override public Integer call() throws InterruptedException {
        if (!Files.isRegularFile(scenario)) {
            System.err.println("jenode: no scenario file '" + scenario + "'");
            return 2;
        }
        if (!headless && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            System.err.println("jenode: no display (DISPLAY is not set). Run with --headless, or start an X server.");
            return 2;
        }
        Core core;
        try {
            Binaries binaries = Binaries.discover();
            for (Path jar : jars) binaries = binaries.withJar(jar);
            if (headless) for (String driver : WINDOW_DRIVERS) binaries = binaries.alias(driver, "fb_headless");
            core = Core.load(scenario, binaries).platformInfo(platformInfo());
        } catch (XmlException | ServiceDeniedException | InvalidRequestException e) {
            System.err.println("jenode: " + e.getMessage());
            return 2;
        }
        Thread hook = new Thread(core::close, "jenode shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        core.start();
        int code = await(core);
        core.close();
        Runtime.getRuntime().removeShutdownHook(hook);
        return code;
    }

    private XmlNode platformInfo() {
        XmlNode.Builder jenode = XmlNode.builder("jenode").attribute("headless", headless);
        if (screenshot != null) jenode.attribute("screenshot", screenshot.toAbsolutePath().toString());
        return XmlNode.builder("platform_info").child(jenode).build();
    }

    private int await(Core core) throws InterruptedException {
        try {
            if (duration == null) return core.exit().get();
            return core.exit().get((long) (duration * 1000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return 0;
        } catch (ExecutionException e) {
            System.err.println("jenode: init faulted: " + e.getCause());
            return 1;
        }
    }
}
