package org.jenode.base.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which commands share a cache file: those that differ only where the JVM does not look (system
 * properties, logging) do; another option, a rebuilt jar or a patched module do not. (The quantum's
 * limits, which ChildProcess leaves out of the key, use, a damaged file and silence are
 * {@code ChildAotCacheTest}'s, in JVMs that patch nothing.)
 */
class AotCacheTest {

    @TempDir Path temp;
    private Path jar;

    @BeforeEach
    void folder() throws IOException {
        System.setProperty(AotCache.PROPERTY, temp.resolve("aot").toString());
        jar = Files.writeString(temp.resolve("a.jar"), "jar");
    }

    @AfterEach
    void forget() { System.clearProperty(AotCache.PROPERTY); }

    @Test
    void theLabelAndLoggingNameTheSameCache() throws IOException {
        Path made = recordAndBuild(command("-Djenode.child=init -> a"));
        assertThat(options(command("-Djenode.child=init -> b", "-Xlog:class+load")))
                .contains("-XX:AOTCache=" + made).contains("-Xlog:aot=off", "-Xlog:cds=off");
    }

    @Test
    void anotherOptionARebuiltJarOrAPatchedModuleDoNot() throws IOException {
        recordAndBuild(command());
        assertThat(options(command("-XX:TieredStopAtLevel=4"))).isEmpty();
        assertThat(AotCache.of(command("--patch-module=org.jenode.base=" + temp))).isEmpty();
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(options(command())).isEmpty();
    }

    @Test
    void withoutTheFolderThereIsNoCache() {
        System.clearProperty(AotCache.PROPERTY);
        assertThat(AotCache.of(command())).isEmpty();
    }

    /** Stands in for a training: the file a recording child of {@code command} would leave, built. */
    private Path recordAndBuild(List<String> command) throws IOException {
        AotCache cache = AotCache.of(command).orElseThrow();
        System.setProperty(AotCache.RECORD_PROPERTY, "init -> trainee");
        try {
            assertThat(cache.options("init -> trainee")).contains("-XX:AOTMode=record");
            cache.recording(command, List.of("-m", "x/y"));
        } finally {
            System.clearProperty(AotCache.RECORD_PROPERTY);
        }
        try (var files = Files.list(temp.resolve("aot"))) {
            Path args = files.filter(f -> f.toString().endsWith(".create")).findFirst().orElseThrow();
            Path made = Path.of(args.toString().replace(".create", ".aot"));
            Files.writeString(made, "cache");
            return made;
        }
    }

    private List<String> options(List<String> command) {
        return AotCache.of(command).orElseThrow().options("init -> x");
    }

    private List<String> command(String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path=" + jar, "-XX:+UseSerialGC"));
        command.addAll(List.of(options));
        return command;
    }
}
