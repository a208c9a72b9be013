package org.jenode.input.jinput;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.core.Core;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.input.InputReader;
import org.jenode.input.InputSession;
import org.junit.jupiter.api.Test;

/** Without devices (this container has no /dev/input) the driver keeps running with a quiet Input session. */
class JinputInputTest {

    @Test
    void withoutControllersTheSessionNeverHasEvents() {
        Probe client = new Probe("client");
        try (LogCapture log = new LogCapture(); Core _ = TestScenario.start(TestScenario.withDefaults("""
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
            assertThat(log.messagesOf("init -> joystick")).contains("no controllers");
            assertThat(client.<Boolean>onEp(_ -> input.pending())).isFalse();
            assertThat(client.<Boolean>onEp(_ -> new InputReader(input).drain().isEmpty())).isTrue();
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
