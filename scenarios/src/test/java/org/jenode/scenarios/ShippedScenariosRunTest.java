package org.jenode.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped scenario runs headless until it has settled (init reports every child running with every
 * service it declares announced) without a component faulting or logging a warning or an error.
 */
class ShippedScenariosRunTest {

    private final LogCapture log = new LogCapture();

    @AfterEach void releaseLog() { log.close(); }

    static Stream<Path> scenarios() throws Exception { return ShippedScenariosTest.scenarios(); }

    /**
     * Starts {@code file} headless. Unless the scenario has one, init gets a {@code <report/>} node, so that
     * the test can see its state; that changes nothing else.
     */
    private static Core startHeadless(Path file) {
        Binaries binaries = Binaries.discover().alias("fb_fx", "fb_headless").alias("fb_gl", "fb_headless");
        Core core = Core.load(file, binaries);
        XmlNode init = Scenario.load(file).init();
        if (!init.hasChild("report")) core.rom("config").set(withReport(init).toXml());
        return core.start();
    }

    private static XmlNode withReport(XmlNode init) {
        XmlNode.Builder copy = XmlNode.builder(init.type());
        init.attributes().forEach(copy::attribute);
        copy.child(XmlNode.builder("report"));
        init.children().forEach(copy::child);
        return copy.build();
    }

    /** True when every start node is a running child that announced every service its start node declares. */
    private static boolean settled(XmlNode init, XmlNode state) {
        for (XmlNode start : init.children("start")) {
            String name = start.required("name");
            XmlNode child = state.children("child").stream().filter(c -> c.attribute("name", "").equals(name)).findFirst().orElse(null);
            if (child == null || !child.attribute("state", "").equals("running")) return false;
            Set<String> declared = start.child("provides").map(p -> p.children("service").stream()
                    .map(s -> s.required("name")).collect(Collectors.toSet())).orElse(Set.of());
            Set<String> announced = child.children("announced").stream().map(a -> a.required("service")).collect(Collectors.toSet());
            if (!announced.containsAll(declared)) return false;
        }
        return true;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void runsWithoutFaults(Path file) {
        XmlNode init = Scenario.load(file).init();
        try (Core core = startHeadless(file)) {
            Await.report(core, "init -> state", state -> settled(init, state) || !log.warnings().isEmpty(), Duration.ofSeconds(30));
            assertThat(core.exit()).as("init still running").isNotDone();
        }
        assertThat(log.warnings()).as("warnings and errors while running " + file.getFileName()).isEmpty();
    }

    @Test
    void resolutionScenarioChangesTheModeLive() {
        try (Core core = startHeadless(Path.of("resolution.xml").toAbsolutePath())) {
            String mode = "init -> fb -> mode";
            Await.report(core, mode, r -> width(r) == 1024, Duration.ofSeconds(20));
            Await.report(core, mode, r -> width(r) == 800, Duration.ofSeconds(20));
            Await.report(core, mode, r -> width(r) == 1280 && r.intAttribute("height", 0) == 720, Duration.ofSeconds(20));
        }
        assertThat(log.warnings()).isEmpty();
    }

    private static int width(XmlNode mode) { return mode.intAttribute("width", 0); }
}
