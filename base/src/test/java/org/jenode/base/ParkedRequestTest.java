package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jenode.base.core.Core;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.junit.jupiter.api.Test;

/**
 * A request for a service that its server has declared but not announced yet waits, parked by init,
 * while init goes on answering everybody else; it is answered when the server announces, and denied,
 * naming the server and why, when the server faults or is removed first.
 */
class ParkedRequestTest {

    private static final String STARTS = """
            <start name="alpha"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
            <start name="late">  <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
            <start name="waiter"> <resource name="RAM" quantum="1M"/>
              <route> <service name="Echo"> <child name="late"/> </service> <any-service> <parent/> </any-service> </route>
            </start>
            <start name="other"> <resource name="RAM" quantum="1M"/>
              <route> <service name="Echo"> <child name="alpha"/> </service> <any-service> <parent/> </any-service> </route>
            </start>
            """;

    /** A server that announces only when the test lets it. */
    private static Binary late(CompletableFuture<Env> env) {
        return new Binary("late", e -> {
            env.complete(e);
            return new Component() { };
        });
    }

    /** init's config; verbose, so that the test sees when a request is parked. */
    private static String scenario(String starts) {
        return """
            <scenario>
              <config verbose="yes">
                <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
            """ + starts + "</config></scenario>";
    }

    /** Asks for a session on another thread and returns once init has parked the request. */
    private static CompletableFuture<String> parkedRequest(Probe probe, LogCapture log) {
        CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> probe.env().session(EchoSession.class, "x").label());
        log.await("waiter: Echo 'waiter -> x' -> child 'late', once it announces Echo");
        return request;
    }

    @Test
    void aParkedRequestIsAnsweredOnAnnouncementWhileInitServesOthers() throws Exception {
        CompletableFuture<Env> late = new CompletableFuture<>();
        Probe waiter = new Probe("waiter"), other = new Probe("other");
        try (LogCapture log = new LogCapture(); Core _ = TestScenario.start(scenario(STARTS), EchoServer.binary("alpha"),
                late(late), waiter.binary(), other.binary())) {
            CompletableFuture<String> parked = parkedRequest(waiter, log);
            // init is not blocked by the parked request: another child's request is answered at once
            assertThat(other.env().session(EchoSession.class, "y").label()).isEqualTo("alpha:other -> y");
            assertThat(parked).isNotDone();

            Env server = late.get(10, TimeUnit.SECONDS);
            server.ep().post(() -> new EchoServer(server));
            assertThat(parked.get(10, TimeUnit.SECONDS)).isEqualTo("late:waiter -> x");
        }
    }

    @Test
    void aParkedRequestIsDeniedWhenItsServerFaults() throws Exception {
        CompletableFuture<Env> late = new CompletableFuture<>();
        Probe waiter = new Probe("waiter"), other = new Probe("other");
        try (LogCapture log = new LogCapture(); Core _ = TestScenario.start(scenario(STARTS), EchoServer.binary("alpha"),
                late(late), waiter.binary(), other.binary())) {
            CompletableFuture<String> parked = parkedRequest(waiter, log);
            Env server = late.get(10, TimeUnit.SECONDS);
            server.ep().post(() -> {
                throw new IllegalStateException("late broke");
            });
            assertThatThrownBy(() -> parked.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ServiceDeniedException.class)
                    .hasMessageContaining("Echo session of 'waiter' (label 'waiter -> x') denied")
                    .hasMessageContaining("child 'late' faulted").hasMessageContaining("late broke")
                    .hasMessageContaining("before it announced Echo");
            // and a new request names the faulted server and its fault, not only the rule
            assertThatThrownBy(() -> waiter.env().session(EchoSession.class, "again"))
                    .isInstanceOf(ServiceDeniedException.class).hasMessageContaining("child 'late' faulted")
                    .hasMessageContaining("late broke");
        }
    }

    @Test
    void aParkedRequestIsDeniedWhenItsServerIsRemoved() throws Exception {
        Probe waiter = new Probe("waiter"), other = new Probe("other");
        try (LogCapture log = new LogCapture(); Core core = TestScenario.start(scenario(STARTS), EchoServer.binary("alpha"),
                late(new CompletableFuture<>()), waiter.binary(), other.binary())) {
            CompletableFuture<String> parked = parkedRequest(waiter, log);
            String withoutLate = scenario(STARTS.replaceFirst("(?s)<start name=\"late\">.*?</start>", ""));
            core.rom("config").set(withoutLate.substring(withoutLate.indexOf("<config"), withoutLate.indexOf("</scenario>")));
            assertThatThrownBy(() -> parked.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(ServiceDeniedException.class)
                    .hasMessageContaining("child 'late' was removed from the config before it announced Echo");
        }
    }

    @Test
    void aParkedRequestIsDeniedWhenItsServerDoesNotAnnounceInTime() throws Exception {
        Probe waiter = new Probe("waiter"), other = new Probe("other");
        System.setProperty("jenode.decision-timeout-ms", "5000"); // the runtime's 120 s, shortened for the test
        try (LogCapture log = new LogCapture(); Core _ = TestScenario.start(scenario(STARTS), EchoServer.binary("alpha"),
                late(new CompletableFuture<>()), waiter.binary(), other.binary())) {
            CompletableFuture<String> parked = parkedRequest(waiter, log);
            assertThatThrownBy(() -> parked.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(ServiceDeniedException.class)
                    .hasMessage("init: Echo session of 'waiter' (label 'waiter -> x') denied: no answer within 5000 ms,"
                            + " waiting for child 'late' to announce Echo");
            assertThat(log.warnings()).anyMatch(l -> l.contains("Echo session of 'waiter' still waits after 500 ms for child 'late' to announce Echo"));
            assertThat(other.env().session(EchoSession.class, "y").label()).isEqualTo("alpha:other -> y");
        } finally {
            System.clearProperty("jenode.decision-timeout-ms");
        }
    }

    @Test
    void aServerWhoseCreateOpensSessionsDoesNotHoldUpInitAndACycleIsRefused() {
        // front's create opens a session at back; back's create, asked by front, opens one at front again
        Binary front = new Binary("front", env -> {
            env.announce(EchoSession.class, request -> {
                String behind = env.session(EchoSession.class, "behind").label();
                return new FixedEcho(behind);
            });
            return new Component() { };
        });
        Binary back = new Binary("back", env -> {
            env.announce(EchoSession.class, request -> {
                if (request.label().startsWith("front")) {
                    try {
                        env.session(EchoSession.class, "loop");
                    } catch (DeadlockException e) {
                        return new FixedEcho("refused: " + e.getMessage());
                    }
                }
                return new FixedEcho("back");
            });
            return new Component() { };
        });
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="front"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides>
                  <route> <service name="Echo"> <child name="back"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="back"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides>
                  <route> <service name="Echo"> <child name="front"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="client"> <resource name="RAM" quantum="1M"/>
                  <route> <service name="Echo"> <child name="front"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                """), front, back, client.binary())) {
            assertThat(client.env().session(EchoSession.class, "x").label())
                    .isEqualTo("refused: call from 'init -> back' to 'init -> front' would deadlock: 'init -> front'"
                            + " is (indirectly) waiting for 'init -> back'");
        }
    }

    /** An echo session that answers a fixed text. */
    private record FixedEcho(String text) implements EchoSession {
        @Override public String label() { return text; }

        @Override public void allocate(int bytes) { }

        @Override public String relay(EchoSession other) { return other.label(); }

        @Override public void close() { }
    }
}
