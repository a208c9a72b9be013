package org.jenode.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Scenario;
import org.jenode.base.xml.XmlNode;
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
        Binaries binaries = Binaries.discover();
        List<String> missing = new ArrayList<>();
        collectBinaries(scenario.init(), binaries, missing);
        assertThat(missing).as("binaries named by " + file.getFileName()).isEmpty();
    }

    private static void collectBinaries(XmlNode init, Binaries binaries, List<String> missing) {
        for (XmlNode start : init.children("start")) {
            String binary = start.child("binary").map(b -> b.required("name")).orElse(start.required("name"));
            if (!binaries.names().contains(binary)) missing.add(binary + " (" + start.location() + ")");
            if (binary.equals("init")) start.child("config").ifPresent(c -> collectBinaries(c, binaries, missing));
            if (binary.equals("launcher")) start.child("config").ifPresent(c -> collectSubsystems(c, binaries, missing));
        }
    }

    /** A launcher's subsystems, and the children of those that are sub-inits. */
    private static void collectSubsystems(XmlNode launcher, Binaries binaries, List<String> missing) {
        for (XmlNode subsystem : launcher.children("subsystem")) {
            String binary = subsystem.child("binary").map(b -> b.required("name")).orElse("");
            if (!binaries.names().contains(binary)) missing.add(binary + " (" + subsystem.location() + ")");
            if (binary.equals("init")) subsystem.child("config").ifPresent(c -> collectBinaries(c, binaries, missing));
        }
    }
}
