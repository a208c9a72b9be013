package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.junit.jupiter.api.Test;

/** The client pays: donations leave its account, return on close, and bound what the server allocates. */
class QuotaTest {

    private static final String SCENARIO = TestScenario.withDefaults("""
            <start name="server"> <resource name="RAM" quantum="64K"/> <provides> <service name="Echo"/> </provides> </start>
            <start name="client"> <resource name="RAM" quantum="1M"/> </start>
            """);

    @Test
    void donationIsChargedToTheClientAndReturnedOnClose() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(SCENARIO, EchoServer.binary("server"), client.binary())) {
            Env env = client.env();
            long before = env.ram().avail();
            EchoSession session = env.session(EchoSession.class, "", SessionArgs.ramQuota(256 * 1024));
            assertThat(env.ram().avail()).isEqualTo(before - 256 * 1024);

            session.allocate(200 * 1024);
            session.close();
            assertThat(env.ram().avail()).isEqualTo(before);
            assertThatThrownBy(session::label).isInstanceOf(SessionClosedException.class);
        }
    }

    @Test
    void serverAllocationBeyondTheDonationFailsWithoutTouchingTheServer() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(SCENARIO, EchoServer.binary("server"), client.binary())) {
            EchoSession session = client.env().session(EchoSession.class, "", SessionArgs.ramQuota(100 * 1024));
            session.allocate(60 * 1024);
            // the server itself has only 64K; a client donation, not the server's quota, pays
            assertThatThrownBy(() -> session.allocate(60 * 1024))
                    .isInstanceOf(QuotaExceededException.class).hasMessageContaining("needs 61440 bytes");
            assertThat(session.label()).isEqualTo("server:client");
            client.env().upgrade(session, 100 * 1024);
            session.allocate(60 * 1024);
        }
    }

    @Test
    void aDonationLargerThanTheClientsQuotaIsRefused() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(SCENARIO, EchoServer.binary("server"), client.binary())) {
            assertThatThrownBy(() -> client.env().session(EchoSession.class, "", SessionArgs.ramQuota(2 << 20)))
                    .isInstanceOf(QuotaExceededException.class);
            assertThat(client.env().ram().used()).isZero();
        }
    }
}
