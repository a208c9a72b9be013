package org.jenode.input.jinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.input.InputSession;
import org.junit.jupiter.api.Test;

/** Without devices (this container has no /dev/input) the driver keeps running with a quiet Input session. */
class JinputInputTest {

    @Test
    void withoutControllersTheSessionNeverHasEvents() {
        Probe client = new Probe("client");
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
            Probe.sleep(Duration.ofMillis(100));
            assertThat(client.<Boolean>onEp(env -> input.pending())).isFalse();
            assertThat(client.<Integer>onEp(env -> input.flush())).isZero();
            // Still serving: the session answers again after a while (a faulted server would close it).
            Probe.sleep(Duration.ofMillis(50));
            assertThat(client.<Boolean>onEp(env -> input.pending())).isFalse();
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
