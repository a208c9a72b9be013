package org.jenode.scenarios;

import org.jenode.base.testing.Await;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** Every shipped scenario runs headless without a component faulting or logging an error. */
class ShippedScenariosRunTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach void releaseLog() { root.detachAppender(log); }

    static Stream<Path> scenarios() throws Exception { return ShippedScenariosTest.scenarios(); }

    private static Core startHeadless(Path scenario) {
        Binaries binaries = Binaries.discover().alias("fb_fx", "fb_headless").alias("fb_gl", "fb_headless");
        return Core.load(scenario, binaries).start();
    }

    private String errors() {
        return String.join("\n", log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(e -> e.getLevel() + " [" + e.getLoggerName() + "] " + e.getFormattedMessage()).toList());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void runsWithoutFaults(Path scenario) throws Exception {
        try (Core core = startHeadless(scenario)) {
            Thread.sleep(2500);
            assertThat(core.exit()).as("init still running").isNotDone();
        }
        assertThat(errors()).as("warnings and errors while running " + scenario.getFileName()).isEmpty();
    }

    @Test
    void resolutionScenarioChangesTheModeLive() throws Exception {
        try (Core core = startHeadless(Path.of("resolution.xml").toAbsolutePath())) {
            String mode = "init -> fb -> mode";
            Await.report(core, mode, r -> width(r) == 1024, Duration.ofSeconds(20));
            Await.report(core, mode, r -> width(r) == 800, Duration.ofSeconds(20));
            Await.report(core, mode, r -> width(r) == 1280 && r.intAttribute("height", 0) == 720, Duration.ofSeconds(20));
        }
        assertThat(errors()).isEmpty();
    }

    private static int width(XmlNode mode) { return mode.intAttribute("width", 0); }
}
