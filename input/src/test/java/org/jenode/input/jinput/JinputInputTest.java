package org.jenode.input.jinput;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.input.InputSession;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Without devices (this container has no /dev/input) the driver keeps running with a quiet Input session. */
class JinputInputTest {

    @Test
    void withoutControllersTheSessionNeverHasEvents() {
        Probe client = new Probe("client");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger driverLog = (Logger) LoggerFactory.getLogger("init -> joystick");
        log.start();
        driverLog.addAppender(log);
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="joystick">
                  <binary name="input_jinput"/>
                  <resource name="RAM" quantum="1M"/>
                  <provides> <service name="Input"/> </provides>
                  <config poll_ms="10" axes="relative" natives="target/natives"/>
                </start>
                <start name="client"> <resource name="RAM" quantum="1M"/> </start>
                """), client.binary())) {
            InputSession input = client.onEp(env -> env.session(InputSession.class, "pad"));
            // The driver found nothing before it served: it polls nothing, so nothing can ever come.
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).contains("no controllers");
            assertThat(client.<Boolean>onEp(_ -> input.pending())).isFalse();
            assertThat(client.<Integer>onEp(_ -> input.flush())).isZero();
        } finally {
            driverLog.detachAppender(log);
        }
    }

    @Test
    void nativeLibraryIsFoundInTheNativesDirectoryOrExtractedFromTheJar() throws Exception {
        assertThat(JinputNatives.locate(java.util.Optional.of("target/natives")))
                .hasValueSatisfying(dir -> assertThat(dir.resolve(JinputNatives.LIBRARY)).isRegularFile());
        assertThat(JinputNatives.locate(java.util.Optional.of("/nonexistent")))
                .hasValueSatisfying(dir -> assertThat(dir.resolve(JinputNatives.LIBRARY)).isRegularFile());
    }
}
