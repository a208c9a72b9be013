package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.xml.XmlException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config error never ends the desktop: in a scenario file being edited while it runs, every size,
 * number and attribute error, an oversized or endless file, a ROM file that cannot be read, a too deep
 * nesting, an undeclared entity and bytes that are not UTF-8 are reported with file:line:column, the
 * running scenario is kept, and the file watch goes on (a later correct edit is applied). At start, an
 * error in init's config leaves init running until the file is fixed; an error in the scenario file
 * itself is an {@link XmlException} with its position, which {@code jenode run} prints.
 */
class ConfigErrorTest {

    @TempDir Path dir;
    private Path file;
    private LogCapture log;
    private final CompletableFuture<Env> first = new CompletableFuture<>(), second = new CompletableFuture<>();

    @BeforeEach void capture() {
        file = dir.resolve("desktop.xml");
        log = new LogCapture();
    }

    @AfterEach void release() { log.close(); }

    /** A scenario whose init config starts on line 3; {@code lines} begin on line 5. */
    private static String scenario(String ram, String lines) {
        return "<scenario ram=\"" + ram + "\">\n"
                + "  <rom name=\"motd\">hello</rom>\n"
                + "  <config>\n"
                + "    <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>\n"
                + lines + "\n"
                + "  </config>\n"
                + "</scenario>\n";
    }

    private static final String FIRST = "    <start name=\"first\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>";
    private static final String SECOND = "    <start name=\"second\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>";

    private Core start(String text) throws IOException {
        Files.writeString(file, text);
        return Core.load(file, Binaries.discover().with(capturing("first", first), capturing("second", second))).start();
    }

    private static Binary capturing(String name, CompletableFuture<Env> env) {
        return new Binary(name, e -> {
            env.complete(e);
            return new Component() { };
        });
    }

    /** Replaces the file and makes sure the watch sees a new modification time. */
    private void edit(byte[] content) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
    }

    private void edit(String text) throws IOException { edit(text.getBytes(StandardCharsets.UTF_8)); }

    /** The desktop still runs what it ran, and a correct edit after the bad one is applied. */
    private void stillRunningAndWatching(Core core) throws Exception {
        assertThat(core.exit()).as("the desktop runs").isNotDone();
        assertThat(first.get(10, TimeUnit.SECONDS).ep().running()).as("the running child was kept").isTrue();
        edit(scenario("64M", FIRST + "\n" + SECOND));
        assertThat(second.get(10, TimeUnit.SECONDS)).as("the file watch still applies edits").isNotNull();
    }

    @Test
    void aQuantumThatOverflowsAtStartLeavesInitWaitingForAFix() throws Exception {
        try (Core core = start(scenario("64M", FIRST.replace("1M", "9999999999G")))) {
            log.await("config rejected, nothing started: " + file + ":5:26: <resource>: attribute quantum=\"9999999999G\" is too large");
            assertThat(core.exit()).isNotDone();
            assertThat(first).isNotDone();
            edit(scenario("64M", FIRST));
            first.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aQuantumThatOverflowsEditedLiveIsRejected() throws Exception {
        try (Core core = start(scenario("64M", FIRST))) {
            first.get(10, TimeUnit.SECONDS);
            edit(scenario("64M", FIRST + "\n" + SECOND.replace("1M", "9999999999G")));
            log.await("config rejected, keeping the running one: " + file + ":6:27: <resource>: attribute quantum=\"9999999999G\" is too large");
            stillRunningAndWatching(core);
        }
    }

    @Test
    void otherNumbersInInitsConfigAreRejectedWithTheirPosition() throws Exception {
        try (Core core = start(scenario("64M", FIRST))) {
            first.get(10, TimeUnit.SECONDS);
            edit(scenario("64M", FIRST + "\n    <report delay_ms=\"soon\"/>"));
            log.await(file + ":6:5: <report>: attribute delay_ms=\"soon\" is not a number");
            edit(scenario("64M", FIRST + "\n    <start name=\"x\" priority=\"high\"/>"));
            log.await(file + ":6:5: <start>: attribute priority=\"high\" is not a number");
            stillRunningAndWatching(core);
        }
    }

    @Test
    void aScenarioRamThatOverflows() throws Exception {
        Files.writeString(file, scenario("9999999999G", FIRST));
        assertThatThrownBy(() -> Core.load(file, Binaries.discover())).isInstanceOf(XmlException.class)
                .hasMessage(file + ":1:1: <scenario>: attribute ram=\"9999999999G\" is too large (at most 9223372036854775807 bytes)");
        try (Core core = start(scenario("64M", FIRST))) {
            first.get(10, TimeUnit.SECONDS);
            edit(scenario("9999999999G", FIRST));
            log.await("scenario change rejected, keeping the running one: " + file + ":1:1: <scenario>: attribute ram=\"9999999999G\" is too large");
            stillRunningAndWatching(core);
        }
    }

    @Test
    void aHugeScenarioFileIsNeverRead() throws Exception {
        Path huge = dir.resolve("huge.xml");
        sparse(huge, 3L << 30);
        assertThatThrownBy(() -> Core.load(huge, Binaries.discover())).isInstanceOf(XmlException.class)
                .hasMessage(huge + ":1:1: larger than 16 MiB, the limit for XML");
        try (Core core = start(scenario("64M", FIRST))) {
            first.get(10, TimeUnit.SECONDS);
            FileTime before = Files.getLastModifiedTime(file);
            sparse(file, 3L << 30);
            Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
            log.await("scenario change rejected, keeping the running one: " + file + ":1:1: larger than 16 MiB");
            stillRunningAndWatching(core);
        }
    }

    private static void sparse(Path path, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    @Test
    void aRomFileIsReadWithABoundAndItsErrorNamesTheRomNode() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")));
        String withZero = scenario("64M", FIRST).replace("  <rom name=\"motd\">hello</rom>", "  <rom name=\"zero\" file=\"/dev/zero\"/>");
        try (Core core = start(withZero)) {
            log.await(file + ":2:3: <rom name=\"zero\">: cannot read /dev/zero: larger than 64 MiB, the limit for a ROM file");
            first.get(10, TimeUnit.SECONDS);
            assertThat(core.exit()).isNotDone();
        }
    }

    @Test
    void aRomFileAddedLiveIsReadWithABound() throws Exception {
        Path big = dir.resolve("big.png");
        sparse(big, 3L << 30);
        try (Core core = start(scenario("64M", FIRST))) {
            first.get(10, TimeUnit.SECONDS);
            edit(scenario("64M", FIRST).replace("  <rom name=\"motd\">hello</rom>", "  <rom name=\"big\" file=\"big.png\"/>"));
            log.await(file + ":2:3: <rom name=\"big\">: cannot read " + big + ": larger than 64 MiB");
            stillRunningAndWatching(core);
        }
    }

    @Test
    void aTooDeepNestingSaysWhere() throws Exception {
        String deep = "    <start name=\"x\"> <config>" + "<a>".repeat(70) + "</a>".repeat(70) + "</config> </start>";
        Files.writeString(file, scenario("64M", deep));
        assertThatThrownBy(() -> Core.load(file, Binaries.discover())).isInstanceOf(XmlException.class)
                .hasMessage(file + ":5:210: <a> nested deeper than 64 elements");
        try (Core core = start(scenario("64M", FIRST))) {
            first.get(10, TimeUnit.SECONDS);
            edit(scenario("64M", FIRST + "\n" + deep));
            log.await("scenario change rejected, keeping the running one: " + file + ":6:210: <a> nested deeper than 64 elements");
            stillRunningAndWatching(core);
        }
    }

    @Test
    void anUndeclaredEntityInAnAttributeIsAnError() throws Exception {
        String entity = "    <start name=\"fir&nbsp;st\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>";
        Files.writeString(file, scenario("64M", entity));
        assertThatThrownBy(() -> Core.load(file, Binaries.discover())).isInstanceOf(XmlException.class)
                .hasMessageStartingWith(file + ":5:").hasMessageContaining("Undeclared general entity \"nbsp\"");
        try (Core core = start(scenario("64M", FIRST))) {
            first.get(10, TimeUnit.SECONDS);
            edit(scenario("64M", FIRST + "\n" + entity));
            log.await("scenario change rejected, keeping the running one: " + file + ":6:");
            assertThat(log.await("Undeclared general entity")).contains(file + ":6:");
            stillRunningAndWatching(core);
        }
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws Exception {
        byte[] latin1 = scenario("64M", FIRST).replace("hello", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        assertThatThrownBy(() -> Core.load(file, Binaries.discover())).isInstanceOf(XmlException.class)
                .hasMessageStartingWith(file + ":2:23: not UTF-8: byte 0xe9");
        try (Core core = start(scenario("64M", FIRST))) {
            first.get(10, TimeUnit.SECONDS);
            edit(latin1);
            log.await("scenario change rejected, keeping the running one: " + file + ":2:23: not UTF-8: byte 0xe9");
            stillRunningAndWatching(core);
        }
    }
}
