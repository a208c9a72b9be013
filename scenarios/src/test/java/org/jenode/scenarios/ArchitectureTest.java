package org.jenode.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mechanism stays apart from policy: a component reaches a server only through its session interface,
 * never through the server's implementation. Checked on the main sources of every module.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.jenode\\.[\\w.]+)", Pattern.MULTILINE);

    /** An implementation package and the source folders allowed to use it. */
    private record Private(String pkg, List<String> owners) {
        Private(String pkg, String owner) { this(pkg, List.of(owner)); }

        boolean owns(String relative) { return owners.stream().anyMatch(relative::startsWith); }
    }

    private static final List<Private> IMPLEMENTATIONS = List.of(
            new Private("org.jenode.nitpicker.server", "nitpicker/src/main/java/org/jenode/nitpicker/server"),
            new Private("org.jenode.framebuffer.driver", "framebuffer/src/main/java/org/jenode/framebuffer"),
            new Private("org.jenode.framebuffer.fx", "framebuffer/src/main/java/org/jenode/framebuffer"),
            new Private("org.jenode.framebuffer.gl", "framebuffer/src/main/java/org/jenode/framebuffer"),
            new Private("org.jenode.framebuffer.headless", "framebuffer/src/main/java/org/jenode/framebuffer"),
            new Private("org.jenode.input.script", "input/src/main/java/org/jenode/input"),
            new Private("org.jenode.input.jinput", "input/src/main/java/org/jenode/input"),
            new Private("org.jenode.apps", "apps/src/main/java/org/jenode/apps"),
            new Private("org.jenode.scenarios", "scenarios/src/main/java"),
            new Private("org.jenode.bench", "scenarios/src/main/java"),
            // the runtime behind every Env: core builds on it, no component may reach it
            new Private("org.jenode.base.runtime", List.of("base/src/main/java/org/jenode/base/runtime",
                    "base/src/main/java/org/jenode/base/core")));

    @Test
    void implementationsAreUsedOnlyInsideTheirOwnComponent() {
        List<String> violations = new ArrayList<>();
        for (Path file : mainSources()) {
            String relative = ROOT.relativize(file).toString();
            for (String imported : imports(file)) {
                for (Private p : IMPLEMENTATIONS) {
                    if (within(imported, p.pkg()) && !p.owns(relative)) {
                        violations.add(relative + " imports " + imported);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void baseDependsOnNothingElseOfJenode() {
        List<String> violations = new ArrayList<>();
        for (Path file : mainSources()) {
            String relative = ROOT.relativize(file).toString();
            if (!relative.startsWith("base/")) continue;
            for (String imported : imports(file)) if (!within(imported, "org.jenode.base")) violations.add(relative + " imports " + imported);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckSeesTheSources() {
        // guards the two tests above against passing on an empty source list
        assertThat(mainSources()).anyMatch(f -> f.toString().contains("nitpicker/server/Nitpicker.java"))
                .anyMatch(f -> f.toString().contains("apps/statusbar/StatusBar.java"));
    }

    private static boolean within(String imported, String pkg) {
        return imported.equals(pkg) || imported.startsWith(pkg + ".");
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .filter(f -> !f.toString().contains("/target/")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> imports(Path file) {
        try {
            Matcher m = IMPORT.matcher(Files.readString(file));
            List<String> out = new ArrayList<>();
            while (m.find()) out.add(m.group(1));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
