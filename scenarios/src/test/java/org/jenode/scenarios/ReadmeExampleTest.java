package org.jenode.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The component the README walks through is the code of the {@code hello} binary, which apps' tests run. */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void readmeShowsTheHelloComponentAsItIs() throws Exception {
        List<String> readme = classBody(Files.readString(ROOT.resolve("README.md")));
        List<String> source = classBody(Files.readString(ROOT.resolve("apps/src/main/java/org/jenode/apps/hello/Hello.java")));
        assertThat(readme).as("README's example").isNotEmpty().isEqualTo(source);
    }

    /** The lines from {@code public final class Hello} to its closing brace, without blank and comment lines. */
    private static List<String> classBody(String text) {
        int from = text.indexOf("public final class Hello");
        int to = text.indexOf("\n}", from);
        if (from < 0 || to < 0) return List.of();
        return text.substring(from, to + 2).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("//")).toList();
    }
}
