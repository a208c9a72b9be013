package org.jenode.scenarios.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.HostTraces;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A nitpicker client killed while nitpicker composes its buffer never takes nitpicker down: hello, on
 * init's threads or in a process of its own, is shown, the pointer is kept moving over it (each move makes
 * nitpicker compose the pixels under the pointer from hello's buffer), and hello is killed in one of the
 * ways a child ends; nitpicker and the bystander (testnit) keep running, and the screen keeps updating
 * (hello's place shows the background again). Killing is a race with the frames drawn, so each way is
 * repeated for several rounds.
 */
class KilledClientTest {

    private static final int W = 640, H = 400, X = 360, Y = 290;
    private static final int HELLO = 0x2a4d69, BACKGROUND = 0x203040, FRAME = 0x101010;
    private static final int ROUNDS = 4;
    /** A process child is killed when it has not answered for this long. */
    private static final int STALL_MS = 1500;
    private static final Duration START = Duration.ofMinutes(1);

    /** The ways a client ends. */
    enum Kill {
        /** In-process: removed from the config while nitpicker composes its buffer. */
        THREAD_REMOVED,
        /** Sandboxed: removed from the config (its process is asked to stop, then killed). */
        PROCESS_REMOVED,
        /** Sandboxed: SIGKILL of its process, a fault. */
        SIGKILL,
        /** Sandboxed: SIGSTOP of its process, so init kills it after the stall time. */
        STALLED,
        /** Sandboxed: SIGTERM, on which its JVM runs its exit sequence as {@code System.exit} does. */
        EXIT;

        String isolation() { return this == THREAD_REMOVED ? "thread" : "process"; }
    }

    private static String starts(Optional<String> victim, Kill kill) {
        return """
            <start name="nitpicker"> <resource name="RAM" quantum="8M"/>
              <provides> <service name="Nitpicker"/> </provides>
              <config> <domain name="default" layer="2"/> <policy label="" domain="default"/> <background color="#203040"/> </config> </start>
            <start name="testnit"> <resource name="RAM" quantum="4M"/> <config xpos="20" ypos="20"/> </start>
            """ + victim.map(name -> """
            <start name="%s" isolation="%s"> <binary name="hello"/> <resource name="RAM" quantum="2M"/> <config xpos="%d" ypos="%d"/> </start>
            """.formatted(name, kill.isolation(), X, Y)).orElse("");
    }

    private static String config(HeadlessScreen fb, Optional<String> victim, Kill kill) {
        return fb.initConfig(starts(victim, kill)).replaceFirst("<config>", "<config stall_timeout_ms=\"" + STALL_MS + "\"> <report/>");
    }

    @ParameterizedTest
    @EnumSource(Kill.class)
    void aClientKilledWhileComposedNeverTakesNitpickerDown(Kill kill) throws Exception {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        try (Core core = fb.start(starts(Optional.empty(), kill))) {
            core.rom("config").set(config(fb, Optional.empty(), kill));
            fb.awaitScreen("testnit shown", () -> fb.rgb(20, 20) == FRAME);
            AtomicBoolean moving = new AtomicBoolean(true);
            Thread pointer = Thread.ofPlatform().name("pointer over hello").start(() -> {
                for (int i = 0; moving.get(); i++) {
                    fb.inject(new InputEvent.AbsoluteMotion(X + 100 + i % 40, Y + 30 + i % 20));
                    LockSupport.parkNanos(1_000_000);
                }
            });
            try {
                for (int round = 0; round < ROUNDS; round++) round(core, fb, kill, "victim" + round);
            } finally {
                moving.set(false);
                pointer.join();
            }
        }
    }

    private static void round(Core core, HeadlessScreen fb, Kill kill, String name) throws IOException, InterruptedException {
        core.rom("config").set(config(fb, Optional.of(name), kill));
        Await.until(name + " shown", START, () -> fb.rgb(X + 5, Y + 5) == HELLO || !running(core, "nitpicker"));
        assertRunning(core, "nitpicker");
        long frames = fb.frames();
        switch (kill) {
            case THREAD_REMOVED, PROCESS_REMOVED -> core.rom("config").set(config(fb, Optional.empty(), kill));
            case SIGKILL -> process(name).destroyForcibly();
            case STALLED -> signal(process(name), "STOP");
            case EXIT -> signal(process(name), "TERM");
        }
        fb.awaitScreen(name + " gone from the screen, which keeps updating",
                () -> (fb.rgb(X + 5, Y + 5) == BACKGROUND && fb.frames() > frames) || !running(core, "nitpicker"));
        assertRunning(core, "nitpicker");
        assertRunning(core, "testnit");
        assertThat(fb.rgb(20, 20)).as("testnit's frame").isEqualTo(FRAME);
        if (kill != Kill.THREAD_REMOVED) Await.until(name + "'s process gone", () -> HostTraces.processesOf("init -> " + name).isEmpty());
    }

    private static ProcessHandle process(String name) {
        return Await.answer(name + "'s process", () -> HostTraces.processesOf("init -> " + name), p -> p.size() == 1).getFirst();
    }

    private static void signal(ProcessHandle process, String signal) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor()).isZero();
    }

    private static Optional<XmlNode> child(Core core, String name) {
        return core.report("init -> state").map(text -> XmlParser.parse(text, "init's state"))
                .flatMap(s -> s.children("child").stream().filter(c -> c.attribute("name", "").equals(name)).findFirst());
    }

    private static boolean running(Core core, String name) {
        return child(core, name).map(c -> c.attribute("state", "").equals("running")).orElse(true);
    }

    private static void assertRunning(Core core, String name) {
        XmlNode c = child(core, name).orElseThrow(() -> new AssertionError("no " + name + " in init's state"));
        assertThat(c.attribute("state", "")).as(name + "'s state (" + c.child("fault").map(f -> f.attribute("message", "")).orElse("") + ")")
                .isEqualTo("running");
    }
}
