package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.testing.TestScenario;
import org.junit.jupiter.api.Test;

/**
 * A child whose exit propagates ends init; a sibling that then fails on the sessions of the stopped child
 * (nitpicker when the window driver goes away) is part of the shutdown and is not reported as a fault.
 */
class ExitPropagationTest {

    @Test
    void siblingsFailingOnTheExitedServerAreNoFaults() throws Exception {
        CompletableFuture<Env> window = new CompletableFuture<>();
        CompletableFuture<Env> client = new CompletableFuture<>();
        CompletableFuture<EchoSession> held = new CompletableFuture<>();
        Binary windowBinary = new Binary("window", env -> {
            window.complete(env);
            return new EchoServer(env);
        });
        Binary clientBinary = new Binary("client", env -> {
            held.complete(env.session(EchoSession.class, "screen"));
            client.complete(env);
            return new Component() { };
        });
        try (LogCapture log = new LogCapture()) {
            try (Core core = TestScenario.start("""
                    <scenario>
                      <config>
                        <parent-provides> <service name="ROM"/> <service name="Timer"/> </parent-provides>
                        <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                        <report/>
                        <start name="window"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides>
                          <exit propagate="yes"/> </start>
                        <start name="client"> <resource name="RAM" quantum="1M"/> </start>
                      </config>
                    </scenario>
                    """, windowBinary, clientBinary)) {
                EchoSession session = held.get(10, TimeUnit.SECONDS);
                Env windowEnv = window.get(10, TimeUnit.SECONDS);
                windowEnv.ep().post(() -> windowEnv.exit(0)); // the user closed the window
                assertThat(core.exit().get(10, TimeUnit.SECONDS)).isZero();

                // the client's next call into the stopped server throws out of its entrypoint
                CompletableFuture<Throwable> thrown = new CompletableFuture<>();
                client.get().ep().post(() -> {
                    try {
                        session.label();
                    } catch (SessionClosedException e) {
                        thrown.complete(e);
                        throw e;
                    }
                });
                assertThat(thrown.get(10, TimeUnit.SECONDS)).isInstanceOf(SessionClosedException.class);
                // init handled the client's fault on its own entrypoint: the state report says so
                Await.report(core, "init -> state", s -> s.children("child").stream().anyMatch(c ->
                        c.attribute("name", "").equals("client") && c.attribute("state", "").equals("faulted")));
            }
            assertThat(log.errors()).as("errors, the shutdown's included").isEmpty();
        }
    }
}
