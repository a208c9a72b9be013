package org.jenode.scenarios.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.SessionArgs;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.loader.Isolation;
import org.jenode.loader.LoaderSession;
import org.jenode.nitpicker.NitpickerSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Writing a component" as a user follows it: the example's sources (docs/examples/greeter)
 * compiled with javac against Jenode's API jars and packed with jar (the JDK's own command-line tools,
 * run through {@link ToolProvider}), registered from outside the tree (what {@code --jar} does) and
 * started by one line of scenario XML:
 * sandboxed, its pixels on the screen; on threads of this JVM it is refused, and this JVM never loads it.
 */
class JarComponentTest {

    private static final Path EXAMPLE = Path.of("../docs/examples/greeter/src").toAbsolutePath().normalize();
    private static final int BACKGROUND = 0x203040, GREETER = 0x7a3b8f;

    @TempDir static Path work;
    private static Path jar;

    @BeforeAll
    static void buildTheJar() throws IOException, URISyntaxException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> javac = new ArrayList<>(List.of("-cp", apiJars(), "-d", classes.toString()));
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(javac::add);
        }
        run("javac", javac);
        jar = work.resolve("greeter.jar");
        run("jar", List.of("--create", "--file", jar.toString(), "-C", classes.toString(), ".", "-C", EXAMPLE.toString(), "META-INF"));
    }

    /** Runs the JDK's command-line tool {@code tool} (the same program as on the command line). */
    private static void run(String tool, List<String> args) {
        StringWriter out = new StringWriter();
        PrintWriter print = new PrintWriter(out);
        int code = ToolProvider.findFirst(tool).orElseThrow().run(print, print, args.toArray(String[]::new));
        print.flush();
        assertThat(code).as(tool + " " + String.join(" ", args) + ": " + out).isZero();
    }

    /** Jenode's API jars as a user finds them in the build: base, nitpicker and framebuffer. */
    private static String apiJars() throws URISyntaxException {
        List<String> jars = new ArrayList<>();
        for (Class<?> api : List.of(Component.class, NitpickerSession.class, FramebufferSession.class))
            jars.add(Path.of(api.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        return String.join(File.pathSeparator, jars);
    }

    @AfterAll
    static void noClassOfTheJarHere() {
        assertThatThrownBy(() -> Class.forName("org.example.greeter.Greeter")).isInstanceOf(ClassNotFoundException.class);
    }

    private static Binary greeter() { return Binaries.discover().withJar(jar).lookup("greeter"); }

    private static final String NITPICKER = """
            <start name="nitpicker"> <resource name="RAM" quantum="8M"/>
              <provides> <service name="Nitpicker"/> </provides>
              <config> <domain name="default" layer="2"/> <policy label="" domain="default"/> <background color="#203040"/> </config> </start>
            """;

    /** Nitpicker and the greeter, started by one line. */
    private static String starts(String isolation) {
        return NITPICKER + """
            <start name="greeter" isolation="ISO"> <resource name="RAM" quantum="2M"/> <config xpos="60" ypos="40"/> </start>
            """.replace("ISO", isolation);
    }

    @Test
    void theComponentFromTheJarRunsSandboxedAndShowsItsWindow() {
        HeadlessScreen fb = new HeadlessScreen(400, 200);
        try (Core _ = fb.start(starts("process"), greeter())) {
            fb.awaitScreen("the greeter's window", () -> fb.rgb(255, 95) == GREETER);
            assertThat(fb.rgb(59, 39)).isEqualTo(BACKGROUND);
            fb.writePng(Path.of("target/jar-component.png"));
        }
    }

    @Test
    void onThreadsOfThisJvmItIsRefused() {
        HeadlessScreen fb = new HeadlessScreen(400, 200);
        try (LogCapture log = new LogCapture(); Core core = fb.start(starts("thread"), greeter())) {
            String refusal = log.await("comes from the jar greeter.jar, whose code runs only sandboxed");
            assertThat(refusal).contains("greeter").contains("isolation=\"process\"");
            fb.awaitScreen("nitpicker's background where the greeter's window would be", () -> fb.rgb(255, 95) == BACKGROUND);
            assertThat(core.exit()).isNotDone();
        }
    }

    @Test
    void aLoaderClientHandsTheJarAsARomModuleAndItRunsSandboxed() throws IOException {
        byte[] bytes = Files.readAllBytes(jar);
        Probe client = new Probe("client");
        HeadlessScreen fb = new HeadlessScreen(400, 200);
        String loader = """
            <start name="loader"> <resource name="RAM" quantum="32M"/> <provides> <service name="Loader"/> </provides> </start>
            <start name="client"> <resource name="RAM" quantum="16M"/> </start>
            """;
        try (Core _ = fb.start(NITPICKER + loader, client.binary())) {
            LoaderSession session = client.onEp(env -> env.session(LoaderSession.class, "",
                    SessionArgs.ramQuota(LoaderSession.quota(4 << 20, bytes.length + 64))));
            byte[] config = "<config xpos=\"60\" ypos=\"40\"/>".getBytes(StandardCharsets.UTF_8);
            session.allocRomModule("config", config.length).bytes().put(config);
            session.commitRomModule("config");
            session.allocRomModule("greeter.jar", bytes.length).bytes().put(bytes);
            session.commitRomModule("greeter.jar");
            session.start("greeter.jar", "mine");
            fb.awaitScreen("the greeter from the client's jar module", () -> fb.rgb(255, 95) == GREETER);
            assertThat(session.status().isolation()).isEqualTo(Isolation.PROCESS);
            session.close();
            fb.awaitScreen("its window gone with the session", () -> fb.rgb(255, 95) == BACKGROUND);
        }
    }

    @Test
    void aJarWithoutACatalogIsRefusedByName() throws IOException {
        Path empty = work.resolve("empty.jar");
        run("jar", List.of("--create", "--file", empty.toString(), "-C", Files.createDirectories(work.resolve("nothing")).toString(), "."));
        assertThatThrownBy(() -> Binaries.discover().withJar(empty)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("empty.jar registers no binary");
        assertThatThrownBy(() -> Binaries.discover().withJar(work.resolve("missing.jar"))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no jar file");
    }
}
