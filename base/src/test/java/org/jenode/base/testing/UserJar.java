package org.jenode.base.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * A jar of components built outside Jenode's tree as the README's "Writing a component" says: the
 * sources compiled with javac against Jenode's API jars and packed with jar, the JDK's own command-line
 * tools (run through {@link ToolProvider}; the test JVM needs {@code --add-modules jdk.compiler,jdk.jartool}).
 */
public final class UserJar {

    /** The README's example, from a module's folder. */
    public static final Path EXAMPLE = Path.of("../docs/examples/greeter/src").toAbsolutePath().normalize();

    private UserJar() { }

    /**
     * Builds {@code name} in {@code work} from the {@code .java} files and the {@code META-INF} folder
     * under {@code sources}, against the jars (or class folders) that hold {@code api}.
     */
    public static Path build(Path sources, Path work, String name, Class<?>... api) {
        try {
            Path classes = Files.createDirectories(work.resolve(name + ".classes"));
            List<String> javac = new ArrayList<>(List.of("-cp", classPath(api), "-d", classes.toString()));
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(javac::add);
            }
            run("javac", javac);
            Path jar = work.resolve(name);
            run("jar", List.of("--create", "--file", jar.toString(), "-C", classes.toString(), ".", "-C", sources.toString(), "META-INF"));
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the JDK's command-line tool {@code tool} (the same program as on the command line). */
    public static void run(String tool, List<String> args) {
        StringWriter out = new StringWriter();
        PrintWriter print = new PrintWriter(out);
        int code = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException("no tool " + tool + " in this JVM"))
                .run(print, print, args.toArray(String[]::new));
        print.flush();
        assertThat(code).as(tool + " " + String.join(" ", args) + ": " + out).isZero();
    }

    private static String classPath(Class<?>... api) {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : api) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
