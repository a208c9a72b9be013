package org.jenode.scenarios.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.jenode.base.testing.Await;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The children's AOT cache as {@code ./jenode} has it, in JVMs started from the build's own command line
 * ({@code target/jenode.args}: no patched module, unlike this test's JVM) with a cache folder of the
 * test's: {@code jenode train} makes the cache from the training scenario; a child of the same command
 * (but another quantum, so other heap limits) starts from it (its JVM's class loading log says where
 * SandboxMain came from); a child of another
 * command (another JIT level) starts without it, and a damaged cache file costs nothing but speed; in
 * neither case does the parent log a line of the child's JVM.
 */
class ChildAotCacheTest {

    private static final Path LAUNCH = Path.of("target", "jenode.args");
    private static final Path TRAINING = Path.of("src", "aot", "training.xml");
    private static final String MAIN = "org.jenode.base.runtime.SandboxMain";
    private static final String FROM_CACHE = "shared objects file";
    private static final Duration RUN = Duration.ofMinutes(2);

    @TempDir static Path temp;
    private static Path cache;
    private static int runs;

    @BeforeAll
    static void train() throws IOException, InterruptedException {
        Path args = launch(temp.resolve("aot"));
        Path log = temp.resolve("train.log");
        Process p = new ProcessBuilder(java(), "@" + args, "train", TRAINING.toAbsolutePath().toString(), "--child", "client")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).as("jenode train ended").isTrue();
        assertThat(p.exitValue()).isZero();
        try (Stream<Path> files = Files.list(temp.resolve("aot"))) {
            cache = files.filter(f -> f.toString().endsWith(".aot")).findFirst()
                    .orElseThrow(() -> new AssertionError("no cache made:\n" + String.join("\n", read(log))));
        }
        try (Stream<Path> files = Files.list(temp.resolve("aot"))) {
            assertThat(files.toList()).as("the record and its arguments are gone").containsExactly(cache);
        }
    }

    @Test
    void aChildOfTheSameCommandStartsFromTheCache() throws Exception {
        Run run = run(cache.getParent(), "");
        assertThat(run.source(MAIN)).isEqualTo(FROM_CACHE);
        assertThat(run.childJvmLines()).isEmpty();
    }

    @Test
    void aChildOfAnotherCommandStartsWithoutTheCacheAndNothingIsLogged() throws Exception {
        Run run = run(cache.getParent(), "-XX:TieredStopAtLevel=4");
        assertThat(run.source(MAIN)).startsWith("file:").endsWith(".jar");
        assertThat(run.childJvmLines()).isEmpty();
    }

    @Test
    void aDamagedCacheOnlyCostsSpeed() throws Exception {
        Path damaged = Files.createDirectories(temp.resolve("damaged")).resolve(cache.getFileName());
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length / 3)); // truncated, as a full disk leaves it
        Run run = run(damaged.getParent(), "");
        assertThat(run.source(MAIN)).startsWith("file:").endsWith(".jar");
        assertThat(run.childJvmLines()).isEmpty();
    }

    /** What a run printed and what its child's JVM loaded. */
    private record Run(List<String> output, List<String> classLoads) {

        /** Where the class {@code name} came from, as the JVM's class+load log says. */
        String source(String name) {
            return classLoads.stream().filter(l -> l.contains(" " + name + " source: ")).findFirst()
                    .map(l -> l.substring(l.indexOf(" source: ") + " source: ".length()))
                    .orElseThrow(() -> new AssertionError("the child's JVM did not load " + name));
        }

        /** The lines the parent logged as the output of the child's JVM (not the child's own log). */
        List<String> childJvmLines() { return output.stream().filter(l -> l.startsWith("WARN  [init -> client]")).toList(); }
    }

    /**
     * The training scenario with a bigger quantum for its child, headless, with the cache folder {@code folder} and {@code options} for the
     * child, until the child's component runs (it logs its geometry); then the run is ended.
     */
    private static Run run(Path folder, String options) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("run" + runs++));
        Path log = dir.resolve("out.log");
        String childOptions = "-Xlog:class+load:file=" + dir.resolve("classes-%p.log") + " " + options;
        // another quantum than the training's, so other heap limits: the cache is the same
        Path scenario = Files.writeString(dir.resolve("scenario.xml"), Files.readString(TRAINING).replace("quantum=\"4M\"", "quantum=\"12M\""));
        Process p = new ProcessBuilder(java(), "-Djenode.child.java-options=" + childOptions, "@" + launch(folder), "run",
                scenario.toString(), "--headless").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Await.until("the child's component runs", RUN, () -> read(log).stream().anyMatch(l -> l.contains("[init -> client] nit_fb at")));
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        }
        List<String> loads = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("classes-")).toList()) loads.addAll(read(f));
        }
        return new Run(read(log), loads);
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
