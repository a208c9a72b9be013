package org.jenode.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jenode.base.Component;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.HostTraces;
import org.jenode.base.testing.UserJar;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.nitpicker.NitpickerSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A launcher entry whose binary names a jar of the user's (the README's example): the launcher reads
 * the jar as its ROM, hands it to the loader as a module, and a click shows the component's window,
 * run in a process of its own.
 */
class LauncherJarTest {

    private static final int GREETER = 0x7a3b8f;

    @TempDir Path work;

    @Test
    void aClickOnAJarEntryRunsItsComponentSandboxed() throws IOException {
        Path jar = UserJar.build(UserJar.EXAMPLE, work, "greeter.jar", Component.class, NitpickerSession.class, FramebufferSession.class);
        String entry = """
                <subsystem name="greeter" title="Greeter" isolation="process">
                  <resource name="RAM" quantum="4M"/> <binary name="greeter.jar"/> <config xpos="400" ypos="300"/>
                </subsystem>
                """;
        try (LauncherDesk desk = new LauncherDesk(entry)) {
            desk.core.rom("greeter.jar").set(Files.readAllBytes(jar));
            List<Rect> rows = desk.awaitRows(1);
            desk.click(rows.get(0));
            desk.screen.awaitScreen("the greeter's window", () -> desk.screen.rgb(595, 355) == GREETER);
            assertThat(HostTraces.processesOf("init -> loader -> launcher -> greeter")).hasSize(1);
        }
    }
}
