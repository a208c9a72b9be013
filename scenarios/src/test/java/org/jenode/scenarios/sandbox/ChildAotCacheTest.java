package org.jenode.scenarios.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.HostTraces;
import org.jenode.testing.x11.XServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The children's AOT caches as {@code ./jenode} has them, in JVMs started from the build's own command
 * line ({@code target/jenode.args}: no patched module, unlike this test's JVM) with a cache folder of the
 * test's: {@code jenode train} makes a cache from each of the training scenario's two children, whose
 * programs' modules differ (a nitpicker client of the apps, the terminal), so their JVMs resolve other
 * modules; each child of the same command (but another quantum, so other heap limits) starts from its
 * cache (its JVM's class loading log says where SandboxMain came from), its module path only what its
 * program needs (a sandboxed driver's includes its toolkit, its client's does not); a child of another
 * command (another JIT level) starts without, and a damaged cache file costs nothing but speed; in
 * neither case does the parent log a line of the child's JVM.
 */
class ChildAotCacheTest {

    private static final Path LAUNCH = Path.of("target", "jenode.args");
    private static final Path TRAINING = Path.of("src", "aot", "training.xml");
    private static final String MAIN = "org.jenode.base.runtime.SandboxMain";
    private static final String FROM_CACHE = "shared objects file";
    private static final Duration RUN = Duration.ofMinutes(2);

    @TempDir static Path temp;
    private static List<Path> caches;
    private static int runs;

    @BeforeAll
    static void train() throws IOException, InterruptedException {
        Path args = launch(temp.resolve("aot"));
        Path log = temp.resolve("train.log");
        Process p = new ProcessBuilder(java(), "@" + args, "train", TRAINING.toAbsolutePath().toString(), "--child", "client",
                "--child", "terminal")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).as("jenode train ended").isTrue();
        assertThat(p.exitValue()).isZero();
        try (Stream<Path> files = Files.list(temp.resolve("aot"))) {
            caches = files.filter(f -> f.toString().endsWith(".aot")).sorted().toList();
        }
        assertThat(caches).as("a cache for each child:\n" + String.join("\n", read(log))).hasSize(2);
        try (Stream<Path> files = Files.list(temp.resolve("aot"))) {
            assertThat(files.toList()).as("the records and their arguments are gone").containsExactlyInAnyOrderElementsOf(caches);
        }
    }

    @Test
    void eachChildOfTheSameCommandStartsFromItsCache() throws Exception {
        Run run = run(caches.getFirst().getParent(), "");
        assertThat(run.sources(MAIN)).containsExactly(FROM_CACHE, FROM_CACHE);
        assertThat(run.childJvmLines()).isEmpty();
    }

    @Test
    void eachChildResolvesOnlyTheModulesOfItsProgram() throws Exception {
        Run run = run(caches.getFirst().getParent(), "");
        String client = run.modulePaths().get("init -> client"), terminal = run.modulePaths().get("init -> terminal");
        assertThat(client).contains("/apps/", "/nitpicker/", "/base/")
                .doesNotContain("/terminal/", "jeditermfx", "kotlin", "logback", "picocli")
                .as("the drivers' toolkits, which a client never runs").doesNotContain("lwjgl", "javafx", "jinput");
        assertThat(terminal).contains("/terminal/", "jeditermfx", "kotlin", "pty4j").doesNotContain("/apps/", "logback", "picocli");
    }

    /**
     * A sandboxed fb_fx keeps framebuffer's static requirement of JavaFX, as its program's own module's,
     * and shows its first frame; its sandboxed nitpicker client, of the same framebuffer module, has none.
     */
    @Test
    void aSandboxedDriverGetsItsToolkitAndItsClientDoesNot() throws Exception {
        Assumptions.assumeTrue(XServer.available(), "a sandboxed fb_fx needs Xvfb (apt-get install xvfb; .ci/run does)");
        Path dir = Files.createDirectories(temp.resolve("driver"));
        String text = Files.readString(TRAINING).replace("<start name=\"fb\">", "<start name=\"fb\" isolation=\"process\">")
                .replace("<binary name=\"fb_headless\"/>", "<binary name=\"fb_fx\"/>").replace("<resource name=\"RAM\" quantum=\"8M\"/>", "<resource name=\"RAM\" quantum=\"64M\"/>");
        assertThat(text).contains("<binary name=\"fb_fx\"/>", "isolation=\"process\">\n      <binary name=\"fb_fx\"/>\n      <resource name=\"RAM\" quantum=\"64M\"/>");
        Path scenario = Files.writeString(dir.resolve("driver.xml"), text.replaceAll("(?s)\\s*<start name=\"terminal\".*?</start>", ""));
        try (XServer x = XServer.start(640, 480)) {
            Run run = run(dir, scenario, caches.getFirst().getParent(), "", x.display(), List.of("[init -> fb] first frame"));
            assertThat(run.modulePaths().get("init -> fb")).contains("javafx-graphics", "lwjgl");
            assertThat(run.modulePaths().get("init -> client")).doesNotContain("javafx", "lwjgl", "jinput");
        }
    }

    @Test
    void aChildOfAnotherCommandStartsWithoutTheCacheAndNothingIsLogged() throws Exception {
        Run run = run(caches.getFirst().getParent(), "-XX:TieredStopAtLevel=4");
        assertThat(run.sources(MAIN)).hasSize(2).allSatisfy(source -> assertThat(source).startsWith("file:").endsWith(".jar"));
        assertThat(run.childJvmLines()).isEmpty();
    }

    @Test
    void aDamagedCacheOnlyCostsSpeed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("damaged"));
        for (Path cache : caches) {
            byte[] bytes = Files.readAllBytes(cache);
            Files.write(folder.resolve(cache.getFileName()), Arrays.copyOf(bytes, bytes.length / 3)); // truncated, as a full disk leaves it
        }
        Run run = run(folder, "");
        assertThat(run.sources(MAIN)).hasSize(2).allSatisfy(source -> assertThat(source).startsWith("file:").endsWith(".jar"));
        assertThat(run.childJvmLines()).isEmpty();
    }

    /**
     * What a run printed, what its children's JVMs loaded (each JVM's class loads) and, by label, the
     * module path on each child's command line.
     */
    private record Run(List<String> output, List<List<String>> classLoads, Map<String, String> modulePaths) {

        /** Where each child's JVM took the class {@code name} from, as its class+load log says. */
        List<String> sources(String name) {
            return classLoads.stream().map(loads -> loads.stream().filter(l -> l.contains(" " + name + " source: ")).findFirst()
                    .map(l -> l.substring(l.indexOf(" source: ") + " source: ".length()))
                    .orElseThrow(() -> new AssertionError("a child's JVM did not load " + name))).toList();
        }

        /** The lines the parent logged as the output of a child's JVM (not a child's own log). */
        List<String> childJvmLines() {
            return output.stream().filter(l -> l.startsWith("WARN  [init -> client]") || l.startsWith("WARN  [init -> terminal]")).toList();
        }
    }

    /**
     * The training scenario with a bigger quantum for its child, headless, with the cache folder {@code folder} and {@code options} for the
     * child, until the child's component runs (it logs its geometry); then the run is ended.
     */
    private static Run run(Path folder, String options) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("run" + runs++));
        // another quantum than the training's, so other heap limits: the cache is the same
        Path scenario = Files.writeString(dir.resolve("scenario.xml"), Files.readString(TRAINING).replace("quantum=\"4M\"", "quantum=\"12M\""));
        return run(dir, scenario, folder, options, null, List.of());
    }

    /**
     * {@code scenario} in folder {@code dir}, on the X display {@code display} (null: headless), until its
     * client's component runs, it logged each of {@code awaited}, and both its sandboxed children's
     * processes are there; then it is ended.
     */
    private static Run run(Path dir, Path scenario, Path folder, String options, String display, List<String> awaited) throws Exception {
        Map<String, String> modulePaths = new HashMap<>();
        Path log = dir.resolve("out.log");
        String childOptions = "-Xlog:class+load:file=" + dir.resolve("classes-%p.log") + " " + options;
        List<String> command = new ArrayList<>(List.of(java(), "-Djenode.child.java-options=" + childOptions, "@" + launch(folder), "run",
                scenario.toString()));
        if (display == null) command.add("--headless");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (display != null) builder.environment().put("DISPLAY", display);
        Process p = builder.start();
        try {
            Await.until("the child's component runs", RUN, () -> read(log).stream().anyMatch(l -> l.contains("[init -> client] nit_fb at")));
            for (String line : awaited) Await.until(line, RUN, () -> read(log).stream().anyMatch(l -> l.contains(line)));
            Await.until("both children's processes", RUN, () -> {
                p.descendants().forEach(d -> modulePath(d.pid()).ifPresent(m -> modulePaths.put(m.getKey(), m.getValue())));
                return modulePaths.size() == 2;
            });
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        }
        List<List<String>> loads = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("classes-")).toList()) loads.add(read(f));
        }
        return new Run(read(log), loads, modulePaths);
    }

    /** The label and the module path of the process {@code pid} if it is a child, from its command line. */
    private static Optional<Map.Entry<String, String>> modulePath(long pid) {
        List<String> args = HostTraces.arguments(pid);
        Optional<String> label = args.stream().filter(a -> a.startsWith("-Djenode.child=")).map(a -> a.substring("-Djenode.child=".length())).findFirst();
        Optional<String> path = args.stream().filter(a -> a.startsWith("--module-path=")).findFirst();
        return label.isPresent() && path.isPresent() ? Optional.of(Map.entry(label.get(), path.get())) : Optional.empty();
    }

    /** The build's java command line with the cache folder {@code folder}. */
    private static Path launch(Path folder) throws IOException {
        String text = Files.readString(LAUNCH).replaceAll("(?m)^-Djenode\\.child\\.aot-cache=.*$",
                Matcher.quoteReplacement("\"-Djenode.child.aot-cache=" + folder + "\""));
        assertThat(text).contains("-Djenode.child.aot-cache=" + folder);
        Path args = Files.createTempFile(temp, "jenode", ".args");
        Files.writeString(args, text);
        return args;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1); // any byte: a log is read, not decoded
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String java() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }
}
