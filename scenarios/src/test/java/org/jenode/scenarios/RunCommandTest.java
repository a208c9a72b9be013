package org.jenode.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jenode run} of a bad scenario exits non-zero and says where the problem is. */
class RunCommandTest {

    private static int run(String... args) {
        return new CommandLine(new Jenode()).execute(args);
    }

    private static String stderrOf(Runnable action) {
        PrintStream old = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void malformedScenarioNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<scenario>\n  <config>\n    <start name=\"x\">\n  </config>\n</scenario>\n");
        int[] code = new int[1];
        String err = stderrOf(() -> code[0] = run("run", bad.toString(), "--headless"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains(bad + ":4:");
    }

    @Test
    void invalidScenarioStructureIsReportedWithItsLocation(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("odd.xml"), "<scenario>\n  <rom/>\n  <config/>\n</scenario>\n");
        int[] code = new int[1];
        String err = stderrOf(() -> code[0] = run("run", bad.toString(), "--headless"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains(bad + ":2:3: <rom>: missing attribute 'name'");
    }

    @Test
    void aSizeThatOverflowsIsOneLineWithItsPositionNotAStackTrace(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("big.xml"), "<scenario ram=\"9999999999G\">\n  <config/>\n</scenario>\n");
        int[] code = new int[1];
        String err = stderrOf(() -> code[0] = run("run", bad.toString(), "--headless"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("jenode: " + bad + ":1:1: <scenario>: attribute ram=\"9999999999G\" is too large"
                + " (at most 9223372036854775807 bytes)");
    }

    @Test
    void aHugeScenarioFileIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        int[] code = new int[1];
        String err = stderrOf(() -> code[0] = run("run", huge.toString(), "--headless"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("jenode: " + huge + ":1:1: larger than 16 MiB, the limit for XML");
    }

    @Test
    void missingFileIsNamed() {
        int[] code = new int[1];
        String err = stderrOf(() -> code[0] = run("run", "no/such/scenario.xml", "--headless"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("no scenario file 'no/such/scenario.xml'");
    }
}
