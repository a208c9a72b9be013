package org.jenode.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Scenario;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario the project ships parses and names only binaries that exist, a launcher's subsystems included. */
class ShippedScenariosTest {

    static Stream<Path> scenarios() throws IOException {
        Path folder = Path.of("desktop.xml").toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".xml") && !p.getFileName().toString().equals("pom.xml"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void parsesAndNamesKnownBinaries(Path file) {
        Scenario scenario = Scenario.load(file);
        List<String> missing = new ArrayList<>();
        new Check(scenario, Binaries.discover(), missing).binaries(scenario.init());
        assertThat(missing).as("binaries named by " + file.getFileName()).isEmpty();
    }

    /** Collects the binaries a scenario names that do not exist, into {@code missing}. */
    private record Check(Scenario scenario, Binaries binaries, List<String> missing) {

        void binaries(XmlNode init) {
            for (XmlNode start : init.children("start")) {
                String binary = start.child("binary").map(b -> b.required("name")).orElse(start.required("name"));
                if (!binaries.names().contains(binary)) missing.add(binary + " (" + start.location() + ")");
                if (binary.equals("init")) start.child("config").ifPresent(this::binaries);
                if (binary.equals("launcher")) config(start).ifPresent(this::subsystems);
            }
        }

        /** A start node's config: its {@code <config>}, or the scenario's ROM file its {@code <configfile>} names. */
        private Optional<XmlNode> config(XmlNode start) {
            Optional<String> file = start.child("configfile").map(c -> c.required("name"));
            if (file.isEmpty()) return start.child("config");
            if (!(scenario.roms().get(file.get()) instanceof Scenario.FromFile(Path path, var _)))
                throw new AssertionError(start.location() + ": <configfile> names no ROM file of the scenario");
            try {
                return Optional.of(XmlParser.parse(Files.readString(path), path.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A launcher's subsystems, and the children of those that are sub-inits. */
        private void subsystems(XmlNode launcher) {
            for (XmlNode subsystem : launcher.children("subsystem")) {
                String binary = subsystem.child("binary").map(b -> b.required("name")).orElse("");
                if (!binaries.names().contains(binary)) missing.add(binary + " (" + subsystem.location() + ")");
                if (binary.equals("init")) subsystem.child("config").ifPresent(this::binaries);
            }
        }
    }
}
