package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.jenode.base.core.Core;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.junit.jupiter.api.Test;

/**
 * Labels are bounded (160 characters per element, 16 elements): a longer one is refused when the
 * session is requested, naming the component, before any parent or server sees it.
 */
class LabelBoundTest {

    private static final String STARTS = """
            <start name="server"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
            <start name="client"> <resource name="RAM" quantum="1M"/> </start>
            """;

    /** An echo server that counts the sessions it was asked to create. */
    private static Binary counting(AtomicInteger created) {
        return new Binary("server", env -> {
            env.announce(EchoSession.class, request -> {
                created.incrementAndGet();
                return new EchoSession() {
                    @Override public String label() { return request.label(); }

                    @Override public void allocate(int bytes) { }

                    @Override public String relay(EchoSession other) { return other.label(); }

                    @Override public void close() { }
                };
            });
            return new Component() { };
        });
    }

    @Test
    void aLongLabelElementIsRefusedBeforeAnyServerSeesIt() {
        AtomicInteger created = new AtomicInteger();
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(TestScenario.withDefaults(STARTS), counting(created), client.binary())) {
            String longest = "x".repeat(Labels.MAX_ELEMENT);
            assertThat(client.env().session(EchoSession.class, "menu -> " + longest).label()).isEqualTo("client -> menu -> " + longest);
            assertThat(created).hasValue(1);

            assertThatThrownBy(() -> client.env().session(EchoSession.class, "y".repeat(Labels.MAX_ELEMENT + 1)))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageStartingWith("init -> client: session label element of 161 characters, at most 160 are allowed");
            assertThatThrownBy(() -> client.env().session(EchoSession.class, "ok -> " + "z".repeat(5 << 20)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("element of 5242880 characters")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
            assertThatThrownBy(() -> client.env().session(EchoSession.class, "a -> ".repeat(16) + "a"))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("more than 16 elements");
            assertThatThrownBy(() -> client.env().session(EchoSession.class, null))
                    .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("init -> client:");
            assertThat(created).as("no refused request reached the server").hasValue(1);
            assertThat(client.env().ram().used()).as("no donation left behind").isEqualTo(Sessions.defaultQuota(EchoSession.class));
        }
    }

    @Test
    void aLongLabelInTheConfigIsAConfigError() {
        Probe client = new Probe("client");
        try (LogCapture log = new LogCapture(); Core core = TestScenario.start(TestScenario.withDefaults("""
                <start name="client"> <resource name="RAM" quantum="1M"/>
                  <route> <service name="Echo"> <child name="server" label="%s"/> </service> </route>
                </start>
                """.formatted("l".repeat(161))), client.binary())) {
            log.await("config rejected, nothing started: test scenario:6:33: <child>: label: session label element of 161 characters");
            assertThat(core.exit()).isNotDone();
        }
    }
}
